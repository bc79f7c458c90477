// Who runs the per-article jobs: the main thread, a pool of worker processes on this machine, or (see
// src/distribute/) workers on other machines. For each job the runner writes the full record to the
// file the pipeline names and gives back the lean copy; the pipeline keeps as many jobs in flight as
// the runner says, and every runner gives the same results, so the reports are the same whichever ran them.
import type { CachedArticle } from '../cache/story-cache.ts';
import type { ArticleJob } from './article-job.ts';
import type { WorkerTask } from './article-worker.ts';
import { leanOf, type OutcomeMessage } from './outcome-message.ts';
import { runPageJobs, type PageBatch, type PageOutcome } from './page-job.ts';
import type { PageTask } from './page-worker.ts';
import { writeAtomically } from '../write-atomic.ts';
import { processPool, type ProcessPool } from './process-pool.ts';
import type { Limits } from '../settings/settings-schema.ts';
import { errorMessage } from '../error-message.ts';

/** A story's page jobs once handed over: their outcomes, in the jobs' order, to come. */
export interface PagesUnderWay {
  done: Promise<PageOutcome[]>;
}

export interface ArticleRunner {
  /** Called before a story's articles are run: how many jobs to keep in flight for it. */
  begin(articles: number): number;
  /** Runs the job, writes its full record to `recordFile` and gives the lean copy. */
  run(job: ArticleJob, recordFile: string): Promise<CachedArticle>;
  /**
   * Hands over the story's page jobs (run on this machine: the reports are written here); settles once
   * they no longer need this thread, so that the story can be compared while they run.
   */
  writePages(batch: PageBatch): Promise<PagesUnderWay>;
  /** Called once a story's articles are done, before it is compared: lets go of what the runner holds meanwhile. */
  rest(): Promise<void>;
  close(): Promise<void>;
}

// The analyzer (its models and tables) is loaded on this thread only when a job runs here: a run on
// worker processes or on other machines keeps the coordinating process small.
const here = () => import('./article-job.ts');

/** The worker processes' modules: one analyzes articles, the other, lighter, writes pages; `.js` beside this module once compiled (dist/). */
const MODULE_EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
export const ARTICLE_WORKER = new URL(`./article-worker${MODULE_EXT}`, import.meta.url);
const PAGE_WORKER = new URL(`./page-worker${MODULE_EXT}`, import.meta.url);

/** The jobs in `parts` runs of consecutive jobs, as even as can be. */
function shares<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/**
 * `jobs` articles at once in worker processes; a story too small to repay starting them, and a story
 * below `restArticles` with `jobs` 1, runs on the main thread. Small is judged by the run, not the
 * story alone (`runArticles`, the article files of every story the run takes): processes started
 * for the first story serve the rest, so a corpus of many short stories uses every core too. A
 * large story runs in worker processes even with `jobs` 1, so that the main process never holds the
 * analyzer's heap beside the story's lean copies (5,000 articles: 1.66 GB in one process). Its pages
 * are written by `jobs` other processes, each given its share at once, so that they go on while the
 * main thread compares the story and take every core once it is done (one fewer left the pages 40 s
 * behind the comparison at 5,000 articles).
 * The processes start with the first story that needs them; a large story's end with its part.
 * `limits.pool`: data/limits.json's story sizes for the pool and for rest, and the page files written at once.
 */
export function localRunner(jobs: number, limits: Pick<Limits, 'pool'>, runArticles = 0): ArticleRunner {
  let pool: ProcessPool | undefined;
  let pagePool: ProcessPool | undefined;
  let pooled = false;
  let large = false;
  const end = async (): Promise<void> => {
    await pool?.destroy();
    pool = undefined;
  };
  return {
    begin(articles) {
      large = articles >= limits.pool.restArticles;
      pooled = Math.max(articles, runArticles) >= limits.pool.minArticles && (jobs > 1 || large);
      // Each process holds its next jobs while it works on one, so that it never waits on this thread.
      if (pooled) pool ??= processPool(ARTICLE_WORKER, jobs, limits.pool.jobsPerProcess);
      return pooled ? jobs * limits.pool.jobsPerProcess : 1;
    },
    async run(job, recordFile) {
      if (pooled && pool) return leanOf((await pool.run({ article: job, recordFile } satisfies WorkerTask)) as OutcomeMessage);
      const outcome = (await here()).runArticleJob(job);
      await writeAtomically(recordFile, outcome.record);
      return leanOf(outcome);
    },
    async writePages(batch) {
      if (!pooled || batch.pages.length === 0) return { done: runPageJobs(batch, limits.pool.writesInFlight) };
      const writers = (pagePool ??= processPool(PAGE_WORKER, jobs));
      const done = Promise.all(
        shares(batch.pages, jobs).map((share) =>
          writers.run({ batch: { ...batch, pages: share }, inFlight: limits.pool.writesInFlight } satisfies PageTask).then(
            (outcomes) => outcomes as PageOutcome[],
            // A process lost with its share fails each of its pages, and only those.
            (e: unknown) => share.map(() => ({ error: errorMessage(e) })),
          ),
        ),
      ).then((parts) => parts.flat());
      await writers.listening();
      if (!large) return { done };
      // Idle writers would keep their heaps while this process writes the story's report and the corpus.
      return {
        done: done.then(async (outcomes) => {
          if (pagePool === writers) pagePool = undefined;
          await writers.destroy();
          return outcomes;
        }),
      };
    },
    // Idle processes keep their heaps while the main one compares a large story, its busiest time.
    rest: async () => {
      if (large) await end();
    },
    async close() {
      await Promise.all([end(), pagePool?.destroy()]);
      pagePool = undefined;
    },
  };
}
