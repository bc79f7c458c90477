// The files a run wrote for one article: its full record, found through the story's report.json,
// whose index names each article's record file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleRecord, ArticleReport, StoryReport } from '../../src/types.ts';

/** The record file of the article `id` in the story's report folder, as report.json names it; null when the index has no such article. */
export async function recordPath(storyReportDir: string, id: string): Promise<string | null> {
  const report = JSON.parse(await readFile(join(storyReportDir, 'report.json'), 'utf8')) as StoryReport;
  const entry = report.articles.find((a) => a.id === id);
  return entry ? join(storyReportDir, entry.record) : null;
}

export async function readRecord(storyReportDir: string, id: string): Promise<ArticleRecord> {
  const path = await recordPath(storyReportDir, id);
  if (!path) throw new Error(`no article ${id} in ${storyReportDir}/report.json`);
  return JSON.parse(await readFile(path, 'utf8')) as ArticleRecord;
}

/** The full report of the article `id`, or null when the run wrote no record of it. */
export async function readArticle(storyReportDir: string, id: string): Promise<ArticleReport | null> {
  try {
    return (await readRecord(storyReportDir, id)).article;
  } catch {
    return null;
  }
}
