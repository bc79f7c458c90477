import test from 'ava';
import { pooledSpeed } from '../../../bench/scale/readability.ts';

test('passes timed at different moments pool their pages and seconds, not their rates', (t) => {
  const pooled = pooledSpeed([
    { pages: 500, seconds: 50, pagesPerSec: 10, failures: 1 },
    { pages: 500, seconds: 25, pagesPerSec: 20, failures: 1 },
  ]);
  t.deepEqual(pooled, { pages: 1000, seconds: 75, pagesPerSec: 1000 / 75, failures: 2 });
  t.is(pooledSpeed([]).pagesPerSec, 0);
});
