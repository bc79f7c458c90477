// Entry of a page-writing process of the local pool: a share of a story's page jobs in, their outcomes out.
import { runPageJobs, type PageBatch } from './page-job.ts';
import { servePool } from './process-pool.ts';

export interface PageTask {
  batch: PageBatch;
  /** Pages written at once (data/limits.json). */
  inFlight: number;
}

servePool((task: PageTask) => runPageJobs(task.batch, task.inFlight));
