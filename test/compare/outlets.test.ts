import test from 'ava';
import { groupByOutlet } from '../../src/compare/outlets.ts';
import { article, counts } from './build.ts';

test('groups by outlet name: outlets by name, articles by id, words summed', (t) => {
  const groups = groupByOutlet([
    { article: article('b.txt', 'USA TODAY'), words: counts('wall border') },
    { article: article('c.txt', 'DW'), words: counts('aid') },
    { article: article('a.txt', 'USA TODAY'), words: counts('wall') },
    { article: article('d.txt', 'unknown (d.txt)'), words: counts('wall') },
  ]);
  t.deepEqual(
    groups.map((g) => g.name),
    ['DW', 'unknown (d.txt)', 'USA TODAY'],
  );
  t.deepEqual(
    groups[2]!.articles.map((a) => a.id),
    ['a.txt', 'b.txt'],
  );
  t.deepEqual(
    [...groups[2]!.words],
    [
      ['wall', 2],
      ['border', 1],
    ],
  );
  t.deepEqual(
    groups.map((g) => g.known),
    [true, false, true],
  );
});

test('keeps the known flag of the first article seen', (t) => {
  const odd = article('b.txt', 'Reuters');
  odd.outlet.known = false;
  const groups = groupByOutlet([
    { article: article('a.txt', 'Reuters'), words: new Map() },
    { article: odd, words: new Map() },
  ]);
  t.true(groups[0]!.known);
});

test('no input, no outlets', (t) => {
  t.deepEqual(groupByOutlet([]), []);
});
