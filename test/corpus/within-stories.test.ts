import test from 'ava';
import { sharedStories, testableWithin, withinStoriesEffect, withinStoriesP } from '../../src/corpus/within-stories.ts';
import { UNCERTAINTY } from '../helpers/settings.ts';
import { seededRandom } from '../../src/learn/random.ts';

type Strata = Parameters<typeof withinStoriesP>[0];
const compareWithinStories = (strata: Strata, budget: number, settings: typeof UNCERTAINTY, key: string) => ({
  ...withinStoriesEffect(strata, settings, key),
  p: withinStoriesP(strata, budget, settings, key).p,
});

const by = (entries: Array<[string, number[]]>) => new Map(entries);

test('only stories both outlets covered are compared', (t) => {
  const strata = sharedStories(
    by([
      ['s1', [1]],
      ['s2', [0, 1]],
      ['s3', [1]],
    ]),
    by([
      ['s2', [0]],
      ['s3', [0, 0]],
      ['s4', [1]],
    ]),
  );
  t.deepEqual(strata, [
    { a: [0, 1], b: [0] },
    { a: [1], b: [0, 0] },
  ]);
});

test('the effect is the mean of per-story differences, weighted by ka·kb/(ka + kb)', (t) => {
  // Story 1: 1 − 0 = 1 with weight 2·2/4 = 1; story 2: 0.5 − 0 = 0.5 with weight 1·1/2 = 0.5.
  const r = compareWithinStories(
    [
      { a: [1, 1], b: [0, 0] },
      { a: [0.5], b: [0] },
    ],
    2000,
    UNCERTAINTY,
    'k',
  );
  t.is(r.effect, 0.8333);
  t.is(r.stories, 2);
  t.deepEqual(r.articles, { a: 3, b: 3 });
});

test('an outlet that covered only grim stories is not more negative: the difference is within stories', (t) => {
  // A covers grim stories (everyone negative there), B cheerful ones; where both covered a story, they agree.
  const a = by([
    ['grim1', [-0.5, -0.6]],
    ['grim2', [-0.55, -0.5]],
    ['both1', [0.1, 0]],
    ['both2', [0.2, 0.1]],
    ['both3', [0, -0.1]],
  ]);
  const b = by([
    ['joy1', [0.5, 0.6]],
    ['joy2', [0.6, 0.55]],
    ['both1', [0, 0.1]],
    ['both2', [0.1, 0.2]],
    ['both3', [-0.1, 0]],
  ]);
  const r = compareWithinStories(sharedStories(a, b), 2000, UNCERTAINTY, 'grim');
  t.is(r.stories, 3);
  t.is(r.effect, 0);
  t.true(r.p > 0.5, `p ${r.p}`);
});

test('a consistent difference within the shared stories is found, with an interval away from zero', (t) => {
  const strata = Array.from({ length: 8 }, (_, s) => ({ a: [0.3 + s * 0.02, 0.35, 0.32], b: [-0.1, -0.12, -0.08 + (s % 3) * 0.05] }));
  const r = compareWithinStories(strata, 2000, UNCERTAINTY, 'clear');
  t.true(r.p < 0.001, `p ${r.p}`);
  t.true(r.low > 0 && r.high > r.low);
});

test('relabellings within stories keep p valid: random outlets rarely differ at 5%', (t) => {
  const random = seededRandom(7);
  let claimed = 0;
  const runs = 200;
  for (let k = 0; k < runs; k++) {
    // Stories differ a lot from one another; within a story the outlets do not differ.
    const strata = Array.from({ length: 5 }, () => {
      const level = random() * 2 - 1;
      const draw = (n: number) => Array.from({ length: n }, () => level + (random() - 0.5) * 0.4);
      return { a: draw(2), b: draw(3) };
    });
    if (compareWithinStories(strata, 2000, UNCERTAINTY, `null${k}`).p < 0.05) claimed++;
  }
  t.true(claimed / runs <= 0.08, `${claimed} of ${runs}`);
});

test('from 30 articles a side p is read from the normal approximation, and agrees with relabelling', (t) => {
  const random = seededRandom(3);
  const strata = Array.from({ length: 10 }, () => ({ a: [random(), random(), random()], b: [random() + 0.15, random() + 0.15, random() + 0.15, random()] }));
  const normal = compareWithinStories(strata, 2000, UNCERTAINTY, 'n').p;
  const relabelled = compareWithinStories(strata, 20000, { ...UNCERTAINTY, normalFrom: 1000, stopAfter: 100000 }, 'n').p;
  t.true(Math.abs(normal - relabelled) < 0.02, `normal ${normal}, relabelled ${relabelled}`);
});

test('a comparison too small for any p below alpha is not made', (t) => {
  t.false(testableWithin([{ a: [1], b: [0] }], UNCERTAINTY), 'one article a side');
  t.false(testableWithin([{ a: [1, 1], b: [0, 0] }], UNCERTAINTY), 'six relabellings, mirrored');
  t.false(
    testableWithin(
      [
        { a: [1, 1], b: [0, 0] },
        { a: [1, 1], b: [0, 0] },
      ],
      UNCERTAINTY,
    ),
    '36 relabellings, mirrored: p ≥ 2/36',
  );
  t.true(
    testableWithin(
      [
        { a: [1, 1], b: [0, 0] },
        { a: [1, 1], b: [0, 0] },
        { a: [1], b: [0, 0] },
      ],
      UNCERTAINTY,
    ),
  );
});

test('the same comparison gives the same figures', (t) => {
  const strata = [
    { a: [0.1, 0.4, 0.2], b: [0, -0.2] },
    { a: [0.3], b: [0.1, 0] },
  ];
  t.deepEqual(compareWithinStories(strata, 2000, UNCERTAINTY, 'same'), compareWithinStories(strata, 2000, UNCERTAINTY, 'same'));
});

/** Every relabelling within every story, enumerated: the p the tests approximate. */
function bruteP(strata: Array<{ a: number[]; b: number[] }>): number {
  const stat = (parts: number[][]): number =>
    parts.reduce((t, side, i) => t + side.reduce((x, y) => x + y, 0) - side.length * (strata[i]!.a.concat(strata[i]!.b).reduce((x, y) => x + y, 0) / (strata[i]!.a.length + strata[i]!.b.length)), 0);
  const subsets = (pool: number[], k: number): number[][] => (k === 0 ? [[]] : pool.length < k ? [] : [...subsets(pool.slice(1), k - 1).map((s) => [pool[0]!, ...s]), ...subsets(pool.slice(1), k)]);
  const observed = Math.abs(stat(strata.map((s) => s.a)));
  let all = 0;
  let extreme = 0;
  const walk = (i: number, chosen: number[][]): void => {
    if (i === strata.length) {
      all++;
      if (Math.abs(stat(chosen)) >= observed - 1e-9) extreme++;
      return;
    }
    for (const side of subsets([...strata[i]!.a, ...strata[i]!.b], strata[i]!.a.length)) walk(i + 1, [...chosen, side]);
  };
  walk(0, []);
  return extreme / all;
}

test('presence (0 or 1) across several stories: p is exact, as every relabelling enumerated gives it', (t) => {
  const strata = [
    { a: [1, 1, 0], b: [0, 0] },
    { a: [1, 1], b: [0, 1, 0] },
    { a: [1], b: [0, 0, 0] },
  ];
  t.is(compareWithinStories(strata, 2000, UNCERTAINTY, 'exact').p.toFixed(10), bruteP(strata).toFixed(10));
});
