import test from 'ava';
import { outletActors } from '../../src/compare/actors.ts';
import { UNCERTAINTY } from '../helpers/settings.ts';
import { stanceLabel, stanceSettings } from '../../src/analyze/actors/stance.ts';
import { measureSamples, outletFigures } from '../../src/compare/measures.ts';
import { article, frames } from './build.ts';
import type { ArticleActor, ArticleReport, Sentence } from '../../src/types.ts';

/** Sentence `index` of a body whose sentences start 100 characters apart. */
const sentence = (text: string, index: number): Sentence => ({ index, paragraph: 0, start: index * 100, end: index * 100 + text.length, text });

/** One article of six body sentences, four words each, scored +2, −1, 0, +3, −2, +1; the third and fifth quote 2 words. */
function lone(): ArticleReport {
  const a = article('lone.txt', 'Lone Daily', { comparative: 3 / 24, present: ['conflict'] });
  const body = Array.from({ length: 6 }, (_, i) => sentence(`one two three four${i}.`, i));
  const quote = (s: number): ArticleReport['voices']['quotes'][number] => ({
    speaker: null,
    role: null,
    category: 'unknown',
    verb: 'said',
    direct: true,
    text: 'two three',
    words: 2,
    span: { part: 'body', sentence: s, start: s * 100 + 4, end: s * 100 + 13 },
  });
  const conflict = a.scores.whole.presence.find((p) => p.id === 'conflict')!;
  conflict.sentences = [{ part: 'body', sentence: 4 }];
  return {
    ...a,
    sentences: { headline: [], body },
    sentenceSentiment: [2, -1, 0, 3, -2, 1].map((score, i) => ({ part: 'body', sentence: i, score, normalised: score / Math.sqrt(score * score + 15) })),
    voices: { quotes: [quote(2), quote(4)], quotedShare: 4 / 24 },
  };
}

function actor(name: string, score: number, scores: number[] = [score]): ArticleActor {
  return {
    name,
    kind: 'country',
    aliases: [name],
    listed: false,
    mentions: 1,
    sentenceShare: 0.1,
    first: null,
    spans: [],
    sentiment: { mean: 0, n: 0, evidence: [] },
    stance: {
      label: 'neutral',
      score,
      n: scores.length,
      evidence: scores.map((s, i) => ({ span: { part: 'body', sentence: i, start: 0, end: 1 }, score: s, polarity: 0, cues: [] })),
    },
    descriptors: [],
  };
}

test('a lone article: every figure is its own, resampled over its sentences', (t) => {
  const figures = outletFigures('Lone Daily', [lone()], frames, UNCERTAINTY);
  const { sentimentInterval: s, quotedShareInterval: q } = figures;
  t.like(s, { n: 6, estimate: 0.125, over: 'sentences' });
  t.true(s.low < 0.125 && 0.125 < s.high);
  t.like(q, { n: 6, estimate: 0.1667, over: 'sentences' });
  t.true(q.low < q.estimate && q.estimate < q.high);
  // Found in one sentence of six: a resample can miss it.
  t.deepEqual(figures.presence.conflict, { n: 6, estimate: 1, low: 0, high: 1, over: 'sentences' });
  t.deepEqual(figures.presence.security, { n: 6, estimate: 0, low: 0, high: 0, over: 'sentences' });
});

test('a missing presence array reads as no frame present', (t) => {
  const a = article('old.txt', 'Old', { present: ['conflict'] });
  const old = { ...a, scores: { ...a.scores, whole: { ...a.scores.whole, presence: undefined as never } } };
  t.is(outletFigures('Old', [old, old], frames, UNCERTAINTY).presence.conflict!.estimate, 0);
});

test('measures: sentiment, quoted share, each frame, and actors two outlets name', (t) => {
  const groups = [
    { name: 'A', articles: [{ ...article('a1', 'A', { comparative: 0.1, present: ['conflict'] }), actors: [actor('China', -1), actor('Mars', 1)] }, article('a2', 'A')] },
    { name: 'B', articles: [{ ...article('b1', 'B'), actors: [actor('China', 0.5), { ...actor('Mars', 0), mentions: 0 }] }] },
  ];
  const measures = measureSamples(groups, frames);
  t.deepEqual(
    measures.map((m) => m.measure),
    ['sentiment', 'quotedShare', ...frames.map((f) => `frame:${f.id}`), 'stance:China'],
  );
  const get = (name: string): Array<[string, readonly number[]]> => [...measures.find((m) => m.measure === name)!.values];
  t.deepEqual(get('sentiment'), [
    ['A', [0.1, 0]],
    ['B', [0]],
  ]);
  t.deepEqual(get('frame:conflict'), [
    ['A', [1, 0]],
    ['B', [0]],
  ]);
  // Only the articles that name the actor.
  t.deepEqual(get('stance:China'), [
    ['A', [-1]],
    ['B', [0.5]],
  ]);
});

test("an outlet's stance: its articles' mean with an interval, labelled as an article's", (t) => {
  const articles = [-1.2, -0.8, -1, -0.9].map((score, i) => ({ ...article(`${i}.txt`, 'A'), actors: [actor('China', score)] }));
  const [china] = outletActors(articles, 'A', UNCERTAINTY);
  t.like(china!.stance, { n: 4, estimate: -0.975, over: 'articles', label: 'negative' });
  t.true(china!.stance.high < 0);
  // One article: over the sentences that decided its stance.
  const [one] = outletActors([{ ...article('x.txt', 'B'), actors: [actor('China', 0.2, [1, -0.6, 0.2])] }], 'B', UNCERTAINTY);
  t.like(one!.stance, { n: 3, estimate: 0.2, over: 'sentences', label: stanceLabel(0.2, stanceSettings().band) });
  t.true(one!.stance.low < 0 && one!.stance.high > 0.2);
});

/** `a` with a generic frame's strength set: the calibrated chance the layer gives it, present or not. */
function withStrength(a: ArticleReport, frame: string, strength: number, present = false): ArticleReport {
  const p = a.scores.whole.presence.find((x) => x.id === frame)!;
  Object.assign(p, { strength, present });
  return a;
}

test('a generic frame counts its strength, present or not; a policy frame its decision', (t) => {
  const a1 = withStrength(article('a1', 'A', { present: ['security'] }), 'conflict', 0.3);
  const a2 = withStrength(article('a2', 'A'), 'conflict', 0.7, true);
  const measures = measureSamples([{ name: 'A', articles: [a1, a2] }], frames);
  const get = (name: string): readonly number[] => measures.find((m) => m.measure === name)!.values.get('A')!;
  t.deepEqual(get('frame:conflict'), [0.3, 0.7]);
  t.deepEqual(get('frame:security'), [1, 0]);
  t.is(outletFigures('A', [a1, a2], frames, UNCERTAINTY).presence.conflict!.estimate, 0.5);
});

test('a lone article: a generic frame keeps its strength while a resample holds one of its sentences', (t) => {
  const a = withStrength(lone(), 'conflict', 0.3);
  t.deepEqual(outletFigures('Lone Daily', [a], frames, UNCERTAINTY).presence.conflict, { n: 6, estimate: 0.3, low: 0, high: 0.3, over: 'sentences' });
});
