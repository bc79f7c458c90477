// The worker's side of a distributed run: takes article jobs from the shared queue and cleans and
// analyzes them in `jobs` worker processes, each holding its next articles while it works on one
// (data/distribute.json, worker). The main thread only moves jobs, so it renews their locks on time
// however long an article takes; a worker that dies stops renewing them, and another worker puts its
// jobs back in the queue (data/distribute.json, locks). A job from a coordinator of another version
// is refused: analyzing it would not give what that coordinator's local run would.
import { hostname } from 'node:os';
import { Worker, UnrecoverableError } from 'bullmq';
import { analyzerFingerprint } from '../cache/fingerprint.ts';
import type { WorkerTask } from '../pipeline/article-worker.ts';
import type { OutcomeMessage } from '../pipeline/outcome-message.ts';
import { processPool } from '../pipeline/process-pool.ts';
import { ARTICLE_WORKER } from '../pipeline/runner.ts';
import { VERSION } from '../version.ts';
import { refusal, type Analyzer, type DistributedJob, type DistributedOutcome, distributedOutcome } from './protocol.ts';
import { checkRedis, connectionOptions } from './redis-connection.ts';
import type { DistributeSettings } from '../settings/settings-schema.ts';

export interface RedisWorkerOptions {
  /** Articles analyzed at once, each in a process of its own. */
  jobs: number;
  /** One line per job taken. */
  note: (line: string) => void;
  /** One line per job refused, failed or taken back from a lost worker, and per connection problem. */
  warn: (line: string) => void;
  /** data/distribute.json. */
  settings: DistributeSettings;
}

export interface RedisWorker {
  /** How jobs and logs name this worker: host and process id. */
  name: string;
  analyzer: Analyzer;
  /** Takes no more jobs, finishes the ones in hand, and disconnects. */
  close(): Promise<void>;
}

/** Connects to Redis at `url` (rejecting within seconds, naming it, when it does not answer) and starts taking jobs. */
export async function startRedisWorker(url: string, { jobs, note, warn, settings }: RedisWorkerOptions): Promise<RedisWorker> {
  await checkRedis(url, settings.connect.timeoutMs);
  const analyzer: Analyzer = { version: VERSION, fingerprint: analyzerFingerprint() };
  const name = `${hostname()}-${process.pid}`;
  const depth = settings.worker.jobsPerProcess;
  const pool = processPool(ARTICLE_WORKER, jobs, depth);
  const worker = new Worker<DistributedJob, DistributedOutcome>(
    settings.queue.name,
    async (job) => {
      const { from, job: article } = job.data;
      const refused = refusal(name, analyzer, from);
      if (refused) {
        warn(`refused job ${job.id} (${article.article.file}): ${refused}`);
        // Unrecoverable: another attempt here would be refused alike.
        throw new UnrecoverableError(refused);
      }
      note(`analyzing ${article.article.file} (job ${job.id})`);
      const message = (await pool.run({ article } satisfies WorkerTask)) as OutcomeMessage;
      return distributedOutcome({ record: message.record!, lean: message.lean });
    },
    {
      connection: connectionOptions(url, settings.connect.timeoutMs),
      name,
      concurrency: jobs * depth,
      lockDuration: settings.locks.durationMs,
      stalledInterval: settings.locks.stalledCheckMs,
      maxStalledCount: settings.locks.maxStalledCount,
    },
  );
  worker.on('failed', (job, e) => {
    if (job && !(e instanceof UnrecoverableError)) warn(`job ${job.id} (${job.name}) failed: ${e.message}`);
  });
  worker.on('stalled', (id) => warn(`job ${id}: its worker stopped renewing its lock; back in the queue`));
  // ioredis reconnects by itself; each failed attempt is worth a line.
  worker.on('error', (e) => warn(`error: ${e.message}`));
  await worker.waitUntilReady();
  return {
    name,
    analyzer,
    async close() {
      await worker.close();
      await pool.destroy();
    },
  };
}
