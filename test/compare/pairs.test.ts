import test from 'ava';
import { comparePairs } from '../../src/compare/pairs.ts';
import { frames } from './build.ts';
import type { OutletComparison } from '../../src/types.ts';
import { emptyOutlet } from '../helpers/empty-parts.ts';
import { jensenShannonDistance as js } from '../../src/compare/distance.ts';
import { seededRandom } from '../../src/learn/random.ts';
import { round } from '../../src/round.ts';
import { SETTINGS } from '../helpers/settings.ts';

const outlet = (name: string, profile: Record<string, number>): OutletComparison => emptyOutlet(name, { articles: [], profile });

test('every pair in outlet order, on policy frames only', (t) => {
  const outlets = [
    outlet('A', { security: 1, political: 0, capacity: 0, conflict: 1, human: 0 }),
    outlet('B', { security: 1, political: 0, capacity: 0, conflict: 0, human: 1 }),
    outlet('C', { security: 0, political: 0.5, capacity: 0.5, conflict: 1, human: 0 }),
  ];
  const { pairs, mostAlike, mostDifferent } = comparePairs(outlets, frames, SETTINGS.pairs);
  t.deepEqual(pairs, [
    { a: 'A', b: 'B', distance: 0 }, // generic frames differ, policy frames do not
    { a: 'A', b: 'C', distance: 1 },
    { a: 'B', b: 'C', distance: 1 },
  ]);
  t.deepEqual(mostAlike, { a: 'A', b: 'B', distance: 0 });
  t.deepEqual(mostDifferent, { a: 'A', b: 'C', distance: 1 }); // tie: the earlier pair
});

test('distances rounded to 4 decimals', (t) => {
  const { pairs } = comparePairs([outlet('A', { security: 1 }), outlet('B', { security: 0.5, political: 0.5 })], frames, SETTINGS.pairs);
  t.is(pairs[0]!.distance, 0.5579); // sqrt(0.311278)
});

test('fewer than two outlets: no pairs', (t) => {
  t.deepEqual(comparePairs([outlet('A', { security: 1 })], frames, SETTINGS.pairs), { pairs: [], mostAlike: null, mostDifferent: null });
  t.deepEqual(comparePairs([], frames, SETTINGS.pairs), { pairs: [], mostAlike: null, mostDifferent: null });
});

// Past allPairs.maxOutlets: the pairs every pair would give as the closest and farthest, found by
// brute force here over the same distances.
const many = SETTINGS.pairs.allPairs.maxOutlets + 40;
const listed = SETTINGS.pairs.extremes.listed;

function bruteForce(outlets: OutletComparison[]) {
  const policy = (o: OutletComparison): Record<string, number> => ({ security: o.profile.security ?? 0, political: o.profile.political ?? 0, capacity: o.profile.capacity ?? 0 });
  const all = outlets.flatMap((a, i) => outlets.slice(i + 1).map((b) => ({ a: a.name, b: b.name, distance: round(js(policy(a), policy(b))) })));
  // Stable sorts: ties stay in pair order.
  const closest = [...all].sort((x, y) => x.distance - y.distance).slice(0, listed);
  const farthest = [...all].sort((x, y) => y.distance - x.distance).slice(0, listed);
  return { pairs: all.filter((p) => closest.includes(p) || farthest.includes(p)), mostAlike: closest[0]!, mostDifferent: farthest[0]! };
}

const profiles = {
  // Profiles of every kind, drawn once each: many alike at 0 and many apart at 1, which pair order decides.
  mixed: (rand: () => number): Record<string, number> => {
    const kind = Math.floor(rand() * 5);
    if (kind === 0) return {};
    if (kind === 1) return { security: 1 };
    if (kind === 2) return { political: 0.5, capacity: 0.5 };
    return { security: round(rand()), political: round(rand() * rand()), capacity: kind === 3 ? 0 : round(rand()) };
  },
  // No two alike and none disjoint: the extremes are single pairs, found through the tree's bounds.
  distinct: (rand: () => number): Record<string, number> => ({ security: round(0.01 + rand()), political: round(0.01 + rand()), capacity: round(0.01 + rand()) }),
};

for (const [kind, draw] of Object.entries(profiles)) {
  test(`past ${SETTINGS.pairs.allPairs.maxOutlets} outlets, only the ${listed} closest and farthest pairs, as every pair would give them (${kind} profiles)`, (t) => {
    const rand = seededRandom(3);
    const outlets = Array.from({ length: many }, (_, i) => outlet(`o${String(i).padStart(3, '0')}`, draw(rand)));
    t.deepEqual(comparePairs(outlets, frames, SETTINGS.pairs), bruteForce(outlets));
  });
}

test(`up to ${SETTINGS.pairs.allPairs.maxOutlets} outlets, every pair`, (t) => {
  const rand = seededRandom(5);
  const outlets = Array.from({ length: SETTINGS.pairs.allPairs.maxOutlets }, (_, i) => outlet(`o${i}`, profiles.mixed(rand)));
  t.is(comparePairs(outlets, frames, SETTINGS.pairs).pairs.length, (outlets.length * (outlets.length - 1)) / 2);
});
