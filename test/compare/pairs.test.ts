import test from 'ava';
import { comparePairs } from '../../src/compare/pairs.ts';
import { frames } from './build.ts';
import type { OutletComparison } from '../../src/types.ts';
import { emptyOutlet } from '../helpers/empty-parts.ts';

const outlet = (name: string, profile: Record<string, number>): OutletComparison => emptyOutlet(name, { articles: [], profile });

test('every pair in outlet order, on policy frames only', (t) => {
  const outlets = [
    outlet('A', { security: 1, political: 0, capacity: 0, conflict: 1, human: 0 }),
    outlet('B', { security: 1, political: 0, capacity: 0, conflict: 0, human: 1 }),
    outlet('C', { security: 0, political: 0.5, capacity: 0.5, conflict: 1, human: 0 }),
  ];
  const { pairs, mostAlike, mostDifferent } = comparePairs(outlets, frames);
  t.deepEqual(pairs, [
    { a: 'A', b: 'B', distance: 0 }, // generic frames differ, policy frames do not
    { a: 'A', b: 'C', distance: 1 },
    { a: 'B', b: 'C', distance: 1 },
  ]);
  t.deepEqual(mostAlike, { a: 'A', b: 'B', distance: 0 });
  t.deepEqual(mostDifferent, { a: 'A', b: 'C', distance: 1 }); // tie: the earlier pair
});

test('distances rounded to 4 decimals', (t) => {
  const { pairs } = comparePairs([outlet('A', { security: 1 }), outlet('B', { security: 0.5, political: 0.5 })], frames);
  t.is(pairs[0]!.distance, 0.5579); // sqrt(0.311278)
});

test('fewer than two outlets: no pairs', (t) => {
  t.deepEqual(comparePairs([outlet('A', { security: 1 })], frames), { pairs: [], mostAlike: null, mostDifferent: null });
  t.deepEqual(comparePairs([], frames), { pairs: [], mostAlike: null, mostDifferent: null });
});
