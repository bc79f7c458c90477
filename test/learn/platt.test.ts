import test from 'ava';
import { fitPlatt } from '../../src/learn/platt.ts';
import { seededRandom } from '../../src/learn/random.ts';
import { sigmoid } from '../../src/learn/logistic.ts';

/** Scores spread over [-3, 3], labels drawn with probability σ(slope·z + intercept). */
function sample(n: number, slope: number, intercept: number): { scores: number[]; labels: boolean[] } {
  const random = seededRandom(7);
  const scores = Array.from({ length: n }, (_, i) => -3 + (6 * i) / (n - 1));
  return { scores, labels: scores.map((z) => random() < sigmoid(slope * z + intercept)) };
}

test('recovers the map the labels were drawn with; the same data, the same map', (t) => {
  const { scores, labels } = sample(20000, 2, -1);
  const map = fitPlatt(scores, labels);
  t.true(Math.abs(map.slope - 2) < 0.1, `slope ${map.slope}`);
  t.true(Math.abs(map.intercept + 1) < 0.1, `intercept ${map.intercept}`);
  t.deepEqual(fitPlatt(scores, labels), map);
});

test('scores that overstate a rare class come back to its base rate', (t) => {
  // As a layer weighed to balance scores them: every logit 2 too high.
  const truth = sample(5000, 1, -2);
  const map = fitPlatt(
    truth.scores.map((z) => z + 2),
    truth.labels,
  );
  const calibrated = truth.scores.map((z) => sigmoid(map.slope * (z + 2) + map.intercept));
  const mean = calibrated.reduce((a, b) => a + b, 0) / calibrated.length;
  const rate = truth.labels.filter(Boolean).length / truth.labels.length;
  t.true(Math.abs(mean - rate) < 0.01, `mean ${mean}, base rate ${rate}`);
});

test('a separable sample gets a finite slope (smoothed targets)', (t) => {
  const map = fitPlatt([-2, -1, 1, 2], [false, false, true, true]);
  t.true(Number.isFinite(map.slope) && map.slope > 0 && map.slope < 10, `slope ${map.slope}`);
});

test('scores that rank backwards never reverse the order: slope 1, the intercept refitted', (t) => {
  const map = fitPlatt([-2, -1, 1, 2], [true, true, false, false]);
  t.is(map.slope, 1);
  t.true(Number.isFinite(map.intercept));
});
