// The coordinator's side of a distributed run: each article becomes a BullMQ job on the shared queue,
// carrying the article and this analyzer's fingerprint; workers on any machine (`npm run worker`)
// clean and analyze it and return the outcome, which comes back through the queue's events. Pages
// are written here, by the local runner, since the reports are. The outcomes are the ones a local run
// computes, so the report is the same.
import { randomBytes } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { analyzerFingerprint } from '../cache/fingerprint.ts';
import type { ArticleJob } from '../pipeline/article-job.ts';
import { writeAtomically } from '../write-atomic.ts';
import type { ArticleRunner } from '../pipeline/runner.ts';
import { VERSION } from '../version.ts';
import { isRefusal, type DistributedJob, type DistributedOutcome } from './protocol.ts';
import { checkRedis, connectionOptions, shownUrl } from './redis-connection.ts';
import type { DistributeSettings } from '../settings/settings-schema.ts';
import { errorMessage } from '../error-message.ts';

export interface RedisRunnerOptions {
  /** Writes the article pages, on this machine. */
  local: ArticleRunner;
  /**
   * Ends the run, saying why, when it cannot go on: a worker of another version refused an article,
   * or Redis stopped taking jobs. Called once; the run's outstanding articles are then never settled.
   */
  stop: (message: string) => unknown;
  /** data/distribute.json. */
  settings: DistributeSettings;
}

interface Waiter {
  file: string;
  /** Whether Redis has the job yet: only then can a sweep ask about it. */
  queued: boolean;
  resolve: (outcome: DistributedOutcome) => void;
  reject: (e: Error) => void;
}

type Finished = { returnvalue: DistributedOutcome } | { failedReason: string } | { gone: true };

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Connects to Redis at `url` (rejecting within seconds, naming it, when it does not answer) and returns the runner. */
export async function redisRunner(url: string, options: RedisRunnerOptions): Promise<ArticleRunner> {
  const { settings } = options;
  await checkRedis(url, settings.connect.timeoutMs);
  const shown = shownUrl(url);
  const connection = connectionOptions(url, settings.connect.timeoutMs);
  const queue = new Queue<DistributedJob, DistributedOutcome>(settings.queue.name, { connection, streams: { events: { maxLen: settings.results.eventsKept } } });
  const events = new QueueEvents<DistributedOutcome>(settings.queue.name, { connection });
  // Connection errors are retried by ioredis; a command that fails for good is handled where it was sent.
  queue.on('error', () => {});
  events.on('error', () => {});
  try {
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  } catch (e) {
    await Promise.allSettled([queue.close(), events.close()]);
    throw new Error(`cannot use Redis at ${shown}: ${errorMessage(e)}`, { cause: e });
  }

  const from = { version: VERSION, fingerprint: analyzerFingerprint() };
  // Job ids unique to this run: several coordinators may share the queue and its workers.
  const run = randomBytes(6).toString('hex');
  let sequence = 0;
  const waiting = new Map<string, Waiter>();
  let stopped = false;
  // Jobs are removed as their results are read; close() waits for the removals still under way.
  const removals = new Set<Promise<unknown>>();
  const remove = (id: string): void => {
    const removal = queue
      .remove(id)
      .catch(() => {})
      .finally(() => removals.delete(removal));
    removals.add(removal);
  };

  /** Removes this run's jobs still in the queue (a job being analyzed cannot be, and finishes unread). */
  const withdraw = () => Promise.race([Promise.allSettled([...waiting.keys()].map((id) => queue.remove(id))), pause(settings.connect.timeoutMs)]);

  async function abort(message: string): Promise<void> {
    if (stopped) return;
    stopped = true;
    await withdraw();
    options.stop(message);
  }

  function finish(id: string, finished: Finished): void {
    const waiter = waiting.get(id);
    if (!waiter || stopped) return;
    waiting.delete(id);
    if ('returnvalue' in finished) waiter.resolve(finished.returnvalue);
    else if ('gone' in finished) waiter.reject(new Error(`its job ${id} is gone from Redis at ${shown} (removed, or Redis restarted without persistence)`));
    else if (isRefusal(finished.failedReason)) void abort(`${waiter.file}: ${finished.failedReason}`);
    else waiter.reject(new Error(`no worker could analyze it: ${finished.failedReason}`));
    // Once read, the result has no use in Redis; a job left by a coordinator that died expires instead.
    remove(id);
  }

  events.on('completed', ({ jobId, returnvalue }) => finish(jobId, { returnvalue }));
  events.on('failed', ({ jobId, failedReason }) => finish(jobId, { failedReason }));

  // An event can be missed (the stream trimmed past a slow reader, Redis restarted): every few seconds
  // the jobs still awaited are looked up.
  async function sweep(): Promise<void> {
    for (const [id, waiter] of waiting) {
      if (!waiter.queued) continue;
      const state = await queue.getJobState(id);
      if (state === 'unknown') finish(id, { gone: true });
      else if (state === 'completed' || state === 'failed') {
        const job = await queue.getJob(id);
        if (!job) finish(id, { gone: true });
        else finish(id, state === 'completed' ? { returnvalue: job.returnvalue } : { failedReason: job.failedReason });
      }
    }
  }
  let sweeper: NodeJS.Timeout | undefined;
  const scheduleSweep = (): void => {
    sweeper = setTimeout(
      () =>
        void sweep()
          .catch(() => {})
          .finally(() => !stopped && scheduleSweep()),
      settings.results.sweepMs,
    );
    sweeper.unref();
  };
  scheduleSweep();

  const jobOptions = {
    attempts: settings.attempts.perArticle,
    removeOnComplete: { age: settings.results.keepHours * 3600 },
    removeOnFail: { age: settings.results.keepHours * 3600 },
  };

  return {
    begin(articles) {
      options.local.begin(articles);
      return settings.inFlight.articles;
    },
    run(job: ArticleJob, recordFile: string) {
      // A stopped run is ending: its articles are not reported one by one.
      if (stopped) return new Promise<never>(() => {});
      const id = `${run}-${++sequence}`;
      const file = job.article.file;
      const outcome = new Promise<DistributedOutcome>((resolve, reject) => waiting.set(id, { file, queued: false, resolve, reject }));
      queue.add(file, { from, job }, { ...jobOptions, jobId: id }).then(
        () => {
          const waiter = waiting.get(id);
          if (waiter) waiter.queued = true;
        },
        (e: unknown) => void abort(`cannot queue ${file} on Redis at ${shown}: ${errorMessage(e)}`),
      );
      // The reports are written here, so the record is too.
      return outcome.then(async ({ record, lean }) => {
        await writeAtomically(recordFile, record);
        return lean;
      });
    },
    writePages: (batch) => options.local.writePages(batch),
    rest: () => options.local.rest(),
    async close() {
      stopped = true;
      clearTimeout(sweeper);
      await withdraw();
      await Promise.allSettled(removals);
      await Promise.allSettled([events.close(), queue.close()]);
      await options.local.close();
    },
  };
}
