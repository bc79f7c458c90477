import test from 'ava';
import { holm, holmStaged, permutationTest, testable, testComparisons, testDifferences, type MeasureSamples } from '../../src/compare/differences.ts';
import { UNCERTAINTY } from '../helpers/settings.ts';
import { seededRandom } from '../../src/learn/random.ts';

/** The p alone of a test run on its whole budget. */
const permutationP = (...args: Parameters<typeof permutationTest>): number => permutationTest(...args).p;

const measure = (name: string, values: Record<string, number[]>): MeasureSamples => ({ measure: name, label: name, values: new Map(Object.entries(values)) });

/** n values around `centre`, spread evenly over ±spread. */
const around = (centre: number, n: number, spread = 0.1): number[] => Array.from({ length: n }, (_, i) => centre + spread * ((2 * i) / (n - 1) - 1));

test('Holm: each p times the hypotheses left, never below an earlier step, at most 1', (t) => {
  // Sorted: 0.005 × 4 = 0.02; 0.01 × 3 = 0.03; 0.03 × 2 = 0.06; 0.04 × 1 = 0.04, raised to 0.06.
  t.deepEqual(
    holm([0.01, 0.04, 0.03, 0.005]).map((p) => Math.round(p * 1e6) / 1e6),
    [0.03, 0.06, 0.06, 0.02],
  );
  t.deepEqual(holm([0.5, 0.9]), [1, 1]);
  t.deepEqual(holm([]), []);
});

test('exact permutation p when the relabellings are few', (t) => {
  // 20 ways to pick 3 of 6; only the observed split and its mirror differ by 3.
  t.is(permutationP([1, 2, 3], [4, 5, 6], 2000, UNCERTAINTY, 'k'), 0.1);
  // Every relabelling ties with identical values.
  t.is(permutationP([1, 1, 1], [1, 1, 1], 2000, UNCERTAINTY, 'k'), 1);
});

/** Every way to pick a's size from the pooled values, counted by brute force. */
function bruteP(a: number[], b: number[]): number {
  const pool = [...a, ...b];
  const gap = (x: number[], y: number[]): number => Math.abs(x.reduce((s, v) => s + v, 0) / x.length - y.reduce((s, v) => s + v, 0) / y.length);
  const observed = gap(a, b);
  let ways = 0;
  let extreme = 0;
  for (let mask = 0; mask < 1 << pool.length; mask++) {
    const x = pool.filter((_, i) => mask & (1 << i));
    if (x.length !== a.length) continue;
    ways++;
    if (
      gap(
        x,
        pool.filter((_, i) => !(mask & (1 << i))),
      ) >=
      observed - 1e-10
    )
      extreme++;
  }
  return extreme / ways;
}

test('exact p matches brute force, for two-level values (a frame present or not) and others', (t) => {
  const random = seededRandom(21);
  for (let r = 0; r < 20; r++) {
    const levels = r % 2 ? [0, 1] : [-0.5, 2];
    const draw = (n: number): number[] => Array.from({ length: n }, () => (r % 4 < 2 ? levels[random() < 0.4 ? 1 : 0]! : Math.round(random() * 10) / 10));
    const a = draw(3 + (r % 5));
    const b = draw(4 + (r % 3));
    t.true(Math.abs(permutationP(a, b, 2000, UNCERTAINTY, 'k') - bruteP(a, b)) < 1e-9, `${a} | ${b}`);
  }
});

test('random relabellings: a clear gap reaches the smallest p, chance stops early', (t) => {
  t.is(permutationP(around(0, 20), around(1, 20), 2000, UNCERTAINTY, 'k'), 1 / 2001);
  const random = seededRandom(3);
  const a = Array.from({ length: 25 }, random);
  const b = Array.from({ length: 25 }, random);
  const p = permutationP(a, b, 2000, UNCERTAINTY, 'k');
  // Stopped after stopAfter exceedances: p = stopAfter / relabellings drawn, a whole number of them.
  t.true(p > 0.05);
  const drawn = UNCERTAINTY.stopAfter / p;
  t.true(Math.abs(drawn - Math.round(drawn)) < 1e-9 && drawn < 2000);
});

test('large sides: the normal approximation agrees with many random relabellings', (t) => {
  const random = seededRandom(8);
  const skewed = (n: number, shift: number): number[] => Array.from({ length: n }, () => random() ** 3 + shift);
  const monteCarlo = { ...UNCERTAINTY, normalFrom: Infinity, stopAfter: Infinity };
  for (const shift of [0, 0.05, 0.1, 0.2]) {
    const a = skewed(40, shift);
    const b = skewed(60, 0);
    const normal = permutationP(a, b, 20000, UNCERTAINTY, 'k');
    const drawn = permutationP(a, b, 20000, monteCarlo, 'k');
    t.true(Math.abs(normal - drawn) < 0.01 + 0.2 * drawn, `shift ${shift}: normal ${normal}, drawn ${drawn}`);
  }
});

test('a test stopped short says so, and the same seed with the full budget draws the same relabellings first', (t) => {
  const [a, b] = [around(0, 15, 0.3), around(1, 15, 0.3)];
  const short = permutationTest(a, b, 20000, UNCERTAINTY, 'k', 500);
  t.false(short.settled);
  t.deepEqual(permutationTest(a, b, 20000, UNCERTAINTY, 'k'), { p: 1 / 20001, settled: true });
  // Chance stops early, within any budget: the same p whatever the budget.
  const chance = permutationTest(around(0, 15, 0.3), around(0.01, 15, 0.3), 20000, UNCERTAINTY, 'c', 500);
  t.true(chance.settled);
  t.is(chance.p, permutationP(around(0, 15, 0.3), around(0.01, 15, 0.3), 20000, UNCERTAINTY, 'c'));
});

test('staged Holm claims what the full test claims, with the same p and adjusted p', (t) => {
  const random = seededRandom(11);
  // Many comparisons of chance, a few clear gaps that random relabellings cannot settle on a small budget.
  const pairs = Array.from({ length: 400 }, (_, i) => {
    const gap = i % 50 === 0 ? 1 : 0;
    const side = (centre: number) => Array.from({ length: 12 }, () => centre + random() * 0.3);
    return [side(0), side(gap)] as const;
  });
  const budget = 100000;
  const test = (i: number, draws: number) => permutationTest(pairs[i]![0], pairs[i]![1], budget, UNCERTAINTY, `s${i}`, draws);
  const staged = holmStaged(pairs.length, test, budget, UNCERTAINTY);
  const fullP = pairs.map((_, i) => test(i, budget).p);
  const full = holm(fullP);
  const claimed = (adjusted: number[]) => adjusted.flatMap((q, i) => (q < UNCERTAINTY.alpha ? [i] : []));
  t.deepEqual(claimed(staged.adjusted), claimed(full));
  for (const i of claimed(full)) {
    t.is(staged.p[i], fullP[i]);
    t.is(staged.adjusted[i], full[i]);
  }
});

test('which pairs can be tested: two articles a side, and some relabelling below alpha', (t) => {
  t.false(testable(1, 20, UNCERTAINTY));
  t.false(testable(2, 2, UNCERTAINTY)); // 6 relabellings
  t.false(testable(3, 3, UNCERTAINTY)); // 20, mirrored: smallest p 0.1
  t.true(testable(3, 4, UNCERTAINTY)); // 35: 0.029
  t.true(testable(4, 4, UNCERTAINTY)); // 70, mirrored: 0.029
  t.true(testable(2, 8, UNCERTAINTY)); // 45: 0.022
});

test('a planted difference is found, with its effect, interval and n', (t) => {
  const { differences, test: run } = testDifferences(
    [measure('sentiment', { DW: around(0.02, 12, 0.01), 'Fox News': around(-0.03, 10, 0.01) }), measure('quotedShare', { DW: around(0.2, 12), 'Fox News': around(0.2, 10) })],
    UNCERTAINTY,
  );
  t.is(run.comparisons, 2);
  t.is(run.untested, 0);
  t.is(differences.length, 1);
  const [d] = differences;
  t.like(d, { measure: 'sentiment', higher: 'DW', lower: 'Fox News', effect: 0.05, n: { higher: 12, lower: 10 } });
  t.true(d!.low <= 0.05 && 0.05 <= d!.high && d!.low > 0.04);
  t.true(d!.p <= d!.pAdjusted && d!.pAdjusted < 0.05);
});

test('identical outlets: nothing is claimed', (t) => {
  const same = around(0.5, 15, 0.3);
  const { differences, test: run } = testDifferences(
    [measure('sentiment', { A: same, B: [...same].reverse(), C: same }), measure('frame:conflict', { A: [1, 0, 1, 0, 1], B: [0, 1, 0, 1, 1], C: [1, 1, 0, 0, 1] })],
    UNCERTAINTY,
  );
  t.is(run.comparisons, 6);
  t.deepEqual(differences, []);
});

test('a measure every article shares is no comparison, and does not weaken the others', (t) => {
  const { test: run } = testDifferences([measure('frame:crime', { A: [0, 0, 0, 0], B: [0, 0, 0, 0, 0] }), measure('sentiment', { A: around(0, 4), B: around(1, 5) })], UNCERTAINTY);
  t.deepEqual([run.comparisons, run.untested], [1, 0]);
});

test('outlets with a single article are counted as untested, not compared', (t) => {
  // However far the lone article lies from the others.
  const { differences, test: run } = testDifferences([measure('sentiment', { Lone: [5], Big: around(0, 10), Other: around(0, 10) })], UNCERTAINTY);
  t.is(run.comparisons, 1);
  t.is(run.untested, 2);
  t.deepEqual(differences, []);
});

test('Holm runs over every comparison: the same gap passes alone but not among many', (t) => {
  // 4 against 5 articles: 126 relabellings, smallest p 1/126 ≈ 0.008.
  const gap = measure('frame:conflict', { A: [1, 1, 1, 1], B: [0, 0, 0, 0, 0] });
  t.is(testDifferences([gap], UNCERTAINTY).differences.length, 1);
  const noise = Array.from({ length: 9 }, (_, i) => measure(`frame:${i}`, { A: [0, 1, 0, 1], B: [1, 0, 1, 0, 1] }));
  const many = testDifferences([gap, ...noise], UNCERTAINTY);
  t.is(many.test.comparisons, 10);
  t.deepEqual(many.differences, []);
});

test("the permutation budget grows so that Holm's first step can be reached", (t) => {
  const measures = Array.from({ length: 150 }, (_, i) => measure(`m${i}`, { A: around(0, 10), B: around(0, 10) }));
  t.is(testDifferences(measures, UNCERTAINTY).test.resamples, 3000);
  t.is(testDifferences(measures.slice(0, 5), UNCERTAINTY).test.resamples, UNCERTAINTY.permutations);
});

test('largest standardised effect first; seeded, so the same input gives the same output', (t) => {
  const measures = [
    measure('sentiment', { A: around(0.1, 20, 0.05), B: around(0, 20, 0.05) }),
    measure('frame:conflict', { A: around(1, 20, 0), B: around(0, 20, 0) }),
    measure('quotedShare', { A: around(0.2, 20, 0.02), B: around(0.4, 20, 0.02) }),
  ];
  const once = testDifferences(measures, UNCERTAINTY);
  t.deepEqual(
    once.differences.map((d) => [d.measure, d.higher]),
    [
      ['frame:conflict', 'A'],
      ['quotedShare', 'B'],
      ['sentiment', 'A'],
    ],
  );
  t.deepEqual(testDifferences(measures, UNCERTAINTY), once);
  t.is(testDifferences(measures, { ...UNCERTAINTY, seed: 99 }).test.seed, 99);
});

test('a tiny p keeps two significant digits rather than printing as 0', (t) => {
  const { differences } = testDifferences([measure('frame:conflict', { A: Array(40).fill(1), B: Array(40).fill(0) })], UNCERTAINTY);
  // The observed split and its mirror, of C(80, 40) ≈ 1.08e23 relabellings.
  t.is(differences[0]!.p, 1.9e-23);
  t.is(differences[0]!.pAdjusted, 1.9e-23);
});

test('past maxOutlets outlets, only the ones with the most articles are tested, and the method says so', (t) => {
  const values = new Map<string, number[]>();
  // Outlet i has 2 + (i % 3) articles; the big ones differ from each other.
  for (let i = 0; i < 6; i++)
    values.set(
      `o${i}`,
      Array.from({ length: 2 + (i % 3) }, (_, k) => (i + k) % 2),
    );
  const settings = { ...UNCERTAINTY, maxOutlets: 3 };
  const { test: capped, comparisons } = testComparisons([{ measure: 'sentiment', label: 'Sentiment', values }], settings);
  const names = new Set(comparisons.flatMap((c) => [c.a[0], c.b[0]]));
  for (const name of names) t.true(['o2', 'o5', 'o1', 'o4'].includes(name), name);
  t.true(names.size <= 3);
  t.regex(capped.method, /among the 3 outlets with the most articles/);
  t.notRegex(testComparisons([{ measure: 'sentiment', label: 'Sentiment', values }], UNCERTAINTY).test.method, /among the/);
});
