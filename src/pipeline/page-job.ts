// A page job writes one article's record and page into the story's report folder once the story's
// names are settled. Kept apart from the article job so that the processes that write pages load the
// report's modules only, not the analyzer's models and tables.
import { readFile } from 'node:fs/promises';
import { renameActors, type StoryName } from '../analyze/actors/story-names.ts';
import type { CachedArticle } from '../cache/story-cache.ts';
import { writeArticleReport } from '../report/write-report.ts';
import type { ArticleRecord, ArticleReport } from '../types.ts';
import { errorMessage } from '../error-message.ts';

export interface PageJob {
  /** The cached result to read the article from. */
  recordFile: string;
  /** Names to replace with the story-wide name. */
  renames: Array<[string, StoryName]>;
  /** The story's spelling of the article's outlet, where the article spells it otherwise. */
  outlet?: string;
}

/** The report under the story's spelling of its outlet, if it has one of its own. */
export function spelledOutlet(report: ArticleReport, spelling: string | undefined): ArticleReport {
  return spelling ? { ...report, outlet: { ...report.outlet, name: spelling } } : report;
}

/** A story's page jobs with what every page shares, said once: the messages to the writers stay small. */
export interface PageBatch {
  /** The story's report folder. */
  storyDir: string;
  head: Omit<ArticleRecord, 'article'>;
  pages: PageJob[];
}

/** The paths of an article's record and page in the story's report folder. */
export interface PageFiles {
  record: string;
  page: string;
}

/** A page job's outcome: its files, or why they could not be written. */
export type PageOutcome = PageFiles | { error: string };

/** Writes the article's record and page; gives their paths in the story's report folder. */
async function runPageJob(job: PageJob, batch: PageBatch): Promise<PageFiles> {
  const { report } = JSON.parse(await readFile(job.recordFile, 'utf8')) as CachedArticle;
  if (!report) throw new Error(`${job.recordFile} holds no article`);
  return writeArticleReport(batch.storyDir, { ...batch.head, article: spelledOutlet(renameActors(report, new Map(job.renames)), job.outlet) });
}

/**
 * Runs the jobs, `inFlight` at a time (each file is flushed to the disk before it counts as written,
 * and flushes waited for one after another left the processes idle most of the time); outcomes in
 * the jobs' order, and one that fails gives its error while the rest go on.
 */
export async function runPageJobs(batch: PageBatch, inFlight: number): Promise<PageOutcome[]> {
  const jobs = batch.pages;
  const outcomes = new Array<PageOutcome>(jobs.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < jobs.length; i = next++) outcomes[i] = await runPageJob(jobs[i]!, batch).catch((e: unknown) => ({ error: errorMessage(e) }));
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, jobs.length) }, lane));
  return outcomes;
}
