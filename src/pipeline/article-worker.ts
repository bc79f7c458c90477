// Entry of a worker process of the local pool (and of a distributed worker's): one job in, its outcome
// out. Given a record file (a local pool: the same disk), the worker writes the record there itself,
// so the collecting process never holds it.
import { runArticleJob, runPageJob, type ArticleJob, type PageJob } from './article-job.ts';
import { outcomeMessage } from './outcome-message.ts';
import { servePool } from './process-pool.ts';
import { writeAtomically } from '../write-atomic.ts';

export type WorkerTask = { article: ArticleJob; recordFile?: string } | { page: PageJob };

servePool(async (task: WorkerTask) => {
  if ('page' in task) return runPageJob(task.page);
  const outcome = runArticleJob(task.article);
  if (task.recordFile) await writeAtomically(task.recordFile, outcome.record);
  return outcomeMessage(outcome, task.recordFile !== undefined);
});
