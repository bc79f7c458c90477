import test from 'ava';
import { compareNames } from '../../src/text/compare-names.ts';

test('case-insensitive first, then by code point', (t) => {
  const names = ['dw', 'USA TODAY', 'DW', 'The Western Journal', 'abc News', 'ABC News'];
  t.deepEqual([...names].sort(compareNames), ['ABC News', 'abc News', 'DW', 'dw', 'The Western Journal', 'USA TODAY']);
});

test('code points, not UTF-16 units: astral characters sort after the BMP', (t) => {
  t.true(compareNames('\u{1F600}', '\uFF21') > 0);
  t.true(compareNames('a', 'ab') < 0);
  t.is(compareNames('x', 'x'), 0);
});
