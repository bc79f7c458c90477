import test from 'ava';
import { rateThreshold } from '../../src/learn/linear-model.ts';

test('rateThreshold marks as many items present as there are positive labels', (t) => {
  const scores = [0.9, 0.2, 0.7, 0.4, 0.6];
  const labels = [true, false, false, true, false];
  const threshold = rateThreshold(scores, labels);
  t.true(Math.abs(threshold - 0.65) < 1e-9, "midway between the 2nd and 3rd highest scores");
  t.is(scores.filter((s) => s >= threshold).length, 2);
});

test('rateThreshold without positives marks nothing, with only positives everything', (t) => {
  t.is(rateThreshold([0.3, 0.8], [false, false]), 1);
  t.is(rateThreshold([0.3, 0.8], [true, true]), 0);
});
