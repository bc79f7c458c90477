// Which outlet differences are unlikely to be chance. Every two outlets are compared on every measure
// by a two-sided permutation test of the difference of their article means, and Holm's step-down
// correction runs over all the comparisons made, so that over the whole report the chance of
// claiming a difference between outlets that do not differ stays at or below alpha. Only plain
// numbers come in (per measure, per outlet, one value per article): the compare stage and the
// benchmark's calibration check run the same test.
import { round } from '../round.ts';
import { randomIndex, seededIndices, seededRandom, seedFor } from '../learn/random.ts';
import { compareNames } from '../text/compare-names.ts';
import { mean, percentiles } from './intervals.ts';
import type { UncertaintySettings } from '../settings/settings-schema.ts';
import type { Difference, DifferenceTest } from '../types.ts';

/** One measure, its values per outlet (one per article); outlets without a value are left out. */
export interface MeasureSamples {
  measure: string;
  label: string;
  values: ReadonlyMap<string, readonly number[]>;
}

/** How the differences were tested, in words, with the settings used; `capped`: only the largest outlets were tested. */
export function method(settings: UncertaintySettings, capped = false): string {
  const among = capped ? ` among the ${settings.maxOutlets} outlets with the most articles` : '';
  return (
    `Two-sided permutation test of the difference of article means, for every two outlets with enough articles${among}, on every measure ` +
    `(exact for present/absent measures and when relabellings are few; normal approximation of the permutation distribution from ${settings.normalFrom} ` +
    'articles a side; else random relabellings, stopped early once chance is plain); Holm step-down correction over all comparisons; ' +
    `${Math.round((1 - settings.alpha) * 100)}% percentile bootstrap interval of the effect; sorted by standardised effect.`
  );
}

/** p to 4 decimals, or to two significant digits below that: a tiny p printed as 0 would claim certainty. */
const roundP = (p: number): number => (p > 0 ? round(p, Math.max(4, 1 - Math.floor(Math.log10(p)))) : 0);

/** Floating sums of the same values in another order differ in the last bits: such a relabelling ties. */
export const TIE = 1e-10;

/** n choose k, or Infinity once above `cap` (only "more than cap" matters). */
export function choose(n: number, k: number, cap: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) {
    c = (c * (n - k + i)) / i;
    if (c > cap) return Infinity;
  }
  return Math.round(c);
}

/**
 * Whether a pair can be tested at all: each side has `minArticles`, and some relabelling could reach
 * p < alpha (with equal sides a relabelling and its mirror tie, doubling the smallest p). Decided from
 * the sizes alone, before any value is seen, so leaving a pair out does not bias the test.
 */
export function testable(na: number, nb: number, settings: UncertaintySettings): boolean {
  if (Math.min(na, nb) < settings.minArticles) return false;
  const ways = choose(na + nb, Math.min(na, nb), 2 / settings.alpha);
  return (na === nb ? 2 : 1) / ways < settings.alpha;
}

/** |mean of the first k − mean of the rest| from the sum of the first k. */
const gap = (sumK: number, k: number, total: number, n: number): number => Math.abs(sumK / k - (total - sumK) / (n - k));

/**
 * The exact permutation p where every value is one of two levels (a frame present or not): the
 * difference of means grows with the upper-level values drawn into the smaller side, a
 * hypergeometric count, so every relabelling is weighed in O(articles) whatever their number.
 */
/** The hypergeometric law: the probability that `x` of `k` values drawn from `n` are among the `upper` marked ones. */
export function hypergeometric(n: number, upper: number, k: number): (x: number) => number {
  const lnFactorial = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) lnFactorial[i] = lnFactorial[i - 1]! + Math.log(i);
  const lnChoose = (m: number, r: number): number => lnFactorial[m]! - lnFactorial[r]! - lnFactorial[m - r]!;
  return (x) => Math.exp(lnChoose(upper, x) + lnChoose(n - upper, k - x) - lnChoose(n, k));
}

function twoLevelP(side: readonly number[], upper: number, n: number, upperCount: number): number {
  const k = side.length;
  const probability = hypergeometric(n, upperCount, k);
  // |count − expected count| compared in whole numbers (× n), so ties are exact.
  const away = (count: number): number => Math.abs(count * n - k * upperCount);
  const observed = away(side.filter((v) => v === upper).length);
  let p = 0;
  for (let count = Math.max(0, k - (n - upperCount)); count <= Math.min(k, upperCount); count++) {
    if (away(count) >= observed) p += probability(count);
  }
  return Math.min(1, p);
}

/** erfc to a relative error below 1.2e-7, tails included (Numerical Recipes' Chebyshev fit, erfcc). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + z / 2);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/**
 * The permutation distribution of the difference of means taken as normal, with its exact mean (0)
 * and variance: for large sides (combinatorial central limit theorem, Hoeffding 1951), where random
 * relabellings fine enough to pass Holm's first step among thousands of comparisons would cost
 * more than the rest of the analysis.
 */
function normalP(pool: Float64Array, k: number, observed: number): number {
  const n = pool.length;
  const m = pool.reduce((s, v) => s + v, 0) / n;
  const variance = pool.reduce((s, v) => s + (v - m) ** 2, 0) / n;
  const sd = Math.sqrt((variance * n * n) / (k * (n - k) * (n - 1)));
  return sd > 0 ? Math.min(1, erfc(observed / sd / Math.SQRT2)) : 1;
}

/**
 * A p-value from a test that may have stopped short: random relabellings that had not stopped early
 * (Besag–Clifford) when their budget ran out. Drawn again from the same seed with a larger budget,
 * the same relabellings come first, so a settled p is the one any larger budget would give.
 */
export interface StagedP {
  p: number;
  settled: boolean;
}

export const settledP = (p: number): StagedP => ({ p, settled: true });

/**
 * Two-sided permutation p of the difference of means of `a` and `b`: exact where the values take
 * two levels or the relabellings number at most `budget`; from the normal approximation where the
 * smaller side has `normalFrom` articles or more; else from random relabellings (partial shuffles,
 * O(smaller side) each), stopping once `stopAfter` have differed as much as observed (Besag and
 * Clifford 1991), after `draws` relabellings at most (the budget, unless the test is staged).
 */
export function permutationTest(a: readonly number[], b: readonly number[], budget: number, settings: UncertaintySettings, key: string, draws = budget): StagedP {
  const pool = Float64Array.from([...a, ...b]);
  const n = pool.length;
  const k = Math.min(a.length, b.length);
  const lower = pool.reduce((m, v) => Math.min(m, v), Infinity);
  const upper = pool.reduce((m, v) => Math.max(m, v), -Infinity);
  const upperCount = pool.filter((v) => v === upper).length;
  if (pool.every((v) => v === lower || v === upper)) return settledP(twoLevelP(a.length === k ? a : b, upper, n, upperCount));
  const total = pool.reduce((s, v) => s + v, 0);
  const observed = Math.abs(mean(a) - mean(b)) - TIE;
  const ways = choose(n, k, budget);
  if (ways <= budget) {
    let extreme = 0;
    const walk = (from: number, left: number, sum: number): void => {
      if (left === 0) {
        if (gap(sum, k, total, n) >= observed) extreme++;
        return;
      }
      for (let i = from; i <= n - left; i++) walk(i + 1, left - 1, sum + pool[i]!);
    };
    walk(0, k, 0);
    return settledP(extreme / ways);
  }
  if (k >= settings.normalFrom) return settledP(normalP(pool, k, observed + TIE));
  const random = seededRandom(seedFor(settings.seed, key));
  let extreme = 0;
  for (let drawn = 1; drawn <= draws; drawn++) {
    let sum = 0;
    for (let i = 0; i < k; i++) {
      const j = i + randomIndex(random, n - i);
      const v = pool[j]!;
      pool[j] = pool[i]!;
      pool[i] = v;
      sum += v;
    }
    if (gap(sum, k, total, n) >= observed && ++extreme === settings.stopAfter) return settledP(extreme / drawn);
  }
  return { p: (extreme + 1) / (draws + 1), settled: draws === budget };
}

/** Random relabellings per comparison: Holm's first step needs p < alpha / comparisons, so the budget grows with them (up to the settings' bound) for a clear difference to get there. */
export function permutationBudget(comparisons: number, settings: UncertaintySettings): number {
  return Math.min(settings.maxPermutations, Math.max(settings.permutations, Math.ceil(comparisons / settings.alpha)));
}

/**
 * Holm's correction over `count` comparisons, tested first with few random relabellings: among thousands of
 * comparisons the full budget would go mostly to ones that can never be claimed. A comparison still
 * unsettled after `settings.permutations` draws (`test(i, draws)`; its exact or normal paths are
 * chosen by the full budget, as always) has a final p between 1 / (budget + 1) and
 * stopAfter / (permutations + 1); Holm's procedure is monotone in every p, so when the comparisons
 * claimed are the same at both ends and none of them is unsettled, they, their p and their adjusted
 * p are those of the full test, and the rest can never be claimed. Otherwise the unsettled ones are
 * tested on the full budget. The p of a comparison that cannot be claimed either way may be left at
 * its first-stage value, which only bounds it.
 */
export function holmStaged(count: number, test: (i: number, draws: number) => StagedP, budget: number, settings: UncertaintySettings): { p: number[]; adjusted: number[] } {
  const firstBudget = Math.min(settings.permutations, budget);
  const first = Array.from({ length: count }, (_, i) => test(i, firstBudget));
  const claimedWith = (bound: number): boolean[] => holm(first.map((s) => (s.settled ? s.p : bound))).map((q) => q < settings.alpha);
  const most = claimedWith(1 / (budget + 1));
  const least = claimedWith(settings.stopAfter / (firstBudget + 1));
  const determined = first.every((s, i) => most[i] === least[i] && (s.settled || !most[i]));
  const p = first.map((s, i) => (determined || s.settled ? s.p : test(i, budget).p));
  return { p, adjusted: holm(p) };
}

/** Holm's step-down adjusted p-values, in the input order. */
export function holm(p: readonly number[]): number[] {
  const order = p.map((_, i) => i).sort((x, y) => p[x]! - p[y]! || x - y);
  const adjusted = new Array<number>(p.length);
  let running = 0;
  order.forEach((i, rank) => {
    running = Math.max(running, Math.min(1, (p.length - rank) * p[i]!));
    adjusted[i] = running;
  });
  return adjusted;
}

/** Percentile bootstrap interval of mean(high) − mean(low), each side resampled on its own. */
export function differenceInterval(high: readonly number[], low: readonly number[], settings: UncertaintySettings, key: string): { low: number; high: number } {
  const draw = seededIndices(seedFor(settings.seed, key));
  const drawn = { high: new Int32Array(high.length), low: new Int32Array(low.length) };
  const resampledMean = (values: readonly number[], into: Int32Array): number => {
    draw(into, values.length);
    let sum = 0;
    for (let i = 0; i < into.length; i++) sum += values[into[i]!]!;
    return sum / values.length;
  };
  const stats = new Float64Array(settings.resamples);
  for (let r = 0; r < settings.resamples; r++) stats[r] = resampledMean(high, drawn.high) - resampledMean(low, drawn.low);
  return percentiles(stats, settings.alpha);
}

/** Effect over the pooled sample standard deviation (Cohen's d); Infinity when neither side varies. */
function standardised(high: readonly number[], low: readonly number[]): number {
  const ss = (v: readonly number[]): number => {
    const m = mean(v);
    return v.reduce((s, x) => s + (x - m) ** 2, 0);
  };
  const sd = Math.sqrt((ss(high) + ss(low)) / (high.length + low.length - 2));
  const effect = mean(high) - mean(low);
  return sd > 0 ? effect / sd : effect > 0 ? Infinity : 0;
}

const same = (a: readonly number[], b: readonly number[]): boolean => [...a, ...b].every((v) => v === a[0]);

/**
 * One comparison made: a measure, two outlets with their values, and its p before and after Holm
 * (staged, holmStaged: exact for the claimed ones; for one that cannot be claimed either way it may
 * be the first stage's, which only bounds it).
 */
export interface TestedPair {
  measure: MeasureSamples;
  a: [string, readonly number[]];
  b: [string, readonly number[]];
  key: string;
  p: number;
  pAdjusted: number;
  /** Unlikely to be chance: pAdjusted < alpha. */
  claimed: boolean;
}

/** The `max` outlets with the most articles on any measure (ties by name): the ones tested. */
function largestOutlets(measures: readonly MeasureSamples[], max: number): Set<string> {
  const size = new Map<string, number>();
  for (const m of measures) for (const [name, values] of m.values) size.set(name, Math.max(size.get(name) ?? 0, values.length));
  return new Set(
    [...size]
      .sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]))
      .slice(0, max)
      .map(([name]) => name),
  );
}

/**
 * Every two outlets on every measure (outlets in each measure's order), tested, and corrected by
 * Holm over all the comparisons made; pairs too small to test are only counted (`test.untested`),
 * and pairs whose articles all have the same value are no comparison.
 */
export function testComparisons(measures: readonly MeasureSamples[], settings: UncertaintySettings): { comparisons: TestedPair[]; test: DifferenceTest } {
  const planned: Array<Pick<TestedPair, 'measure' | 'a' | 'b' | 'key'>> = [];
  let untested = 0;
  const tested = largestOutlets(measures, settings.maxOutlets);
  for (const measure of measures) {
    const outlets = [...measure.values].filter(([name]) => tested.has(name));
    outlets.forEach((a, i) => {
      for (const b of outlets.slice(i + 1)) {
        // Every article alike (a frame neither outlet uses): no relabelling could differ, so it is no
        // comparison. Decided on the pooled values alone, blind to which outlet each came from.
        if (same(a[1], b[1])) continue;
        if (testable(a[1].length, b[1].length, settings)) planned.push({ measure, a, b, key: `${measure.measure}\0${a[0]}\0${b[0]}` });
        else untested++;
      }
    });
  }
  const budget = permutationBudget(planned.length, settings);
  const testOne = (i: number, draws: number): StagedP => {
    const c = planned[i]!;
    return permutationTest(c.a[1], c.b[1], budget, settings, c.key, draws);
  };
  const { p, adjusted } = holmStaged(planned.length, testOne, budget, settings);
  return {
    comparisons: planned.map((c, i) => ({ ...c, p: p[i]!, pAdjusted: adjusted[i]!, claimed: adjusted[i]! < settings.alpha })),
    test: {
      method: method(settings, tested.size < new Set(measures.flatMap((m) => [...m.values.keys()])).size),
      comparisons: planned.length,
      untested,
      alpha: settings.alpha,
      seed: settings.seed,
      resamples: budget,
    },
  };
}

/** The claimed differences, each with its effect and interval, largest standardised effect first. */
export function testDifferences(measures: readonly MeasureSamples[], settings: UncertaintySettings): { differences: Difference[]; test: DifferenceTest } {
  const { comparisons, test } = testComparisons(measures, settings);
  const kept = comparisons
    .filter((c) => c.claimed)
    .map((c) => {
      const [high, low] = mean(c.a[1]) >= mean(c.b[1]) ? [c.a, c.b] : [c.b, c.a];
      const interval = differenceInterval(high[1], low[1], settings, `${c.key}\0effect`);
      const difference: Difference = {
        measure: c.measure.measure,
        label: c.measure.label,
        higher: high[0],
        lower: low[0],
        effect: round(mean(high[1]) - mean(low[1])),
        low: round(interval.low),
        high: round(interval.high),
        p: roundP(c.p),
        pAdjusted: roundP(c.pAdjusted),
        n: { higher: high[1].length, lower: low[1].length },
      };
      return { difference, d: standardised(high[1], low[1]), pAdjusted: c.pAdjusted };
    });
  kept.sort(
    (x, y) =>
      (x.d === y.d ? 0 : y.d - x.d) ||
      x.pAdjusted - y.pAdjusted ||
      compareNames(x.difference.measure, y.difference.measure) ||
      compareNames(x.difference.higher, y.difference.higher) ||
      compareNames(x.difference.lower, y.difference.lower),
  );
  return { differences: kept.map((k) => k.difference), test };
}
