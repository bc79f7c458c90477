import test from 'ava';
import { table } from '../../bench/extract/table.ts';

test('table: a goal column named in the header, and left unnamed for a table without goals', (t) => {
  const rows: Parameters<typeof table>[1] = ['Section', ['auc', ['0.800'], '>= 0.85']];
  const withGoal = table(['framelens'], rows).split('\n');
  t.regex(withGoal[0]!, /framelens {3}goal$/);
  t.is(withGoal[1], 'Section');
  t.regex(withGoal[2]!, /^ {2}auc +0\.800 {3}>= 0\.85$/);
  t.regex(table(['framelens'], [['auc', ['0.800']]], '').split('\n')[0]!, /framelens$/);
});
