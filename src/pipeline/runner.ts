// Who runs the per-article jobs: the main thread, a pool of worker processes on this machine, or (see
// src/distribute/) workers on other machines. For each job the runner writes the full record to the
// file the pipeline names and gives back the lean copy; the pipeline keeps as many jobs in flight as
// the runner says, and every runner gives the same results, so the reports are the same whichever ran them.
import type { CachedArticle } from '../cache/story-cache.ts';
import type { ArticleJob, PageJob } from './article-job.ts';
import type { WorkerTask } from './article-worker.ts';
import { leanOf, type OutcomeMessage } from './outcome-message.ts';
import { writeAtomically } from '../write-atomic.ts';
import { processPool, type ProcessPool } from './process-pool.ts';
import limits from '../../data/limits.json' with { type: 'json' };

export interface PageFiles {
  record: string;
  page: string;
}

export interface ArticleRunner {
  /** Called before a story's articles are run: how many jobs to keep in flight for it. */
  begin(articles: number): number;
  /** Runs the job, writes its full record to `recordFile` and gives the lean copy. */
  run(job: ArticleJob, recordFile: string): Promise<CachedArticle>;
  /** Writes one article's record and page (on this machine: the reports are written here); gives their paths. */
  page(job: PageJob): Promise<PageFiles>;
  /** Called once a story's articles are done, before it is compared: lets go of what the runner holds meanwhile. */
  rest(): Promise<void>;
  close(): Promise<void>;
}

// The analyzer (its models and tables) is loaded on this thread only when a job runs here: a run on
// worker processes or on other machines keeps the coordinating process small.
const here = () => import('./article-job.ts');

/** The worker processes' module. */
export const ARTICLE_WORKER = new URL('./article-worker.ts', import.meta.url);

/**
 * `jobs` articles at once in worker processes; a story too small to repay starting them (and any
 * story with `jobs` 1) runs on the main thread. The processes start with the first story that needs them.
 */
export function localRunner(jobs: number): ArticleRunner {
  let pool: ProcessPool | undefined;
  let pooled = false;
  let large = false;
  const end = async (): Promise<void> => {
    await pool?.destroy();
    pool = undefined;
  };
  return {
    begin(articles) {
      pooled = jobs > 1 && articles >= limits.pool.minArticles;
      large = articles >= limits.pool.restArticles;
      if (pooled) pool ??= processPool(ARTICLE_WORKER, jobs);
      // Two jobs queued per process keep every process busy while the main thread reads the next article.
      return pooled ? jobs * 2 : 1;
    },
    async run(job, recordFile) {
      if (pooled && pool) return leanOf((await pool.run({ article: job, recordFile } satisfies WorkerTask)) as OutcomeMessage);
      const { record, lean } = (await here()).runArticleJob(job);
      await writeAtomically(recordFile, record);
      return lean;
    },
    page: async (job) => (pooled && pool ? ((await pool.run({ page: job } satisfies WorkerTask)) as PageFiles) : (await here()).runPageJob(job)),
    // Idle processes keep their heaps while the main one compares a large story, its busiest time.
    rest: async () => {
      if (large) await end();
    },
    close: end,
  };
}
