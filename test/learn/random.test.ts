import test from 'ava';
import { randomIndex, seededIndices, seededRandom, shuffled } from '../../src/learn/random.ts';

test('the same seed gives the same numbers, in [0, 1); another seed others', (t) => {
  const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
  t.deepEqual(take(7), take(7));
  t.notDeepEqual(take(7), take(8));
  for (const x of take(1)) t.true(x >= 0 && x < 1);
});

test('shuffled keeps every item, leaves its input alone, and follows the seed', (t) => {
  const items = [1, 2, 3, 4, 5, 6, 7, 8];
  const a = shuffled(items, seededRandom(3));
  t.deepEqual(
    [...a].sort((x, y) => x - y),
    items,
  );
  t.deepEqual(items, [1, 2, 3, 4, 5, 6, 7, 8]);
  t.deepEqual(shuffled(items, seededRandom(3)), a);
  const r = seededRandom(9);
  for (let i = 0; i < 100; i++) {
    const k = randomIndex(r, 4);
    t.true(Number.isInteger(k) && k >= 0 && k < 4);
  }
});

test('seededIndices draws the stream randomIndex reads from seededRandom, a block at a time', (t) => {
  const random = seededRandom(11);
  const draw = seededIndices(11);
  for (const [size, n] of [
    [7, 7],
    [3, 40],
    [12, 2],
  ] as const) {
    const block = new Int32Array(size);
    draw(block, n);
    t.deepEqual(
      [...block],
      Array.from({ length: size }, () => randomIndex(random, n)),
    );
  }
});
