// Outlets compared across a corpus without letting the stories speak for them: an outlet that
// happened to cover only grim stories is not more negative than one that covered cheerful ones.
// Two outlets are compared only within the stories both covered: the effect is the mean of the
// per-story differences, each story weighted by kA·kB/(kA + kB) (its articles on each side; the
// weight of a difference of two means); the permutation test relabels articles within each story
// only (a stratified test, whose statistic is that same weighted sum); the interval comes from
// resampling the shared stories. Where the two share a single story, its articles are resampled.
import { round } from '../round.ts';
import { randomIndex, seededIndices, seededRandom, seedFor } from '../learn/random.ts';
import { choose, differenceInterval, erfc, hypergeometric, permutationTest, settledP, TIE, type StagedP } from '../compare/differences.ts';
import { percentiles } from '../compare/intervals.ts';
import type { UncertaintySettings } from '../settings/settings-schema.ts';

/** Per story, the values of one outlet's articles on one measure. */
export type ByStory = ReadonlyMap<string, readonly number[]>;

/** One story both outlets covered: the values of each side. */
interface Stratum {
  a: readonly number[];
  b: readonly number[];
}

export interface WithinStories {
  /** Weighted mean of the per-story differences a − b. */
  effect: number;
  low: number;
  high: number;
  stories: number;
  articles: { a: number; b: number };
}

const sum = (v: readonly number[]): number => v.reduce((s, x) => s + x, 0);

/** The stories both sides cover, in the first side's order. */
export function sharedStories(a: ByStory, b: ByStory): Stratum[] {
  const out: Stratum[] = [];
  for (const [story, av] of a) {
    const bv = b.get(story);
    if (bv?.length && av.length) out.push({ a: av, b: bv });
  }
  return out;
}

const weight = (s: Stratum): number => (s.a.length * s.b.length) / (s.a.length + s.b.length);

/** Σ w·(mean a − mean b) / Σ w over the strata drawn (all of them when `drawn` is absent). */
function weightedDifference(strata: readonly Stratum[], drawn?: Int32Array): number {
  let num = 0;
  let den = 0;
  const n = drawn ? drawn.length : strata.length;
  for (let k = 0; k < n; k++) {
    const s = strata[drawn ? drawn[k]! : k]!;
    const w = weight(s);
    num += w * (sum(s.a) / s.a.length - sum(s.b) / s.b.length);
    den += w;
  }
  return den > 0 ? num / den : 0;
}

/**
 * Whether the comparison can be made at all, from the sizes alone (before any value is seen, so
 * leaving it out biases nothing): each side has `minArticles` in the shared stories, and some
 * relabelling within the stories could reach p < alpha.
 */
export function testableWithin(strata: readonly Stratum[], settings: UncertaintySettings): boolean {
  const na = strata.reduce((n, s) => n + s.a.length, 0);
  const nb = strata.reduce((n, s) => n + s.b.length, 0);
  if (Math.min(na, nb) < settings.minArticles) return false;
  const cap = 2 / settings.alpha;
  let ways = 1;
  for (const s of strata) {
    ways *= choose(s.a.length + s.b.length, s.a.length, cap);
    if (ways > cap) break;
  }
  // Where every story has as many articles on each side, a relabelling and its mirror tie.
  const mirrored = strata.every((s) => s.a.length === s.b.length);
  return (mirrored ? 2 : 1) / ways < settings.alpha;
}

/**
 * The exact p where every value is 0 or 1 (a frame present or not): within a story, the count of
 * ones relabelled to the first side is hypergeometric, and the statistic's distribution over the
 * stories is the convolution of those, O(articles²) at worst whatever the number of relabellings.
 */
function presenceP(strata: readonly Stratum[]): number {
  let dist = Float64Array.of(1);
  let observed = 0;
  let expected = 0;
  for (const s of strata) {
    const n = s.a.length + s.b.length;
    const k = s.a.length;
    const ones = sum(s.a) + sum(s.b);
    observed += sum(s.a);
    expected += (k * ones) / n;
    const next = new Float64Array(dist.length + k);
    const probability = hypergeometric(n, ones, k);
    for (let x = Math.max(0, k - (n - ones)); x <= Math.min(k, ones); x++) {
      const px = probability(x);
      for (let t = 0; t < dist.length; t++) next[t + x]! += dist[t]! * px;
    }
    dist = next;
  }
  const away = Math.abs(observed - expected) - 1e-9;
  let p = 0;
  for (let t = 0; t < dist.length; t++) if (Math.abs(t - expected) >= away) p += dist[t]!;
  return Math.min(1, p);
}

/**
 * Two-sided p of the stratified permutation test. One shared story is the story's own test
 * (compare/differences.ts: exact, normal or random as there). Values of 0 and 1 only: exact, by
 * convolution. Otherwise the statistic is Σ_s (sum of a's values in s − ka_s · mean_s), which
 * relabelling within stories leaves with mean 0 and variance Σ_s ka_s·kb_s·SS_s / (n_s·(n_s − 1)):
 * from `normalFrom` articles a side p is read from the normal distribution with that variance,
 * else from random relabellings with Besag–Clifford stopping, `draws` of them at most (the budget,
 * unless the test is staged: compare/differences.ts's holmStaged).
 */
export function withinStoriesP(strata: readonly Stratum[], budget: number, settings: UncertaintySettings, key: string, draws = budget): StagedP {
  if (strata.length === 1) return permutationTest(strata[0]!.a, strata[0]!.b, budget, settings, key, draws);
  if (strata.every((s) => s.a.every((v) => v === 0 || v === 1) && s.b.every((v) => v === 0 || v === 1))) return settledP(presenceP(strata));
  const pools = strata.map((s) => Float64Array.from([...s.a, ...s.b]));
  const ks = strata.map((s) => s.a.length);
  const means = pools.map((p) => p.reduce((t, v) => t + v, 0) / p.length);
  let observed = 0;
  let variance = 0;
  strata.forEach((s, i) => {
    const n = pools[i]!.length;
    observed += sum(s.a) - ks[i]! * means[i]!;
    if (n > 1) {
      const ss = pools[i]!.reduce((t, v) => t + (v - means[i]!) ** 2, 0);
      variance += (ks[i]! * (n - ks[i]!) * ss) / (n * (n - 1));
    }
  });
  if (variance === 0) return settledP(1);
  const na = ks.reduce((t, k) => t + k, 0);
  const nb = pools.reduce((t, p) => t + p.length, 0) - na;
  if (Math.min(na, nb) >= settings.normalFrom) return settledP(Math.min(1, erfc(Math.abs(observed) / Math.sqrt(variance) / Math.SQRT2)));
  const threshold = Math.abs(observed) - TIE;
  const random = seededRandom(seedFor(settings.seed, key));
  let extreme = 0;
  for (let drawn = 1; drawn <= draws; drawn++) {
    let statistic = 0;
    for (let i = 0; i < pools.length; i++) {
      const pool = pools[i]!;
      const k = ks[i]!;
      let s = 0;
      for (let j = 0; j < k; j++) {
        const r = j + randomIndex(random, pool.length - j);
        const v = pool[r]!;
        pool[r] = pool[j]!;
        pool[j] = v;
        s += v;
      }
      statistic += s - k * means[i]!;
    }
    if (Math.abs(statistic) >= threshold && ++extreme === settings.stopAfter) return settledP(extreme / drawn);
  }
  return { p: (extreme + 1) / (draws + 1), settled: draws === budget };
}

/** Percentile interval of the effect: shared stories resampled; one shared story, its articles on each side. */
function effectInterval(strata: readonly Stratum[], settings: UncertaintySettings, key: string): { low: number; high: number } {
  if (strata.length === 1) return differenceInterval(strata[0]!.a, strata[0]!.b, settings, key);
  const draw = seededIndices(seedFor(settings.seed, key));
  const stats = new Float64Array(settings.resamples);
  const drawn = new Int32Array(strata.length);
  for (let r = 0; r < settings.resamples; r++) {
    draw(drawn, strata.length);
    stats[r] = weightedDifference(strata, drawn);
  }
  return percentiles(stats, settings.alpha);
}

/** The effect of two outlets within their shared stories, with its interval; its p is withinStoriesP's. */
export function withinStoriesEffect(strata: readonly Stratum[], settings: UncertaintySettings, key: string): WithinStories {
  const { low, high } = effectInterval(strata, settings, `${key}\0effect`);
  return {
    effect: round(weightedDifference(strata)),
    low: round(low),
    high: round(high),
    stories: strata.length,
    articles: { a: strata.reduce((n, s) => n + s.a.length, 0), b: strata.reduce((n, s) => n + s.b.length, 0) },
  };
}
