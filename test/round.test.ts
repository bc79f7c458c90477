import test from 'ava';
import { round } from '../src/round.ts';

test('rounds to 4 decimals by default, never to -0', (t) => {
  t.is(round(0.123456), 0.1235);
  t.is(round(2.5, 0), 3);
  t.true(Object.is(round(-0.00001), 0));
});
