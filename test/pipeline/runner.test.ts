import test, { type ExecutionContext } from 'ava';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runArticleJob, type ArticleJob } from '../../src/pipeline/article-job.ts';
import { leanOf } from '../../src/pipeline/outcome-message.ts';
import { runPageJobs, type PageBatch, type PageFiles } from '../../src/pipeline/page-job.ts';
import { frameCatalog } from '../../src/analyze/frames.ts';
import { SCHEMA_VERSION } from '../../src/types.ts';
import { VERSION } from '../../src/version.ts';
import { localRunner } from '../../src/pipeline/runner.ts';
import { runStory } from '../../src/pipeline/story-pipeline.ts';
import { sha256 } from '../../src/hash.ts';
import { root } from '../helpers/run-analyze.ts';
import { assertSameFiles, storyFiles } from '../helpers/report-files.ts';
import { copiesOfBundledStory } from '../helpers/story-copies.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { SETTINGS } from '../helpers/settings.ts';

async function job(file: string): Promise<ArticleJob> {
  const content = await readFile(join(root, 'articles/lunar-research-station-2021', file), 'utf8');
  return { article: { file, kind: 'text', content, firstLine: 1, given: {}, sha256: sha256(content) }, actors: [] };
}

/** Jobs kept in flight by a pool of `processes`: each holds data/limits.json's jobsPerProcess. */
const inFlight = (processes: number): number => processes * SETTINGS.limits.pool.jobsPerProcess;

/** A two-process runner closed with the test, a temporary folder for records, and one article's job with its outcome on this thread. */
async function setUp(t: ExecutionContext) {
  const dir = await tempDir(t);
  const runner = localRunner(2, SETTINGS.limits);
  t.teardown(() => runner.close());
  const j = await job('000_222f9cba74c784a1.txt');
  return { dir, runner, j, inline: runArticleJob(j) };
}

test('a small story runs on the main thread, a large one on worker processes, with the same outcomes and records', async (t) => {
  const { dir, runner, j, inline } = await setUp(t);
  t.is(runner.begin(SETTINGS.limits.pool.minArticles - 1), 1);
  t.deepEqual(await runner.run(j, join(dir, 'here.json')), leanOf(inline));
  t.is(await readFile(join(dir, 'here.json'), 'utf8'), inline.record);
  t.is(runner.begin(SETTINGS.limits.pool.minArticles), inFlight(2));
  t.deepEqual(await runner.run(j, join(dir, 'pooled.json')), leanOf(inline));
  t.is(await readFile(join(dir, 'pooled.json'), 'utf8'), inline.record, 'written by the worker process');
  t.is(localRunner(1, SETTINGS.limits).begin(SETTINGS.limits.pool.restArticles - 1), 1, 'one job: no pool below restArticles');
});

test("a run of many small stories: the run's articles decide, so its first story already runs on worker processes", async (t) => {
  const { dir, j, inline } = await setUp(t);
  const runner = localRunner(2, SETTINGS.limits, SETTINGS.limits.pool.minArticles);
  t.teardown(() => runner.close());
  t.is(runner.begin(2), inFlight(2), 'two articles, of a run large enough to repay the processes');
  t.deepEqual(await runner.run(j, join(dir, 'pooled.json')), leanOf(inline));
  t.is(await readFile(join(dir, 'pooled.json'), 'utf8'), inline.record);
  t.is(localRunner(2, SETTINGS.limits, SETTINGS.limits.pool.minArticles - 1).begin(2), 1, 'a small run stays on the main thread');
  t.is(localRunner(1, SETTINGS.limits, SETTINGS.limits.pool.restArticles).begin(2), 1, 'one job: a small story stays on the main thread');
});

test('one job, a large story: the article runs in one worker process, so the main process never holds the analyzer beside the story', async (t) => {
  const { dir, inline, j } = await setUp(t);
  const single = localRunner(1, SETTINGS.limits);
  t.teardown(() => single.close());
  t.is(single.begin(SETTINGS.limits.pool.restArticles), inFlight(1));
  t.deepEqual(await single.run(j, join(dir, 'single.json')), leanOf(inline));
  t.is(await readFile(join(dir, 'single.json'), 'utf8'), inline.record);
});

test('a very large story ends its worker processes while it is compared, its page writers once its pages are done, and starts them again for the next story', async (t) => {
  const { dir, runner, j, inline } = await setUp(t);
  const jobs = await pageJobs(dir, inline.record, 3);
  const expected = await runPageJobs(jobs, SETTINGS.limits.pool.writesInFlight);
  runner.begin(SETTINGS.limits.pool.restArticles);
  t.deepEqual(await runner.run(j, join(dir, 'first.json')), leanOf(inline));
  await runner.rest();
  t.deepEqual(await (await runner.writePages(jobs)).done, expected);
  t.is(runner.begin(SETTINGS.limits.pool.restArticles), inFlight(2));
  t.deepEqual(await runner.run(j, join(dir, 'again.json')), leanOf(inline));
  t.deepEqual(await (await runner.writePages(jobs)).done, expected, 'page writers started again');
});

/** Page jobs for `count` copies of the set-up's article, its record written where each job reads it, and one job whose record is missing. */
async function pageJobs(dir: string, record: string, count: number): Promise<PageBatch> {
  const head: PageBatch['head'] = { schemaVersion: SCHEMA_VERSION, generator: { name: 'framelens', version: VERSION }, story: { id: 'moon', title: 'Moon' }, frames: frameCatalog() };
  const pages: PageBatch['pages'] = [];
  for (let i = 0; i < count; i++) {
    const recordFile = join(dir, `cache-${i}.json`);
    if (i !== 1) await writeFile(recordFile, record.replace('"000_222f9cba74c784a1.txt"', `"copy-${i}.txt"`));
    pages.push({ recordFile, renames: [] });
  }
  return { storyDir: join(dir, 'story'), head, pages };
}

test('pages are handed to processes of their own and written while this thread is busy; outcomes in order, a failed page alone an error', async (t) => {
  const { dir, runner, inline } = await setUp(t);
  const jobs = await pageJobs(dir, inline.record, 5);
  const onThisThread = await runPageJobs(jobs, SETTINGS.limits.pool.writesInFlight);
  runner.begin(SETTINGS.limits.pool.minArticles);
  const { done } = await runner.writePages(jobs);
  // Blocks this thread: pages written meanwhile were written by the other processes.
  const until = Date.now() + 3000;
  while (Date.now() < until);
  const outcomes = await done;
  t.deepEqual(outcomes, onThisThread, 'the same files as on this thread');
  t.true('error' in outcomes[1]! && outcomes[1].error.includes('cache-1.json'), 'the page without a record is an error');
  const written = outcomes.filter((o): o is PageFiles => !('error' in o));
  t.is(written.length, 4);
  const times = await Promise.all(written.map(async (o) => (await stat(join(dir, 'story', o.page))).mtimeMs));
  t.true(
    times.every((ms) => ms < until),
    'written before this thread was free again',
  );
});

test('an article that cannot be analyzed gives an error outcome naming it, not a rejection', async (t) => {
  const outcome = runArticleJob({ article: { file: 'empty.txt', kind: 'text', content: '\n\n', firstLine: 1, given: {}, sha256: sha256('') }, actors: [] });
  const lean = leanOf(outcome);
  t.is(lean.report, null);
  t.is(lean.diagnostics[0]?.file, 'empty.txt');
  t.is(lean.diagnostics[0]?.level, 'error');
  t.deepEqual(JSON.parse(outcome.record), lean);
});

test('worker processes write the same reports, byte for byte, as the main thread alone', async (t) => {
  const dir = await tempDir(t);
  const story = join(dir, 'moon');
  const copies = Math.ceil(SETTINGS.limits.pool.minArticles / 5);
  await copiesOfBundledStory(story, copies);
  const outs: Array<Map<string, Buffer>> = [];
  for (const jobs of [1, 2]) {
    const runner = localRunner(jobs, SETTINGS.limits);
    const outDir = join(dir, `out-${jobs}`);
    try {
      const outcome = await runStory(story, 'moon', { outDir, cacheDir: null, timestamp: false, runner, settings: SETTINGS });
      t.is(outcome.current.articles.length, copies * 5);
    } finally {
      await runner.close();
    }
    outs.push(await storyFiles(outDir));
  }
  assertSameFiles(t, outs[1]!, outs[0]!, '--jobs 2 against --jobs 1');
});
