// Entry of an article process of the local pool (and of a distributed worker's): one job in, its outcome
// out. Given a record file (a local pool: the same disk), the worker writes the record there itself,
// so the collecting process never holds it.
import { runArticleJob, type ArticleJob } from './article-job.ts';
import { outcomeMessage } from './outcome-message.ts';
import { servePool } from './process-pool.ts';
import { writeAtomically } from '../write-atomic.ts';

export interface WorkerTask {
  article: ArticleJob;
  recordFile?: string;
}

servePool(async (task: WorkerTask) => {
  const outcome = runArticleJob(task.article);
  if (task.recordFile) await writeAtomically(task.recordFile, outcome.record);
  return outcomeMessage(outcome, task.recordFile !== undefined);
});
