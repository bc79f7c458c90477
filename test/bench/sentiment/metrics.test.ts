import test from 'ava';
import { accuracy, macroF1, pearson, ratingClass } from '../../../bench/sentiment/metrics.ts';

test('Pearson r: perfect, inverse, known value, undefined cases', (t) => {
  t.is(pearson([1, 2, 3], [2, 4, 6]), 1);
  t.is(pearson([1, 2, 3], [3, 2, 1]), -1);
  // Hand-computed: sxy = 1, sxx = 2, syy = 2 → r = 0.5; then sxy = 0.5, sxx = 1, syy = 2.75.
  t.true(Math.abs(pearson([1, 2, 3], [1, 3, 2]) - 0.5) < 1e-12);
  t.true(Math.abs(pearson([0, 0, 1, 1], [0, 1, 0, 2]) - 0.5 / Math.sqrt(2.75)) < 1e-12);
  t.true(Number.isNaN(pearson([1], [1])));
  t.true(Number.isNaN(pearson([2, 2, 2], [1, 2, 3])));
});

test('macro-F1 averages per-class F1 over the three polarities', (t) => {
  // -1: tp 1, fn 1 → 2/3; 0: tp 1, fp 1 → 2/3; 1: tp 1 → 1.
  t.true(Math.abs(macroF1([-1, -1, 0, 1], [-1, 0, 0, 1]) - (2 / 3 + 2 / 3 + 1) / 3) < 1e-12);
  t.is(macroF1([1, 0, -1], [1, 0, -1]), 1);
});

test('macro-F1 leaves out a class absent on both sides, and scores a one-sided class 0', (t) => {
  t.is(macroF1([1, 1, -1], [1, 1, -1]), 1, 'no neutral anywhere: averaged over two classes');
  // Neutral predicted but never gold: F1 0 for it; -1: tp 1 → 1; 1: tp 1, fn 1 → 2/3.
  t.true(Math.abs(macroF1([1, 1, -1], [1, 0, -1]) - (1 + 0 + 2 / 3) / 3) < 1e-12);
  t.true(Number.isNaN(macroF1([], [])));
});

test('accuracy and the NYT rating classes', (t) => {
  t.is(accuracy([1, 0, -1, 1], [1, 0, 1, 0]), 0.5);
  t.true(Number.isNaN(accuracy([], [])));
  t.deepEqual([-2, -0.51, -0.5, 0, 0.5, 0.6, 3].map(ratingClass), [-1, -1, 0, 0, 0, 1, 1]);
});
