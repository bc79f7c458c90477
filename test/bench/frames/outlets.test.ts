import test from 'ava';
import { outletGroups, outletRanking } from '../../../bench/frames/outlets.ts';
import { outletKey } from '../../../src/clean/outlet-names.ts';

test('outlet names spelt two ways are one outlet', (t) => {
  t.is(outletKey('The Huffington Post'), outletKey('thehuffingtonpost'));
  t.is(outletKey('Drudge Report'), 'drudgereport');
  const groups = outletGroups(['The Guardian', 'theguardian', 'BBC', 'bbc', 'rt'], 2);
  t.deepEqual(
    [...groups],
    [
      ['bbc', [2, 3]],
      ['guardian', [0, 1]],
    ],
  );
});

test('outlet ranking: Spearman per frame between human and scored shares, then the mean', (t) => {
  const groups = new Map([
    ['a', [0, 1]],
    ['b', [2, 3]],
    ['c', [4, 5]],
  ]);
  const human = [true, true, true, false, false, false];
  const same = outletRanking(
    groups,
    ['f'],
    (i) => human[i]!,
    (i) => (human[i] ? 1 : 0),
  );
  t.is(same.mean, 1);
  const reversed = outletRanking(
    groups,
    ['f'],
    (i) => human[i]!,
    (i) => (human[i] ? 0 : 1),
  );
  t.is(reversed.perFrame.f, -1);
});
