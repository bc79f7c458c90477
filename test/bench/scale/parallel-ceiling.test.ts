import test from 'ava';
import { fileURLToPath } from 'node:url';
import { parallelCeiling } from '../../../bench/scale/parallel-ceiling.ts';

const PAGE = fileURLToPath(new URL('../../fixtures/html/news-article/page.html', import.meta.url));

test('one process, then two at once, over the same articles past the warm-up: the ceiling is 2 × alone / together', async (t) => {
  const c = await parallelCeiling(new Array<string>(13).fill(PAGE));
  t.is(c.articles, 3);
  t.true(c.alone > 0 && c.together > 0);
  t.is(c.ceiling, (2 * c.alone) / c.together);
});
