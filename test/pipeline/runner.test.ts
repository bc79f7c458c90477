import test, { type ExecutionContext } from 'ava';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runArticleJob, type ArticleJob } from '../../src/pipeline/article-job.ts';
import { localRunner } from '../../src/pipeline/runner.ts';
import { runStory } from '../../src/pipeline/story-pipeline.ts';
import { sha256 } from '../../src/hash.ts';
import limits from '../../data/limits.json' with { type: 'json' };
import { root } from '../helpers/run-analyze.ts';
import { assertSameFiles, storyFiles } from '../helpers/report-files.ts';
import { copiesOfBundledStory } from '../helpers/story-copies.ts';
import { tempDir } from '../helpers/temp-dir.ts';

async function job(file: string): Promise<ArticleJob> {
  const content = await readFile(join(root, 'articles/lunar-research-station-2021', file), 'utf8');
  return { article: { file, kind: 'text', content, firstLine: 1, given: {}, sha256: sha256(content) }, actors: [] };
}

/** A two-process runner closed with the test, a temporary folder for records, and one article's job with its outcome on this thread. */
async function setUp(t: ExecutionContext) {
  const dir = await tempDir(t);
  const runner = localRunner(2);
  t.teardown(() => runner.close());
  const j = await job('000_222f9cba74c784a1.txt');
  return { dir, runner, j, inline: runArticleJob(j) };
}

test('a small story runs on the main thread, a large one on worker processes, with the same outcomes and records', async (t) => {
  const { dir, runner, j, inline } = await setUp(t);
  t.is(runner.begin(limits.pool.minArticles - 1), 1);
  t.deepEqual(await runner.run(j, join(dir, 'here.json')), inline.lean);
  t.is(await readFile(join(dir, 'here.json'), 'utf8'), inline.record);
  t.is(runner.begin(limits.pool.minArticles), 4);
  t.deepEqual(await runner.run(j, join(dir, 'pooled.json')), inline.lean);
  t.is(await readFile(join(dir, 'pooled.json'), 'utf8'), inline.record, 'written by the worker process');
  t.is(localRunner(1).begin(10_000), 1, 'one job: never a pool');
});

test('a very large story ends its worker processes while it is compared, and starts them again for its pages', async (t) => {
  const { dir, runner, j, inline } = await setUp(t);
  runner.begin(limits.pool.restArticles);
  t.deepEqual(await runner.run(j, join(dir, 'first.json')), inline.lean);
  await runner.rest();
  t.is(runner.begin(limits.pool.restArticles), 4);
  t.deepEqual(await runner.run(j, join(dir, 'again.json')), inline.lean);
});

test('an article that cannot be analyzed gives an error outcome naming it, not a rejection', async (t) => {
  const outcome = runArticleJob({ article: { file: 'empty.txt', kind: 'text', content: '\n\n', firstLine: 1, given: {}, sha256: sha256('') }, actors: [] });
  t.is(outcome.lean.report, null);
  t.is(outcome.lean.diagnostics[0]?.file, 'empty.txt');
  t.is(outcome.lean.diagnostics[0]?.level, 'error');
  t.deepEqual(JSON.parse(outcome.record), outcome.lean);
});

test('worker processes write the same reports, byte for byte, as the main thread alone', async (t) => {
  const dir = await tempDir(t);
  const story = join(dir, 'moon');
  const copies = Math.ceil(limits.pool.minArticles / 5);
  await copiesOfBundledStory(story, copies);
  const outs: Array<Map<string, Buffer>> = [];
  for (const jobs of [1, 2]) {
    const runner = localRunner(jobs);
    const outDir = join(dir, `out-${jobs}`);
    try {
      const outcome = await runStory(story, 'moon', { outDir, cacheDir: null, timestamp: false, runner });
      t.is(outcome.current.articles.length, copies * 5);
    } finally {
      await runner.close();
    }
    outs.push(await storyFiles(outDir));
  }
  assertSameFiles(t, outs[1]!, outs[0]!, '--jobs 2 against --jobs 1');
});
