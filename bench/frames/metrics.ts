// Agreement between scores and binary human labels, and between two rankings: AUC, F1 of a yes/no
// decision, Spearman's rank correlation. Ties share the mean of their ranks throughout.
import { pearson } from '../sentiment/metrics.ts';

/** 1-based ranks, ties given the mean of the ranks they span. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    for (let k = i; k < j; k++) out[order[k]![1]] = (i + j + 1) / 2;
    i = j;
  }
  return out;
}

/**
 * Area under the ROC curve: the chance that a random positive scores above a random negative, a tie
 * counting one half (Mann–Whitney). NaN when either class is missing.
 */
export function auc(scores: readonly number[], labels: readonly boolean[]): number {
  const r = ranks(scores);
  let positives = 0;
  let rankSum = 0;
  labels.forEach((y, i) => {
    if (y) {
      positives++;
      rankSum += r[i]!;
    }
  });
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** F1 of the positive class; 0 when nothing is predicted or expected positive but the other is. */
export function f1(predicted: readonly boolean[], labels: readonly boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  labels.forEach((y, i) => {
    if (predicted[i] && y) tp++;
    else if (predicted[i]) fp++;
    else if (y) fn++;
  });
  return tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
}

/** Spearman's rho: Pearson's r of the ranks; NaN when fewer than two pairs or either side is constant. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return xs.length === ys.length ? pearson(ranks(xs), ranks(ys)) : Number.NaN;
}
