// A page job writes one article's record and page into the story's report folder once the story's
// names are settled. Kept apart from the article job so that the processes that write pages load the
// report's modules only, not the analyzer's models and tables.
import { readFile } from 'node:fs/promises';
import { renameActors } from '../analyze/actors/story-names.ts';
import type { CachedArticle } from '../cache/story-cache.ts';
import { writeArticleReport } from '../report/write-report.ts';
import type { ArticleRecord } from '../types.ts';
import { errorMessage } from '../error-message.ts';

export interface PageJob {
  /** The cached result to read the article from. */
  recordFile: string;
  /** Short names to replace with the story-wide name. */
  renames: Array<[string, string]>;
  /** The story's report folder. */
  storyDir: string;
  head: Omit<ArticleRecord, 'article'>;
}

/** The paths of an article's record and page in the story's report folder. */
export interface PageFiles {
  record: string;
  page: string;
}

/** A page job's outcome: its files, or why they could not be written. */
export type PageOutcome = PageFiles | { error: string };

/** Writes the article's record and page; gives their paths in the story's report folder. */
export async function runPageJob(job: PageJob): Promise<PageFiles> {
  const { report } = JSON.parse(await readFile(job.recordFile, 'utf8')) as CachedArticle;
  if (!report) throw new Error(`${job.recordFile} holds no article`);
  return writeArticleReport(job.storyDir, { ...job.head, article: renameActors(report, new Map(job.renames)) });
}

/** Runs the jobs one after another; one that fails gives its error and the rest go on. */
export async function runPageJobs(jobs: readonly PageJob[]): Promise<PageOutcome[]> {
  const outcomes: PageOutcome[] = [];
  for (const job of jobs) outcomes.push(await runPageJob(job).catch((e: unknown) => ({ error: errorMessage(e) })));
  return outcomes;
}
