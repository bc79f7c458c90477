// The coordinator's runner against a real Redis, with workers played in this process by BullMQ
// workers the tests control: outcomes come back as a local run computes them, a job that keeps
// failing is an error of its article, a refusal stops the run, and a job lost from Redis is reported.
import test, { type ExecutionContext } from 'ava';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue, UnrecoverableError, Worker, type Processor } from 'bullmq';
import { distributedOutcome, refusal, type DistributedJob, type DistributedOutcome } from '../../src/distribute/protocol.ts';
import { redisRunner } from '../../src/distribute/redis-runner.ts';
import { sha256 } from '../../src/hash.ts';
import { runArticleJob, type ArticleJob } from '../../src/pipeline/article-job.ts';
import { leanOf } from '../../src/pipeline/outcome-message.ts';
import { localRunner } from '../../src/pipeline/runner.ts';
import { runStory } from '../../src/pipeline/story-pipeline.ts';
import { startRedisServer, withRedisServer, type RedisServer } from '../helpers/redis-server.ts';
import { BUNDLED_STORY } from '../helpers/story-copies.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { SETTINGS } from '../helpers/settings.ts';

async function articleJob(file: string): Promise<ArticleJob> {
  const content = await readFile(join(BUNDLED_STORY, file), 'utf8');
  return { article: { file, kind: 'text', content, firstLine: 1, given: {}, sha256: sha256(content) }, actors: [] };
}

/** A worker in this process, on the queue in database `url`. */
function playWorker(t: ExecutionContext, url: string, processor: Processor<DistributedJob, DistributedOutcome>): void {
  const worker = new Worker<DistributedJob, DistributedOutcome>(SETTINGS.distribute.queue.name, processor, { connection: { url } });
  t.teardown(() => worker.close());
}

/** The runner on database `url`; a run it stops fails the test unless `stop` is given. */
async function coordinator(t: ExecutionContext, url: string, stop: (message: string) => void = (m) => t.fail(m)) {
  const runner = await redisRunner(url, { local: localRunner(1, SETTINGS.limits), stop, settings: SETTINGS.distribute });
  t.teardown(() => runner.close());
  return runner;
}

withRedisServer('the coordinator on Redis', () => {
  let redis: RedisServer;
  test.before(async () => {
    redis = await startRedisServer();
  });
  test.after.always(() => redis?.stop());

  test('an outcome comes back from a worker as a local run computes it', async (t) => {
    const url = redis.url(1);
    playWorker(t, url, async (job) => distributedOutcome(runArticleJob(job.data.job)));
    const runner = await coordinator(t, url);
    const job = await articleJob('002_5897ebab3c82f283.txt');
    const recordFile = join(await tempDir(t), 'record.json');
    const local = runArticleJob(job);
    t.deepEqual(await runner.run(job, recordFile), leanOf(local));
    t.is(await readFile(recordFile, 'utf8'), local.record, 'the record is written by the coordinator');
  });

  test('an article whose job keeps failing on the workers is an error of that article; the rest of the story completes', async (t) => {
    const url = redis.url(2);
    const bad = '003_27e0a95a17c3f4aa.txt';
    let tries = 0;
    playWorker(t, url, async (job) => {
      if (job.data.job.article.file !== bad) return distributedOutcome(runArticleJob(job.data.job));
      tries++;
      throw new Error('worker thread exited');
    });
    const runner = await coordinator(t, url);
    const outDir = await tempDir(t);
    const { current } = await runStory(BUNDLED_STORY, 'moon', { outDir, cacheDir: null, timestamp: false, runner, settings: SETTINGS });
    t.is(tries, SETTINGS.distribute.attempts.perArticle);
    t.deepEqual(
      current.articles.map((a) => a.file),
      ['000_222f9cba74c784a1.txt', '001_c960022149833136.txt', '002_5897ebab3c82f283.txt', '004_3faecae054f459c0.txt'],
    );
    t.like(
      current.diagnostics.find((d) => d.file === bad),
      { level: 'error', stage: 'analyze', message: 'failed: no worker could analyze it: worker thread exited' },
    );
  });

  test('a worker of another version refuses a job: the run stops, naming the article, and its queued jobs are withdrawn', async (t) => {
    const url = redis.url(3);
    const other = { version: '0.0.0', fingerprint: 'f'.repeat(64) };
    let stopped!: (message: string) => void;
    const stop = new Promise<string>((resolve) => (stopped = resolve));
    const runner = await coordinator(t, url, (m) => stopped(m));
    const jobs = await Promise.all(['000_222f9cba74c784a1.txt', '001_c960022149833136.txt', '002_5897ebab3c82f283.txt'].map(articleJob));
    const dir = await tempDir(t);
    for (const job of jobs) void runner.run(job, join(dir, job.article.file));
    // Started once the jobs are queued: it takes the first and refuses it.
    const queue = new Queue(SETTINGS.distribute.queue.name, { connection: { url } });
    t.teardown(() => queue.close());
    let queued = 0;
    while (queued < jobs.length) queued = await queue.getWaitingCount();
    playWorker(t, url, async (job) => {
      throw new UnrecoverableError(refusal('stale-worker', other, job.data.from)!);
    });
    t.regex(await stop, /^000_222f9cba74c784a1\.txt: refused by worker stale-worker: it runs framelens 0\.0\.0 \(analyzer ffffffffffff\), the coordinator framelens /);
    t.is(await queue.getWaitingCount(), 0);
  });

  test('a job that is gone from Redis is an error of its article, not awaited forever', async (t) => {
    const url = redis.url(4);
    const runner = await coordinator(t, url);
    const outcome = runner.run(await articleJob('004_3faecae054f459c0.txt'), join(await tempDir(t), 'record.json'));
    const queue = new Queue(SETTINGS.distribute.queue.name, { connection: { url } });
    t.teardown(() => queue.close());
    let waiting = await queue.getWaiting();
    while (waiting.length === 0) waiting = await queue.getWaiting();
    await queue.remove(waiting[0]!.id!);
    await t.throwsAsync(outcome, { message: /^its job \S+ is gone from Redis at redis:\/\/127\.0\.0\.1:\d+\/4 / });
  });
});
