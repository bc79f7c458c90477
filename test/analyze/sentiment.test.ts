import test from 'ava';
import Sentiment from 'sentiment';
import { segment } from '../../src/text/segment.ts';
import { mergeSentiment, scoreSegment } from '../../src/analyze/sentiment.ts';
import { round } from '../../src/round.ts';
import { NEG, negative } from '../helpers/negativity.ts';

const score = (text: string, part: 'headline' | 'body' = 'body') => scoreSegment(segment(part, text));
const total = (text: string): number => score(text).score.score;

test('plain positive words score their AFINN values; negative ones weigh more', (t) => {
  t.is(total('The result was good.'), 3);
  t.is(total('The result was terrible.'), negative(-3));
  t.is(total('The table was brown.'), 0);
});

test('negation flips and damps: "not good" is negative, "not bad" mildly positive', (t) => {
  t.true(total('The plan is not good for anyone.') < 0);
  t.true(total('The plan is good for everyone.') > 0);
  const hit = score('It was not bad at all.').score.hits[0]!;
  t.is(hit.weight, 1.5);
  t.deepEqual(hit.modifiers, ["negated by 'not' ×-0.5"]);
});

test('a curly apostrophe does not defeat negation', (t) => {
  t.true(total('The deal isn’t good.') < 0);
  t.is(total('The deal isn’t good.'), total("The deal isn't good."));
  t.true(total('They didn’t win.') < 0);
});

test('"not very good" is negative', (t) => {
  const [hit] = score('The offer was not very good.').score.hits;
  t.truthy(hit);
  t.true(hit!.weight < 0);
  t.deepEqual(hit!.modifiers, ["intensified by 'very' ×1.3", "negated by 'not' ×-0.5", NEG]);
  t.deepEqual(hit!.rules, ['intensifier', 'negation', 'negativity'], 'each modifier beside the id of its rule');
});

test('negation stops at a clause break and outside its window', (t) => {
  const [crisis, triumph] = score('It was not a crisis, a triumph.').score.hits;
  t.true(crisis!.weight > 0);
  t.is(triumph!.weight, 4);
  t.deepEqual(triumph!.modifiers, []);
  // "not" is four words before "good": out of the 3-word window, so it is a bare denial (-1).
  t.deepEqual(
    score('We do not think the plan is good.').score.hits.map((h) => [h.cue, h.weight]),
    [
      ['not', negative(-1)],
      ['good', 3],
    ],
  );
});

test('"never" and "without" negate', (t) => {
  t.true(total('It was never a good idea.') < 0);
  t.true(total('They left without success.') < 0);
  // A negator binds to the first rated word after it.
  const hits = score('It was without doubt a success.').score.hits;
  t.deepEqual(
    hits.map((h) => [h.cue, h.weight]),
    [
      ['doubt', 0.5],
      ['success', 2],
    ],
  );
});

test('pseudo-negations do not negate', (t) => {
  t.true(total('It brought nothing but trouble.') < 0);
  t.true(total('It is not just good.') > 0);
});

test('the clause after "but" outweighs the one before', (t) => {
  t.true(total('The food was good but the service was terrible.') < 0);
  t.true(total('The food was terrible but the service was good.') > 0);
  const hits = score('The food was good but the service was terrible.').score.hits;
  t.deepEqual(
    hits.map((h) => h.modifiers),
    [["before 'but' ×0.5"], ["after 'but' ×1.5", NEG]],
  );
});

test('"although X, Y" weighs X less and Y more; "however" shifts weight', (t) => {
  t.true(total('Although the food was good, the service was terrible.') < 0);
  t.true(total('The service was terrible, although the food was good.') < 0);
  t.true(total('Although the service was terrible, the food was good.') > 0);
  t.is(score('However, the outcome was good.').score.hits[0]!.weight, 4.5);
  t.is(total('The team has yet to win.'), 4);
});

test('intensifiers and dampeners scale the next word', (t) => {
  t.is(total('It was extremely good.'), 4.5);
  t.is(total('It was very good.'), 3.9);
  t.is(total('It was slightly good.'), 2.1);
  t.is(total('It was barely adequate.'), 0.5);
  t.is(total('It was good.'), 3);
});

test('multi-word AFINN entries score as one hit', (t) => {
  const hits = score('It was no fun and bad luck.').score.hits;
  t.deepEqual(
    hits.map((h) => [h.cue, h.base]),
    [
      ['no fun', -3],
      ['bad luck', -2],
    ],
  );
  // "kind of" is rated 0: the hedge does not count as the positive "kind".
  t.is(total('It was kind of odd.'), negative(-2));
});

test('every hit span slices back to its cue, with part and sentence', (t) => {
  const text = 'Officials praised the “excellent” response. The U.S. plan isn’t perfect, but critics were not very angry.\n\nNobody was happy; the failure was extremely costly.';
  const seg = segment('body', text);
  const { score: s } = scoreSegment(seg);
  t.true(s.hits.length >= 5);
  for (const hit of s.hits) {
    t.is(text.slice(hit.span.start, hit.span.end).toLowerCase(), hit.cue.toLowerCase());
    t.is(hit.span.part, 'body');
    const sentence = seg.sentences[hit.span.sentence]!;
    t.true(hit.span.start >= sentence.start && hit.span.end <= sentence.end);
  }
  const head = segment('headline', 'Isn’t it great?');
  for (const hit of scoreSegment(head).score.hits) {
    t.is(hit.span.part, 'headline');
    t.is(head.text.slice(hit.span.start, hit.span.end), hit.cue);
  }
});

test('sentences align with the segment and sum to the score', (t) => {
  const seg = segment('body', 'A good start. A bad end.\n\nThen it rained.');
  const { score: s, sentences } = scoreSegment(seg);
  t.deepEqual(
    sentences.map((x) => [x.part, x.sentence]),
    seg.sentences.map((x) => ['body', x.index]),
  );
  t.deepEqual(
    sentences.map((x) => x.score),
    [3, negative(-3), 0],
  );
  // A sentence's normalised figure: 3 / sqrt(3² + 15).
  t.is(sentences[0]!.normalised, 0.6124);
  t.is(s.tokens, 9);
  t.is(s.score, round(3 + negative(-3)));
  t.is(s.comparative, round(s.score / s.tokens));
});

test('score is the rounded sum of hit weights and comparative is per token', (t) => {
  const { score: s } = score('The plan is not very good, and the aid was slightly helpful.');
  t.is(s.score, Math.round(s.hits.reduce((n, h) => n + h.weight, 0) * 1e4) / 1e4);
  t.is(s.comparative, Math.round((s.score / s.tokens) * 1e4) / 1e4);
  for (const h of s.hits) t.is(h.weight, Math.round(h.weight * 1e4) / 1e4);
});

test('mergeSentiment pools hits and tokens', (t) => {
  const headline = score('A great win', 'headline').score;
  const body = score('The loss was terrible. Nobody was happy.').score;
  const whole = mergeSentiment([headline, body]);
  t.is(whole.score, Math.round((headline.score + body.score) * 1e4) / 1e4);
  t.is(whole.tokens, headline.tokens + body.tokens);
  t.deepEqual(whole.hits, [...headline.hits, ...body.hits]);
  t.is(whole.comparative, Math.round((whole.score / whole.tokens) * 1e4) / 1e4);
  t.deepEqual(mergeSentiment([]), { score: 0, quoted: 0, comparative: 0, tokens: 0, hits: [] });
});

test('the stock English language is left untouched', (t) => {
  total('It was kind of no fun, not good.');
  const stock = new Sentiment();
  t.is(stock.analyze('good').score, 3);
  t.is(stock.analyze('kind').score, 2);
  t.is(stock.analyze('no+fun').score, 0);
});

test('output is deterministic', (t) => {
  const text = 'The food was good but the service was terrible. Although prices fell, nobody was happy.';
  t.is(JSON.stringify(score(text)), JSON.stringify(score(text)));
});

test('empty text scores zero', (t) => {
  t.deepEqual(score(''), { score: { score: 0, quoted: 0, comparative: 0, tokens: 0, hits: [] }, sentences: [] });
  t.deepEqual(score('   ').score.hits, []);
});

test('proper names that contain an AFINN word are neutral', (t) => {
  const r = scoreSegment(segment('body', 'The United States and the United Nations met at the Center for the National Interest.'));
  t.is(r.score.score, 0);
  t.deepEqual(r.score.hits, []);
  t.true(scoreSegment(segment('body', 'The teams were united.')).score.score > 0);
});

test('quoted words stay in the score and are also counted apart, so both voices can be read', (t) => {
  const { score: s } = score('Officials said the plan was “a terrible failure”, and the outlet calls it good.');
  const quoted = s.hits.filter((h) => h.quoted);
  t.true(quoted.length > 0);
  t.true(s.hits.some((h) => !h.quoted));
  t.is(s.quoted, Math.round(quoted.reduce((n, h) => n + h.weight, 0) * 1e4) / 1e4);
});
