// One story of a run: loaded (and fetched), then either left as it is, when its inputs and the
// analyzer are those of the last run and its report is still the one written then, or analyzed
// with every unchanged article taken from the cache, written, and cached for the next run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeLoaded, type AnalyzeOptions, type ArticleCache } from '../analyze-story.ts';
import { analyzerFingerprint } from '../cache/fingerprint.ts';
import { articleKey, readStoryCache, storyKey, writeStoryCache } from '../cache/story-cache.ts';
import { sha256 } from '../hash.ts';
import { loadStory, type LoadOptions } from '../load/load-story.ts';
import { readIfExists } from '../load/read-if-exists.ts';
import type { StoryRun } from '../report/run-summary.ts';
import { writeStoryReport } from '../report/write-report.ts';
import type { StoryReport } from '../types.ts';

export interface RunStoryOptions extends LoadOptions, AnalyzeOptions {
  outDir: string;
  /** Where the cache lives; null runs without one. */
  cacheDir: string | null;
  timestamp: boolean;
}

export interface StoryOutcome extends StoryRun {
  /** Articles taken from the cache, and analyzed anew. */
  reused: number;
  analyzed: number;
  dir: string;
}

/** The report a previous run left, or null: none, or not a report any more (a broken or hand-edited file is written anew). */
function parseReport(text: string | null): StoryReport | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as StoryReport;
  } catch {
    return null;
  }
}

export async function runStory(storyDir: string, id: string, options: RunStoryOptions): Promise<StoryOutcome> {
  const dir = join(options.outDir, id);
  const loaded = await loadStory(storyDir, id, options);
  const earlier = options.cacheDir ? await readStoryCache(options.cacheDir, id) : null;
  const key = storyKey(
    loaded.articles.map((a) => articleKey(a, loaded.actors)),
    loaded,
  );
  const previousText = await readIfExists(join(dir, 'report.json'));
  const previous = parseReport(previousText);
  // The report on disk must be the one this cache wrote: an edited or deleted report is rendered again.
  const intact = previous !== null && previousText !== null && earlier?.reportSha256 === sha256(previousText) && existsSync(join(dir, 'index.html'));
  if (earlier && earlier.storyKey === key && intact && !options.timestamp) {
    return { previous, current: previous!, unchanged: true, reused: loaded.articles.length, analyzed: 0, dir };
  }
  const cache: ArticleCache = { earlier: earlier?.articles ?? {}, fresh: {}, reused: 0 };
  const report = analyzeLoaded(loaded, { ...options, cache });
  if (options.timestamp) report.story.generatedAt = new Date().toISOString();
  const json = await writeStoryReport(options.outDir, report);
  if (options.cacheDir) {
    await writeStoryCache(options.cacheDir, id, { fingerprint: analyzerFingerprint(), storyKey: key, reportSha256: sha256(json), articles: cache.fresh });
  }
  return { previous, current: report, unchanged: false, reused: cache.reused, analyzed: loaded.articles.length - cache.reused, dir };
}
