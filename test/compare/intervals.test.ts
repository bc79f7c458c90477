import test from 'ava';
import { bootstrap, mean, meanOf, outletInterval, percentiles, ratioOf, type SentenceStatistic } from '../../src/compare/intervals.ts';
import { UNCERTAINTY } from '../helpers/settings.ts';
import { seededRandom } from '../../src/learn/random.ts';

const noSentences = (): SentenceStatistic => ({ sentences: 0, statistic: () => 0 });
const all = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

test('settings come from data/uncertainty.json', (t) => {
  t.is(UNCERTAINTY.alpha, 0.05);
  t.true(UNCERTAINTY.resamples >= 1000);
  t.true(UNCERTAINTY.permutations >= 1000);
  t.is(UNCERTAINTY.minArticles, 2);
});

test('percentiles interpolate between order statistics', (t) => {
  const values = Float64Array.from({ length: 101 }, (_, i) => 100 - i);
  t.deepEqual(percentiles(values, 0.05), { low: 2.5, high: 97.5 });
});

test('mean, and the statistics over drawn units', (t) => {
  t.is(mean([]), 0);
  t.is(mean([1, 2, 6]), 3);
  t.is(meanOf([1, 2, 6])(Int32Array.from([2, 2, 0])), 13 / 3);
  // Σ numerators / Σ denominators, the pooled rate: (3 + 1) / (10 + 30).
  t.is(ratioOf([3, 1], [10, 30])(all(2)), 0.1);
  t.is(ratioOf([], [])(all(0)), 0);
});

test('over articles: the mean, its n, and an interval inside the values', (t) => {
  const values = [0.1, -0.2, 0.05, 0.3, 0, -0.1, 0.2];
  const i = outletInterval(values, noSentences, UNCERTAINTY, 'DW\0sentiment');
  t.is(i.over, 'articles');
  t.is(i.n, 7);
  t.is(i.estimate, 0.05);
  t.true(i.low < i.estimate && i.estimate < i.high);
  t.true(i.low >= -0.2 && i.high <= 0.3);
});

test('identical articles give a degenerate interval; no articles give n 0', (t) => {
  t.deepEqual(outletInterval([1, 1, 1], noSentences, UNCERTAINTY, 'k'), { n: 3, estimate: 1, low: 1, high: 1, over: 'articles' });
  t.deepEqual(outletInterval([], noSentences, UNCERTAINTY, 'k'), { n: 0, estimate: 0, low: 0, high: 0, over: 'articles' });
});

test('a single article is bootstrapped over its sentences, around its own figure', (t) => {
  const scores = [2, -1, 0, 3, -2, 1];
  const tokens = [10, 12, 8, 15, 9, 11];
  const lone = (): SentenceStatistic => ({ sentences: scores.length, statistic: ratioOf(scores, tokens) });
  const i = outletInterval([3 / 65], lone, UNCERTAINTY, 'USA TODAY\0sentiment');
  t.is(i.over, 'sentences');
  t.is(i.n, 6);
  t.is(i.estimate, 0.0462);
  t.true(i.low < 0 && i.high > 0.1);
  // One sentence leaves nothing to resample.
  t.deepEqual(
    outletInterval([0.2], () => ({ sentences: 1, statistic: () => 0.2 }), UNCERTAINTY, 'k'),
    { n: 1, estimate: 0.2, low: 0.2, high: 0.2, over: 'sentences' },
  );
});

test('seeded: the same key gives the same interval, another key other resamples', (t) => {
  const values = [0.3, 0.1, 0.9, 0.4, 0.5, 0.2, 0.8];
  const once = bootstrap(values.length, meanOf(values), UNCERTAINTY, 'a');
  t.deepEqual(bootstrap(values.length, meanOf(values), UNCERTAINTY, 'a'), once);
  t.notDeepEqual(bootstrap(values.length, meanOf(values), UNCERTAINTY, 'b'), once);
});

test('about 95% of intervals over 30 articles hold the true mean', (t) => {
  const random = seededRandom(7);
  const settings = { ...UNCERTAINTY, resamples: 400 };
  let held = 0;
  const runs = 200;
  for (let r = 0; r < runs; r++) {
    // Uniform on [0, 1): true mean 0.5.
    const values = Array.from({ length: 30 }, () => random());
    const i = outletInterval(values, noSentences, settings, `run ${r}`);
    if (i.low <= 0.5 && 0.5 <= i.high) held++;
  }
  t.true(held / runs >= 0.88 && held / runs <= 0.99, `${held} of ${runs}`);
});

test('a figure held while any marked sentence is drawn: exact percentiles, as the bootstrap finds them', (t) => {
  const lone = (marked: number, size: number) => (): SentenceStatistic => ({ sentences: size, statistic: { value: 0.4, marked } });
  // One sentence of six: every draw misses it with chance (5/6)^6 ≈ 0.33, so the interval reaches 0.
  t.deepEqual(outletInterval([0.4], lone(1, 6), UNCERTAINTY, 'k'), { n: 6, estimate: 0.4, low: 0, high: 0.4, over: 'sentences' });
  // Five of ten: all missed with chance 0.5^10 ≈ 0.001, under 2.5%: the figure itself.
  t.deepEqual(outletInterval([0.4], lone(5, 10), UNCERTAINTY, 'k'), { n: 10, estimate: 0.4, low: 0.4, high: 0.4, over: 'sentences' });
  for (const [marked, size] of [
    [1, 6],
    [5, 10],
    [2, 40],
  ] as const) {
    const drawnHolds = (drawn: Int32Array): number => (drawn.some((i) => i < marked) ? 0.4 : 0);
    t.deepEqual(
      outletInterval([0.4], lone(marked, size), UNCERTAINTY, 'k'),
      outletInterval([0.4], () => ({ sentences: size, statistic: drawnHolds }), UNCERTAINTY, 'k'),
      `${marked} of ${size}`,
    );
  }
});
