import test from 'ava';
import { jensenShannonDistance as js, normalise, normalisedDistance } from '../../src/compare/distance.ts';

test('identical profiles are 0 apart, whatever their scale', (t) => {
  t.is(js({ a: 0.2, b: 0.8 }, { a: 0.2, b: 0.8 }), 0);
  t.true(js({ a: 1, b: 4 }, { a: 0.2, b: 0.8 }) < 1e-7);
});

test('disjoint profiles are 1 apart', (t) => {
  t.is(js({ a: 1, b: 0 }, { a: 0, b: 1 }), 1);
  t.is(js({ a: 0.5 }, { b: 0.5 }), 1);
});

test('all-zero profiles: both → 0, one → 1', (t) => {
  t.is(js({ a: 0, b: 0 }, {}), 0);
  t.is(js({ a: 0 }, { a: 0.3 }), 1);
  t.is(js({ a: 0.3 }, { a: 0, b: 0 }), 1);
});

test('symmetric and within [0, 1]', (t) => {
  let seed = 7;
  const rand = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const keys = ['a', 'b', 'c', 'd'];
  for (let i = 0; i < 200; i++) {
    const p = Object.fromEntries(keys.map((k) => [k, rand() < 0.3 ? 0 : rand()]));
    const q = Object.fromEntries(keys.map((k) => [k, rand() < 0.3 ? 0 : rand()]));
    const d = js(p, q);
    t.true(d >= 0 && d <= 1);
    t.is(d, js(q, p));
  }
});

test('a known value: half overlap', (t) => {
  // m = (0.75, 0.25); KL(p‖m) = log2(4/3), KL(q‖m) = ½·log2(2/3) + ½; JSD is their mean ≈ 0.311278.
  t.is(Math.round(js({ a: 1, b: 0 }, { a: 0.5, b: 0.5 }) ** 2 * 1e6) / 1e6, 0.311278);
});

test('profiles normalised once give the same distance', (t) => {
  const keys = ['a', 'b', 'c'];
  const [p, q] = [
    { a: 2, b: 1 },
    { b: 0.25, c: 0.75 },
  ];
  t.is(normalisedDistance(normalise(p, keys), normalise(q, keys)), js(p, q));
  t.deepEqual(normalise({ a: 0, b: -1 }, keys), null);
  t.is(normalisedDistance(null, normalise(q, keys)), 1);
});
