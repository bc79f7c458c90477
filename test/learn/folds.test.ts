import test from 'ava';
import { assignFolds, splits } from '../../src/learn/folds.ts';

test('every item gets one of k folds, of near-equal size, the same for the same seed', (t) => {
  const fold = assignFolds(23, 5, 1);
  t.is(fold.length, 23);
  const sizes = [0, 1, 2, 3, 4].map((f) => fold.filter((x) => x === f).length);
  t.true(Math.max(...sizes) - Math.min(...sizes) <= 1);
  t.deepEqual(assignFolds(23, 5, 1), fold);
});

test('items of one group share a fold', (t) => {
  const groups = ['a', 'a', 'a', 'b', 'b', 'c', 'd', 'd', 'e', 'f'];
  const fold = assignFolds(groups.length, 3, 2, { groups });
  for (const g of new Set(groups)) t.is(new Set(fold.filter((_, i) => groups[i] === g)).size, 1);
});

test('strata keep their base rate in every fold', (t) => {
  const strata = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 'yes' : 'no'));
  const fold = assignFolds(40, 5, 4, { strata });
  for (let f = 0; f < 5; f++) t.is(fold.filter((x, i) => x === f && strata[i] === 'yes').length, 2);
});

test('splits: each fold is scored once, on items the rest were fitted on', (t) => {
  const fold = assignFolds(10, 3, 5);
  const parts = splits(fold, 3);
  t.deepEqual(
    parts.flatMap((p) => p.test).sort((a, b) => a - b),
    [...Array(10).keys()],
  );
  for (const { train, test: scored } of parts) {
    t.is(train.length + scored.length, 10);
    t.false(scored.some((i) => train.includes(i)));
  }
});
