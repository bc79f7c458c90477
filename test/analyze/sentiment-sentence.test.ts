import test from 'ava';
import { normalise, polarityOf, scoreSentence } from '../../src/analyze/sentiment.ts';
import { lexicon } from '../../src/analyze/sentiment-lexicon.ts';
import { NEG, negative } from '../helpers/negativity.ts';
import { table } from '../../src/settings/tables.ts';

const news = table('sentiment-news-lexicon');
const rules = table('sentiment-rules');

const hits = (text: string) => scoreSentence(text).hits.map((h) => [h.cue, h.weight, h.modifiers] as const);

test('scoreSentence returns the bounded figure, its polarity and the hits', (t) => {
  const r = scoreSentence('The rescue was a success.');
  t.is(r.score, normalise(r.hits.reduce((n, h) => n + h.weight, 0)));
  t.true(r.score > 0 && r.score < 1);
  t.is(r.polarity, 1);
  t.deepEqual(scoreSentence('The bridge opened in May.'), {
    score: 0,
    polarity: 0,
    hits: [],
    voice: { outlet: 0, quoted: 0 },
  });
  t.is(scoreSentence('The plan is a disaster.').polarity, -1);
});

test('the figure is bounded and grows ever more slowly with more words', (t) => {
  t.is(normalise(0), 0);
  t.true(normalise(100) < 1 && normalise(-100) > -1);
  t.true(normalise(2) - normalise(1) > normalise(6) - normalise(5));
  t.is(normalise(-3), -normalise(3));
});

test('polarity thresholds are the named data', (t) => {
  t.is(polarityOf(rules.polarity.positive), 1);
  t.is(polarityOf(rules.polarity.negative), -1);
  t.is(polarityOf((rules.polarity.positive + rules.polarity.negative) / 2), 0);
});

test('hits inside quotation marks are marked quoted, and the voices are split', (t) => {
  const r = scoreSentence('The minister called the report “a disgrace”, a claim the agency said was wrong.');
  const quoted = r.hits.filter((h) => h.quoted).map((h) => h.cue);
  t.deepEqual(quoted, ['disgrace']);
  t.true(r.hits.find((h) => h.cue === 'disgrace')!.modifiers.includes('quoted'));
  t.true(r.hits.some((h) => !h.quoted));
  t.true(r.voice.quoted < 0);
  t.is(scoreSentence('Prices rose.').voice.quoted, 0);
});

test('a hedge weakens the words after it in its clause', (t) => {
  const [hedged] = scoreSentence('The plan could fail.').hits;
  const [plain] = scoreSentence('The plan will fail.').hits;
  t.is(hedged!.weight, negative(plain!.base * rules.hedges.factor));
  t.deepEqual(hedged!.modifiers, [`hedged by 'could' ×${rules.hedges.factor}`, NEG]);
  // The clause break ends the hedge's reach.
  t.deepEqual(hits('It may rain, but the plan will fail.').at(-1)![2], ["after 'but' ×1.5", NEG]);
});

test('a negator with nothing rated in reach is a mild denial', (t) => {
  t.deepEqual(hits('The money will not arrive this year.'), [['not', negative(rules.negation.unbound), ['negator with no rated word to negate', NEG]]]);
  // A negator that negates a rated word scores nothing itself.
  t.deepEqual(
    hits('The money is not enough to help.').map(([cue]) => cue),
    ['help'],
  );
});

test('"too" before a word is a complaint of excess; at a clause end it means "also"', (t) => {
  t.deepEqual(hits('The fix came too late.'), [['too', negative(rules.excess.value), ["excess: 'too late'", NEG]]]);
  t.deepEqual(hits('The fix came, and the money too.'), []);
});

test('news-domain corrections: neutral senses score nothing, and hits say where a value came from', (t) => {
  t.deepEqual(hits('A top official in the Justice Department raised interest rates like last year.'), []);
  t.deepEqual(hits('Health care costs were on the agenda.'), []);
  const [crisis] = scoreSentence('The crisis went on.').hits;
  t.is(crisis!.base, -2);
  t.deepEqual(crisis!.modifiers, ['news lexicon (AFINN -3)', NEG]);
  const [layoffs] = scoreSentence('The layoffs continued.').hits;
  t.deepEqual([layoffs!.cue, layoffs!.modifiers], ['layoffs', ['news lexicon', NEG]]);
});

test('multi-word expressions score as one hit', (t) => {
  t.deepEqual(hits('Hundreds came to pay tribute to the firefighters.'), [['pay tribute', 2, ['news lexicon']]]);
  // 'no doubt' is certainty: neither the negator nor 'doubt' counts.
  t.deepEqual(hits('There is no doubt about the date.'), []);
});

test('every news-lexicon entry has a value on the AFINN scale and a reason', (t) => {
  t.truthy(news.source);
  t.truthy(news.licence);
  const terms = new Set<string>();
  for (const e of news.entries) {
    t.true(Number.isFinite(e.value) && Math.abs(e.value) <= 5, e.term);
    t.true(e.reason.length > 10, e.term);
    t.false(terms.has(e.term), `duplicate ${e.term}`);
    terms.add(e.term);
    t.is(lexicon.get(e.term)?.value, e.value);
  }
});

test('hit spans slice back to their cues', (t) => {
  const text = 'Critics said the “reckless” plan would not help, and it was too costly.';
  for (const h of scoreSentence(text).hits) t.is(text.slice(h.span.start, h.span.end).toLowerCase(), h.cue.toLowerCase());
});

test('words AFINN lacks take their VADER rating and say so; AFINN and the rules keep theirs', (t) => {
  const [hit] = scoreSentence('The town faced adversity.').hits;
  t.is(lexicon.get('adversity')?.source, 'vader');
  t.deepEqual([hit!.cue, hit!.base, hit!.modifiers[0]], ['adversity', -1.8, 'VADER lexicon']);
  t.is(lexicon.get('good')?.source, 'afinn');
  for (const word of ['not', 'very', 'may', 'but', 'too']) t.not(lexicon.get(word)?.source, 'vader', word);
});

test('negative contributions weigh more than positive ones of the same strength', (t) => {
  const [good] = scoreSentence('The plan was good.').hits;
  const [bad] = scoreSentence('The plan was bad.').hits;
  t.deepEqual([good!.weight, good!.modifiers], [3, []]);
  t.deepEqual([bad!.weight, bad!.modifiers], [negative(-3), [NEG]]);
});
