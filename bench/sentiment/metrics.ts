// Agreement between scores and gold labels, as the README's published sentiment figures use them.
import type { Polarity } from '../../src/load/sentiment-lines.ts';
import { mean } from '../extract/metrics.ts';

const POLARITIES: readonly Polarity[] = [-1, 0, 1];

/** Pearson correlation; NaN when fewer than two pairs or either side is constant. */
export function pearson(xs: number[], ys: number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return Number.NaN;
  const [mx, my] = [mean(xs.slice(0, n)), mean(ys.slice(0, n))];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const [dx, dy] = [xs[i]! - mx, ys[i]! - my];
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/**
 * Mean per-class F1 over the three polarities, or over `classes`. A class that is neither in the
 * gold labels nor predicted has no F1 and is left out of the mean; one that is only on one side scores 0.
 */
export function macroF1<T = Polarity>(gold: readonly T[], predicted: readonly T[], classes: readonly T[] = POLARITIES as readonly unknown[] as readonly T[]): number {
  const f1s = classes.flatMap((c) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === c && g === c) tp++;
      else if (p === c) fp++;
      else if (g === c) fn++;
    });
    if (tp + fp + fn === 0) return [];
    return [(2 * tp) / (2 * tp + fp + fn)];
  });
  return f1s.length ? mean(f1s) : Number.NaN;
}

/** Share of positions where the prediction equals the gold label; NaN for none. */
export function accuracy<T>(gold: readonly T[], predicted: readonly T[]): number {
  if (gold.length === 0) return Number.NaN;
  return gold.filter((g, i) => predicted[i] === g).length / gold.length;
}

/** The NYT snippets' 3-class label: a mean rating within ±0.5 is neutral. */
export function ratingClass(rating: number): Polarity {
  return Math.abs(rating) <= 0.5 ? 0 : (Math.sign(rating) as Polarity);
}
