import test from 'ava';
import { outletRef, report } from '../helpers/article-fixture.ts';
import { repostsOf } from '../../src/compare/sources.ts';
import type { ReuseLink } from '../../src/types.ts';

/** A reuse link as findReuse reports it; only ids and kind matter to repostsOf. */
const link = (a: string, b: string, kind: ReuseLink['kind'] = 'repost'): ReuseLink => ({
  a,
  b,
  containment: { a: 1, b: 0.95 },
  kind,
  contained: kind === 'repost' ? a : undefined,
  words: 120,
  passages: [],
});

const article = (id: string, outlet: string, repost?: { on: string; evidence: string }) => report(id, { outlet: outletRef(outlet, repost ? { repost, source: 'text' } : {}) });

const orbit = article('orbit.txt', 'Orbit Daily');
const wire = article('wire.txt', 'Space Wire');
const forum = article('x-forum.txt', 'unknown (x-forum.txt)');
const blog = article('z-blog.txt', 'unknown (z-blog.txt)');

test('a copy without an outlet of its own counts under the known outlet it copies', (t) => {
  t.deepEqual([...repostsOf([link('orbit.txt', 'x-forum.txt')], [orbit, forum])], [['x-forum.txt', 'Orbit Daily']]);
  // The link's order and the file names do not decide which is the copy.
  const early = article('a-forum.txt', 'unknown (a-forum.txt)');
  t.deepEqual([...repostsOf([link('a-forum.txt', 'orbit.txt')], [early, orbit])], [['a-forum.txt', 'Orbit Daily']]);
});

test('an article marked as a repost counts under the outlet it copies, even with an outlet name', (t) => {
  const board = article('a-board.md', 'Orbit Daily', { on: 'SpaceBoard', evidence: 'Posted to SpaceBoard by moonfan' });
  t.deepEqual([...repostsOf([link('a-board.md', 'orbit.txt')], [board, orbit])], [['a-board.md', 'Orbit Daily']]);
});

test('two known outlets that run the same text stay two outlets', (t) => {
  t.deepEqual(repostsOf([link('orbit.txt', 'wire.txt')], [orbit, wire]).size, 0);
});

test('of two copies without an outlet, the later file is taken as the copy', (t) => {
  t.deepEqual([...repostsOf([link('z-blog.txt', 'x-forum.txt')], [forum, blog])], [['z-blog.txt', 'unknown (x-forum.txt)']]);
});

test('shared passages are not reposts', (t) => {
  t.deepEqual(repostsOf([link('orbit.txt', 'x-forum.txt', 'shared passages')], [orbit, forum]).size, 0);
});

test('a repost of a repost counts under the first source when both copy it directly', (t) => {
  const links = [link('orbit.txt', 'x-forum.txt'), link('orbit.txt', 'z-blog.txt'), link('x-forum.txt', 'z-blog.txt')];
  t.deepEqual([...repostsOf(links, [orbit, forum, blog])].sort(), [
    ['x-forum.txt', 'Orbit Daily'],
    ['z-blog.txt', 'Orbit Daily'],
  ]);
});

// ---------- regression: "A copy of a copy counts under the first source" ----------

test('a repost of a repost counts under the first source (copy-of-copy link first)', (t) => {
  // Regression: z-blog is put under "unknown (x-forum.txt)", an outlet that disappears once x-forum is
  // itself counted as a repost, so z-blog drops out of the comparison.
  const links = [link('x-forum.txt', 'z-blog.txt'), link('orbit.txt', 'x-forum.txt')];
  t.deepEqual([...repostsOf(links, [orbit, forum, blog])].sort(), [
    ['x-forum.txt', 'Orbit Daily'],
    ['z-blog.txt', 'Orbit Daily'],
  ]);
});

test('a repost of a repost counts under the first source (original link first)', (t) => {
  // Regression: once x-forum is a repost, the x-forum/z-blog link is skipped and z-blog stays an outlet of its own.
  const links = [link('orbit.txt', 'x-forum.txt'), link('x-forum.txt', 'z-blog.txt')];
  t.deepEqual([...repostsOf(links, [orbit, forum, blog])].sort(), [
    ['x-forum.txt', 'Orbit Daily'],
    ['z-blog.txt', 'Orbit Daily'],
  ]);
});
