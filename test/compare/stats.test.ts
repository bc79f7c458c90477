import test from 'ava';
import { describe } from '../../src/compare/stats.ts';

test('no values: all zero', (t) => {
  t.deepEqual(describe([]), { n: 0, mean: 0, sd: 0, min: 0, max: 0 });
});

test('one value: sd is 0', (t) => {
  t.deepEqual(describe([-0.05]), { n: 1, mean: -0.05, sd: 0, min: -0.05, max: -0.05 });
});

test('sample standard deviation, rounded to 4 decimals', (t) => {
  // mean 5, squared deviations sum to 32, /(n-1)=7 → sqrt(32/7) = 2.13809...
  t.deepEqual(describe([2, 4, 4, 4, 5, 5, 7, 9]), { n: 8, mean: 5, sd: 2.1381, min: 2, max: 9 });
  t.deepEqual(describe([1 / 3, 2 / 3]), { n: 2, mean: 0.5, sd: 0.2357, min: 0.3333, max: 0.6667 });
});
