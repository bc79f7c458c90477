import { jensenShannonDistance } from './distance.ts';
import { round } from '../round.ts';
import type { Comparison, FrameInfo, OutletComparison, PairDistance } from '../types.ts';

/**
 * Distance between every two outlets (in the given order) on their policy frames only: the policy
 * frames are one scheme whose shares sum to 1, and the generic frames a second, overlapping reading
 * of the same text that would blur it. Ties for most alike / most different go to the earliest pair.
 */
export function comparePairs(
  outlets: OutletComparison[],
  frames: FrameInfo[],
): Pick<Comparison, 'pairs' | 'mostAlike' | 'mostDifferent'> {
  const policyIds = frames.filter((f) => f.family === 'policy').map((f) => f.id);
  const policyPart = (o: OutletComparison): Record<string, number> =>
    Object.fromEntries(policyIds.map((id) => [id, o.profile[id] ?? 0]));
  const pairs: PairDistance[] = [];
  outlets.forEach((a, i) => {
    for (const b of outlets.slice(i + 1)) {
      pairs.push({ a: a.name, b: b.name, distance: round(jensenShannonDistance(policyPart(a), policyPart(b))) });
    }
  });
  let mostAlike: PairDistance | null = null;
  let mostDifferent: PairDistance | null = null;
  for (const p of pairs) {
    if (!mostAlike || p.distance < mostAlike.distance) mostAlike = p;
    if (!mostDifferent || p.distance > mostDifferent.distance) mostDifferent = p;
  }
  return { pairs, mostAlike, mostDifferent };
}
