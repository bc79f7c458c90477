// Uncertainty of a per-outlet figure: a seeded percentile bootstrap over the outlet's articles, or,
// where the outlet has a single article, over that article's sentences (the figure recomputed from
// resampled sentences), so no figure is shown as if it were exact.
import { round } from '../round.ts';
import { seededIndices, seedFor } from '../learn/random.ts';
import type { Interval } from '../types.ts';
import type { UncertaintySettings } from '../settings/settings-schema.ts';

/** A figure recomputed from a resample, given the indices (with repeats) of the units drawn. */
export type Statistic = (drawn: Int32Array) => number;

/** A figure no resample can move (a frame absent from every sentence): it needs no resamples. */
export interface Constant {
  constant: number;
}

/** The value at fraction q of sorted values (linear between order statistics). */
function quantile(sorted: Float64Array, q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The central 1 − alpha of `values` (sorted in place). */
export function percentiles(values: Float64Array, alpha: number): { low: number; high: number } {
  values.sort();
  return { low: quantile(values, alpha / 2), high: quantile(values, 1 - alpha / 2) };
}

/** Percentile bootstrap of `statistic` over `size` units, drawn with the stream named `key`. */
export function bootstrap(size: number, statistic: Statistic, settings: UncertaintySettings, key: string): { low: number; high: number } {
  const drawn = new Int32Array(size);
  const draw = seededIndices(seedFor(settings.seed, key));
  const stats = new Float64Array(settings.resamples);
  for (let r = 0; r < settings.resamples; r++) {
    draw(drawn, size);
    stats[r] = statistic(drawn);
  }
  return percentiles(stats, settings.alpha);
}

/** The mean of the values; 0 of none. */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length ? sum / values.length : 0;
}

/** The mean of the drawn values. */
export const meanOf =
  (values: ArrayLike<number>): Statistic =>
  (drawn) => {
    let sum = 0;
    for (let k = 0; k < drawn.length; k++) sum += values[drawn[k]!]!;
    return drawn.length ? sum / drawn.length : 0;
  };

/** Σ numerator / Σ denominator over the drawn units (a pooled rate, as sentiment per token); 0 over nothing. */
export const ratioOf =
  (numerators: ArrayLike<number>, denominators: ArrayLike<number>): Statistic =>
  (drawn) => {
    let num = 0;
    let den = 0;
    for (let k = 0; k < drawn.length; k++) {
      const i = drawn[k]!;
      num += numerators[i]!;
      den += denominators[i]!;
    }
    return den > 0 ? num / den : 0;
  };

/**
 * A figure that stays `value` (at least 0) while a resample holds any of `marked` units, and is 0 once
 * it holds none. Its resampling distribution is known, so its percentiles are exact, with no resamples.
 */
export interface WhileAnyDrawn {
  value: number;
  marked: number;
}

/** One article's figure, recomputed from resamples of its sentences. */
export interface SentenceStatistic {
  sentences: number;
  statistic: Statistic | Constant | WhileAnyDrawn;
}

/** The central 1 − alpha of a sentence statistic's resampling distribution over `size` units. */
function sentenceRange(size: number, statistic: SentenceStatistic['statistic'], settings: UncertaintySettings, key: string): { low: number; high: number } {
  if (typeof statistic === 'function') return bootstrap(size, statistic, settings, key);
  if ('constant' in statistic) return { low: statistic.constant, high: statistic.constant };
  // The chance that `size` draws with replacement all miss the marked units: the figure's mass at 0.
  const none = (1 - statistic.marked / size) ** size;
  const at = (q: number): number => (q <= none ? 0 : statistic.value);
  return { low: at(settings.alpha / 2), high: at(1 - settings.alpha / 2) };
}

/**
 * An outlet's figure with its interval: the mean of its articles' `values` bootstrapped over the
 * articles; with a single article, that article's value bootstrapped over its sentences (`lone`).
 */
export function outletInterval(values: readonly number[], lone: () => SentenceStatistic, settings: UncertaintySettings, key: string): Interval {
  if (values.length === 0) return { n: 0, estimate: 0, low: 0, high: 0, over: 'articles' };
  const estimate = round(mean(values));
  if (values.length === 1) {
    const { sentences, statistic } = lone();
    // One sentence or none leaves nothing to resample, and a constant nothing to move: the interval is the figure itself.
    const { low, high } = sentences < 2 ? { low: estimate, high: estimate } : sentenceRange(sentences, statistic, settings, key);
    // The figure is the article's own; the resamples show how much it rests on a few sentences. Where
    // the recomputation from sentences only approaches the article's figure (a frame decided on the
    // whole text, words counted apart from the scorer), the interval is widened to hold the figure shown.
    return { n: sentences, estimate, low: round(Math.min(low, estimate)), high: round(Math.max(high, estimate)), over: 'sentences' };
  }
  const { low, high } = bootstrap(values.length, meanOf(values), settings, key);
  return { n: values.length, estimate, low: round(low), high: round(high), over: 'articles' };
}
