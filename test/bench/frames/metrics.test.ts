import test from 'ava';
import { auc, f1, ranks, spearman } from '../../../bench/frames/metrics.ts';

const close = (a: number, b: number) => Math.abs(a - b) < 1e-12;

test('ranks: 1-based, ties share the mean rank', (t) => {
  t.deepEqual(ranks([30, 10, 20]), [3, 1, 2]);
  t.deepEqual(ranks([5, 1, 5, 5]), [3, 1, 3, 3]);
});

test('AUC: perfect, inverted, chance, ties count one half, undefined without both classes', (t) => {
  t.is(auc([0.9, 0.8, 0.2, 0.1], [true, true, false, false]), 1);
  t.is(auc([0.1, 0.2, 0.8, 0.9], [true, true, false, false]), 0);
  t.is(auc([0.5, 0.5, 0.5, 0.5], [true, false, true, false]), 0.5);
  // Pairs (pos, neg): (0.8, 0.8) tie → ½, (0.8, 0.1) → 1, (0.3, 0.8) → 0, (0.3, 0.1) → 1: 2.5 / 4.
  t.is(auc([0.8, 0.3, 0.8, 0.1], [true, true, false, false]), 0.625);
  t.true(Number.isNaN(auc([0.1, 0.2], [true, true])));
});

test('F1 of the positive class', (t) => {
  // tp 1, fp 1, fn 1 → 2 / 4.
  t.is(f1([true, true, false, false], [true, false, true, false]), 0.5);
  t.is(f1([false, false], [true, false]), 0);
  t.is(f1([false, false], [false, false]), 1, 'nothing expected, nothing predicted');
});

test('Spearman: monotone, inverse, ties by mean rank, undefined when constant', (t) => {
  t.is(spearman([1, 2, 3, 4], [10, 20, 30, 1000]), 1);
  t.is(spearman([1, 2, 3], [3, 2, 1]), -1);
  // Ranks [1, 2.5, 2.5, 4] against [1, 2, 3, 4]: Pearson r of the ranks = 4.5 / sqrt(4.5 · 5).
  t.true(close(spearman([0, 1, 1, 2], [1, 2, 3, 4]), 4.5 / Math.sqrt(4.5 * 5)));
  t.true(Number.isNaN(spearman([1, 1, 1], [1, 2, 3])));
  t.true(Number.isNaN(spearman([1, 2], [1, 2, 3])));
});
