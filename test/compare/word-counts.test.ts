import test from 'ava';
import { wordCounts, type WordTable } from '../../src/compare/word-counts.ts';

test('word counts give back their pairs in order, and articles share one copy of each word', (t) => {
  const table: WordTable = new Map();
  const a = [
    ...wordCounts(
      [
        ['moon', 3],
        ['base', 1],
      ],
      table,
    ),
  ];
  const b = [...wordCounts([[['ba', 'se'].join(''), 2]], table)];
  t.deepEqual(a, [
    ['moon', 3],
    ['base', 1],
  ]);
  t.deepEqual(b, [['base', 2]]);
  t.is(table.size, 2);
  t.is(b[0]![0], table.get('base')!, 'the story-wide copy');
});
