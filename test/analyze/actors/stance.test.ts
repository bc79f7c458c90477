import test from 'ava';
import { actorStance, meanStance, stanceLabel, stanceSettings } from '../../../src/analyze/actors/stance.ts';
import { TARGET_MODEL } from '../../../src/analyze/target/layer.ts';
import { analyzeText } from '../../helpers/article-fixture.ts';
import type { ActorSentimentEvidence } from '../../../src/types.ts';

const sentence = (score: number, index: number): ActorSentimentEvidence => ({
  span: { part: 'body', sentence: index, start: 0, end: 1 },
  score,
  polarity: score > 0 ? 1 : score < 0 ? -1 : 0,
  cues: [],
});

test('the band comes from the target model, and a model without it is refused', (t) => {
  const { band } = stanceSettings();
  t.is(band, (TARGET_MODEL.settings.stance as { band: number }).band);
  t.true(band > 0 && band < 1);
  t.throws(() => stanceSettings({ ...TARGET_MODEL, settings: {} }), { message: /"stance"/ });
});

test('a mean outside the band is negative or positive; inside, or on its edge, neutral', (t) => {
  t.is(stanceLabel(-0.31, 0.3), 'negative');
  t.is(stanceLabel(0.31, 0.3), 'positive');
  t.is(stanceLabel(0.3, 0.3), 'neutral');
  t.is(stanceLabel(-0.3, 0.3), 'neutral');
  t.deepEqual(meanStance([], 0.2), { label: 'neutral', score: 0 });
});

test('the stance is the mean of every scored sentence: neutral ones dilute it', (t) => {
  const settings = { band: 0.2 };
  const one = actorStance([sentence(-0.9, 0)], settings);
  t.like(one, { label: 'negative', score: -0.9, n: 1 });
  const diluted = actorStance([sentence(-0.9, 0), sentence(0, 1), sentence(0, 2), sentence(0, 3), sentence(0, 4)], settings);
  t.like(diluted, { label: 'neutral', score: -0.18, n: 5 });
  const mixed = actorStance([sentence(0.8, 0), sentence(-0.4, 1), sentence(0.5, 2)], settings);
  t.like(mixed, { label: 'positive', score: 0.3, n: 3 });
});

test('every scored sentence is evidence, strongest first, so the mean can be redone from it', (t) => {
  const s = actorStance([sentence(0.1, 0), sentence(-0.7, 1), sentence(0, 2), sentence(0.4, 3)], { band: 0.2 });
  t.deepEqual(
    s.evidence.map((e) => e.span.sentence),
    [1, 3, 0, 2],
  );
  t.true(Math.abs(s.evidence.reduce((sum, e) => sum + e.score, 0) / s.n - s.score) < 1e-9);
});

test('an article that attacks an actor in one sentence of two portrays it negatively', (t) => {
  const { actors } = analyzeText('', 'Critics slammed Halvorsen Grant for the disastrous launch. Grant was accused of lying to investigators.');
  const grant = actors.find((a) => a.name === 'Halvorsen Grant')!;
  t.is(grant.stance.n, 2);
  t.is(grant.stance.label, 'negative');
  t.true(grant.stance.score < 0);
  t.is(grant.stance.evidence.length, 2);
  t.deepEqual(grant.stance.evidence.map((e) => e.score).sort(), [...grant.sentiment.evidence.map((e) => e.score)].sort());
});

test('an actor the article names only in plain reports is neutral', (t) => {
  const { actors } = analyzeText('', 'Halvorsen Grant visited the launch site on Monday.');
  t.like(actors[0]!.stance, { label: 'neutral', score: 0, n: 1 });
});
