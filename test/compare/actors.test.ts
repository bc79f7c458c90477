import test from 'ava';
import { actor, analyzedReport, report } from '../helpers/article-fixture.ts';
import { outletActors } from '../../src/compare/actors.ts';
import type { ActorDescriptor, ActorSentimentEvidence } from '../../src/types.ts';
import { UNCERTAINTY } from '../helpers/settings.ts';

const evidence = (score: number, sentence = 0): ActorSentimentEvidence => ({
  span: { part: 'body', sentence, start: 0, end: 5 },
  score,
  polarity: score > 0 ? 1 : -1,
  cues: [`cue ${score}`],
});
const descriptor = (text: string, kind: ActorDescriptor['kind'] = 'appositive'): ActorDescriptor => ({
  text,
  kind,
  span: { part: 'body', sentence: 0, start: 0, end: text.length },
});

test("an actor is merged across the outlet's articles", (t) => {
  const a = report('a.txt', { actors: [actor('China', { kind: 'country', mentions: 3, sentenceShare: 0.6 })] });
  const b = report('b.txt', { actors: [actor('China', { kind: 'country', mentions: 1, sentenceShare: 0.2 })] });
  const c = report('c.txt', { actors: [actor('Russia', { kind: 'country', mentions: 2, sentenceShare: 0.4 })] });
  const [china, russia] = outletActors([a, b, c], '', UNCERTAINTY);
  t.is(china!.name, 'China');
  t.is(china!.kind, 'country');
  t.is(china!.mentions, 4);
  t.is(china!.articles, 2);
  // A mean over all three articles: 0 where China is not named.
  t.is(china!.sentenceShare, 0.2667);
  t.is(russia!.articles, 1);
  t.is(russia!.sentenceShare, 0.1333);
});

test("sentiment is the mean over all scored sentences, weighted by each article's n", (t) => {
  const a = report('a.txt', { actors: [actor('Halvorsen Grant', { sentiment: { mean: -1, n: 3, evidence: [evidence(-2), evidence(-1.5, 1)] } })] });
  const b = report('b.txt', { actors: [actor('Halvorsen Grant', { sentiment: { mean: 2, n: 1, evidence: [evidence(2)] } })] });
  const [grant] = outletActors([a, b], '', UNCERTAINTY);
  // (-1 × 3 + 2 × 1) / 4, not the mean of the two means (0.5).
  t.is(grant!.sentiment.mean, -0.25);
  t.is(grant!.sentiment.n, 4);
});

test('evidence carries its article and comes strongest first, at most five', (t) => {
  const a = report('a.txt', { actors: [actor('China', { sentiment: { mean: -1, n: 4, evidence: [evidence(-3), evidence(-0.5, 1), evidence(-1, 2), evidence(0.2, 3)] } })] });
  const b = report('b.txt', { actors: [actor('China', { sentiment: { mean: 1, n: 2, evidence: [evidence(2.5), evidence(0.1, 1)] } })] });
  const [china] = outletActors([a, b], '', UNCERTAINTY);
  t.deepEqual(
    china!.sentiment.evidence.map((e) => [e.score, e.article]),
    [
      [-3, 'a.txt'],
      [2.5, 'b.txt'],
      [-1, 'a.txt'],
      [-0.5, 'a.txt'],
      [0.2, 'a.txt'],
    ],
  );
});

test("the articles' own evidence is left untouched", (t) => {
  const a = report('a.txt', { actors: [actor('China', { sentiment: { mean: -3, n: 1, evidence: [evidence(-3)] } })] });
  outletActors([a], '', UNCERTAINTY);
  t.is(a.actors[0]!.sentiment.evidence[0]!.article, undefined);
});

test('descriptors are kept once per text, with the article they come from', (t) => {
  const a = report('a.txt', { actors: [actor('Zhang Ming', { descriptors: [descriptor('the chief designer'), descriptor('Chinese', 'title')] })] });
  const b = report('b.txt', { actors: [actor('Zhang Ming', { descriptors: [descriptor('the chief designer'), descriptor('a veteran engineer')] })] });
  const [zhang] = outletActors([a, b], '', UNCERTAINTY);
  t.deepEqual(
    zhang!.descriptors.map((d) => [d.text, d.kind, d.article]),
    [
      ['the chief designer', 'appositive', 'a.txt'],
      ['Chinese', 'title', 'a.txt'],
      ['a veteran engineer', 'appositive', 'b.txt'],
    ],
  );
});

test('aliases are ranked over the articles by their rank in each', (t) => {
  const a = report('a.txt', { actors: [actor('China', { aliases: ['Beijing', 'China', 'CNSA'] })] });
  const b = report('b.txt', { actors: [actor('China', { aliases: ['China', 'Chinese'] })] });
  const [china] = outletActors([a, b], '', UNCERTAINTY);
  // Beijing 3, China 2 + 2, CNSA 1, Chinese 1.
  t.deepEqual(china!.aliases, ['China', 'Beijing', 'CNSA', 'Chinese']);
});

test('a listed actor no article names is still reported, in no article', (t) => {
  const missing = actor('Orbital Watch', { kind: 'organisation', listed: true, aliases: [], mentions: 0, sentenceShare: 0, first: null, spans: [], sentiment: { mean: 0, n: 0, evidence: [] } });
  const [watch] = outletActors([report('a.txt', { actors: [missing] })], '', UNCERTAINTY);
  t.deepEqual(watch, {
    name: 'Orbital Watch',
    kind: 'organisation',
    aliases: [],
    listed: true,
    mentions: 0,
    articles: 0,
    sentenceShare: 0,
    sentiment: { mean: 0, n: 0, evidence: [] },
    // No article names it: no stance to measure.
    stance: { n: 0, estimate: 0, low: 0, high: 0, over: 'articles', label: 'neutral' },
    descriptors: [],
  });
});

test('actors come most mentioned first, then by name', (t) => {
  const a = report('a.txt', { actors: [actor('Zhang Ming', { mentions: 2 }), actor('Brian Weeden', { mentions: 2 }), actor('China', { mentions: 5 })] });
  t.deepEqual(
    outletActors([a], '', UNCERTAINTY).map((o) => o.name),
    ['China', 'Brian Weeden', 'Zhang Ming'],
  );
  t.deepEqual(outletActors([], '', UNCERTAINTY), []);
});

test('from analysed text: an outlet saying "Beijing" in one article and "Chinese" in another has one China', (t) => {
  const a = analyzedReport('a.txt', 'Orbit Daily', '', 'Critics slammed Beijing for the secretive launch. Beijing has not responded.');
  const b = analyzedReport('b.txt', 'Orbit Daily', '', 'Chinese engineers completed the lander ahead of schedule.');
  const [china, ...rest] = outletActors([a, b], '', UNCERTAINTY);
  t.deepEqual(rest, []);
  t.is(china!.name, 'China');
  t.is(china!.mentions, 3);
  t.is(china!.articles, 2);
  t.deepEqual(new Set(china!.aliases), new Set(['Beijing', 'Chinese']));
  t.is(china!.sentiment.n, 3);
  t.true(china!.sentiment.evidence.length >= 1);
  // The attack on Beijing is the strongest evidence and is traced to its article.
  const [first] = china!.sentiment.evidence;
  t.is(first!.article, 'a.txt');
  t.true(first!.score < 0);
  t.is(a.text.slice(first!.span.start, first!.span.end), 'Beijing');
});
