// How far apart the outlets are on their policy frames: every pair while the outlets are few
// (data/pairs.json), and past that only the pairs the report lists, the closest and the farthest,
// found through a vantage-point tree (Yianilos, 'Data structures and algorithms for nearest neighbor
// search in general metric spaces', SODA 1993) instead of from every pair.
import { normalise, normalisedDistance } from './distance.ts';
import { round } from '../round.ts';
import type { Comparison, FrameInfo, OutletComparison, PairDistance } from '../types.ts';
import type { PairSettings } from '../settings/settings-schema.ts';

type Profile = number[] | null;

/** Two outlets by their place in the comparison order (i < j), with their rounded distance. */
interface Pair {
  i: number;
  j: number;
  distance: number;
}

/** Far above the float error of a distance (about 1e-7 near 0, from the square root), far below its rounding. */
const TOLERANCE = 1e-6;

/**
 * Bounds on the distance from the L1 distance, which costs no logarithm: Pinsker's inequality on
 * both halves of the divergence gives JSD ≥ L1² / (8 ln 2), and 1 − h(t) ≤ |2t − 1| term by term
 * gives JSD ≤ L1 / 2 (base 2), so L1 / sqrt(8 ln 2) ≤ distance ≤ sqrt(L1 / 2).
 */
function l1Bounds(p: readonly number[], q: readonly number[]): { lower: number; upper: number } {
  let l1 = 0;
  for (let k = 0; k < p.length; k++) l1 += Math.abs(p[k]! - q[k]!);
  return { lower: l1 / Math.sqrt(8 * Math.LN2), upper: Math.sqrt(l1 / 2) };
}

/**
 * The best pairs found so far under one order: the rounded distance, ascending (`sign` 1, the closest)
 * or descending (-1, the farthest), then the pair order, as comparePairs picks the most alike and most
 * different of tied pairs.
 */
class Extremes {
  readonly best: Pair[] = [];

  constructor(
    private readonly sign: 1 | -1,
    private readonly size: number,
  ) {}

  private before(p: Pair, q: Pair): boolean {
    return this.sign * (p.distance - q.distance) < 0 || (p.distance === q.distance && (p.i < q.i || (p.i === q.i && p.j < q.j)));
  }

  offer(p: Pair): void {
    const last = this.best.at(-1);
    if (this.best.length === this.size && !this.before(p, last!)) return;
    let at = this.best.length;
    while (at > 0 && this.before(p, this.best[at - 1]!)) at--;
    this.best.splice(at, 0, p);
    if (this.best.length > this.size) this.best.pop();
  }

  /**
   * Whether a pair (i, j) with a rounded distance at best `bound` could still be kept. Queries come
   * in outlet order, so every kept pair starts at i or before, and wins a tie unless it starts at i.
   */
  open(bound: number, i: number): boolean {
    const last = this.best.at(-1);
    if (!last || this.best.length < this.size) return true;
    const d = this.sign * (bound - last.distance);
    return d < 0 || (d === 0 && last.i === i);
  }
}

/** A subtree: its points' distances to the parent's vantage point lie in [lo, hi]. */
interface Child {
  node: VpNode;
  lo: number;
  hi: number;
}

type VpNode = { points: number[] } | { vantage: number; near: Child; far: Child };

// Points a leaf holds. Past a few dozen outlets with varied profiles the tree seldom prunes a small
// subtree, whose vantage distance costs 30 logarithms, while a leaf's points are first sifted by
// their L1 bounds; 32 was the fastest of 8, 32 and 64 on 1,000 to 5,000 outlets.
const LEAF = 32;

/** Splits the points around the first one: the nearer half, the farther half. */
function build(points: number[], distance: (i: number, j: number) => number): VpNode {
  if (points.length <= LEAF) return { points };
  const [vantage, ...rest] = points as [number, ...number[]];
  const around = rest.map((p) => ({ p, d: distance(vantage, p) })).sort((x, y) => x.d - y.d || x.p - y.p);
  const child = (part: typeof around): Child => ({
    node: build(
      part.map((x) => x.p),
      distance,
    ),
    lo: part[0]!.d,
    hi: part.at(-1)!.d,
  });
  const half = Math.ceil(around.length / 2);
  return { vantage, near: child(around.slice(0, half)), far: child(around.slice(half)) };
}

/**
 * The `size` closest and farthest pairs. Each outlet in turn looks for partners after it; a subtree
 * is skipped when the triangle inequality (the distance is a metric) shows that none of its points
 * can make a pair that either list would keep.
 */
function extremePairs(profiles: readonly Profile[], size: number): { closest: Pair[]; farthest: Pair[] } {
  const distance = (i: number, j: number): number => normalisedDistance(profiles[i]!, profiles[j]!);
  const closest = new Extremes(1, size);
  const farthest = new Extremes(-1, size);
  const offer = (p: Pair): void => {
    closest.offer(p);
    farthest.offer(p);
  };
  // Whether the pairs of i with distances in [lower, upper] could be kept by either list.
  const open = (i: number, lower: number, upper: number): boolean => closest.open(round(Math.max(0, lower - TOLERANCE)), i) || farthest.open(round(Math.min(1, upper + TOLERANCE)), i);
  const visit = (node: VpNode, i: number): void => {
    if ('points' in node) {
      for (const j of node.points) {
        if (j <= i) continue;
        const [p, q] = [profiles[i]!, profiles[j]!];
        const bounds = p && q ? l1Bounds(p, q) : null;
        if (!bounds || open(i, bounds.lower, bounds.upper)) offer({ i, j, distance: round(distance(i, j)) });
      }
      return;
    }
    const toVantage = distance(i, node.vantage);
    if (node.vantage > i) offer({ i, j: node.vantage, distance: round(toVantage) });
    for (const { node: sub, lo, hi } of [node.near, node.far]) {
      if (open(i, Math.max(lo - toVantage, toVantage - hi), toVantage + hi)) visit(sub, i);
    }
  };
  const root = build(
    profiles.map((_, i) => i),
    distance,
  );
  for (let i = 0; i < profiles.length - 1; i++) visit(root, i);
  return { closest: closest.best, farthest: farthest.best };
}

/**
 * Distances between outlets (in the given order) on their policy frames only: the policy frames are
 * one scheme whose shares sum to 1, and the generic frames a second, overlapping reading of the same
 * text that would blur it. Ties for most alike / most different go to the earliest pair. Up to
 * `allPairs.maxOutlets` outlets every pair is listed; past that, only the `extremes.listed` closest
 * and farthest (ties again to the earliest), in pair order.
 */
export function comparePairs(outlets: OutletComparison[], frames: FrameInfo[], config: PairSettings): Pick<Comparison, 'pairs' | 'mostAlike' | 'mostDifferent'> {
  const policyIds = frames.filter((f) => f.family === 'policy').map((f) => f.id);
  const profiles = outlets.map((o) => normalise(o.profile, policyIds));
  const named = ({ i, j, distance }: Pair): PairDistance => ({ a: outlets[i]!.name, b: outlets[j]!.name, distance });
  if (outlets.length > config.allPairs.maxOutlets) {
    const { closest, farthest } = extremePairs(profiles, config.extremes.listed);
    const kept = new Map([...closest, ...farthest].map((p) => [p.i * outlets.length + p.j, p]));
    const pairs = [...kept].sort(([x], [y]) => x - y).map(([, p]) => named(p));
    const first = (list: Pair[]): PairDistance | null => (list[0] ? named(list[0]) : null);
    return { pairs, mostAlike: first(closest), mostDifferent: first(farthest) };
  }
  const pairs: PairDistance[] = [];
  profiles.forEach((p, i) => {
    for (let j = i + 1; j < profiles.length; j++) pairs.push(named({ i, j, distance: round(normalisedDistance(p, profiles[j]!)) }));
  });
  let mostAlike: PairDistance | null = null;
  let mostDifferent: PairDistance | null = null;
  for (const p of pairs) {
    if (!mostAlike || p.distance < mostAlike.distance) mostAlike = p;
    if (!mostDifferent || p.distance > mostDifferent.distance) mostDifferent = p;
  }
  return { pairs, mostAlike, mostDifferent };
}
