// The corpus of a reports folder: every story with a report there (not only this run's, so that
// `--story` keeps the corpus whole), reduced to a digest each, pooled and compared across stories,
// and written as reports/corpus.json (the source of truth), reports/index.html rendered from it
// alone, and the tidy CSV files under reports/corpus/. A story's digest is kept in the cache while
// its report.json is unchanged (same size and time of writing), so an unchanged story costs one
// small read, not its articles' records.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCorpus, type CorpusStory } from '../corpus/build-corpus.ts';
import { storyWanted } from '../corpus/filters.ts';
import { storyDigest } from '../corpus/story-digest.ts';
import type { CorpusRunSettings, UncertaintySettings } from '../settings/settings-schema.ts';
import { errorMessage } from '../error-message.ts';
import { readIfExists } from '../load/read-if-exists.ts';
import { writeAtomically } from '../write-atomic.ts';
import { jsonChunks } from '../report/json-chunks.ts';
import { writeExports } from '../report/corpus-exports.ts';
import { renderCorpusPage } from '../report/html/corpus-page.ts';
import { readBackReport } from '../report/read-report.ts';
import { parseReadBack } from '../read-back.ts';
import { storyLink, storyPage } from '../report/write-report.ts';
import { runSummary, type StoryRun } from '../report/run-summary.ts';
import type { ArticleRecord, ArticleReport, CorpusExclusion, CorpusFilters, CorpusReport, StoryDigest, StoryReport } from '../types.ts';

/** The reports folder's sub-folder of CSV files (and the cache's of digests), which no story may share. */
export const CORPUS_FOLDER = 'corpus';

/** A digest as the cache keeps it: what it was made from, and how the index links its story. */
export interface CachedDigest {
  source: string;
  link: CorpusReport['stories'][number];
  digest: StoryDigest;
}

export interface CorpusOptions {
  outDir: string;
  /** Digests this run made of the stories it reported, by story (digestOfWritten): their records are not read back. */
  fresh?: ReadonlyMap<string, CachedDigest>;
  /** Where digests are kept between runs; null: made anew each time. */
  cacheDir: string | null;
  filters: CorpusFilters;
  settings: CorpusRunSettings;
  version: string;
  onWarning: (message: string) => void;
}

/**
 * A cached digest when it was made from this very report.json by this version (checked against
 * schema/cache.schema.json); a digest of another report is stale, and anything else counts as
 * absent, with a warning. Either way the digest is made anew.
 */
async function cachedDigest(path: string, source: string, onWarning: (m: string) => void): Promise<CachedDigest | null> {
  const text = await readIfExists(path).catch(() => null);
  if (text === null) return null;
  const { value, problem } = parseReadBack<CachedDigest>('corpusDigest', text);
  if (problem) onWarning(`${path} is not a corpus digest of this version (${problem}): made anew`);
  return value?.source === source ? value : null;
}

/** An article's record, read from the story's report folder and checked; null (with a warning) when it cannot be. */
function recordReader(storyDir: string, onWarning: (m: string) => void): (record: string) => Promise<ArticleReport | null> {
  return async (record) => {
    const path = join(storyDir, record);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      onWarning(`${path}: ${errorMessage(e)}; the article is left out of the corpus`);
      return null;
    }
    const { value, problem } = parseReadBack<ArticleRecord>('record', text);
    if (problem) onWarning(`${path} is not an article record of this version (${problem}); the article is left out of the corpus`);
    return value?.article ?? null;
  };
}

/** What a digest is made from: the version, and the report.json by its size and time of writing. */
const sourceOf = (version: string, info: { size: number; mtimeMs: number }): string => `${version}:${info.size}:${Math.trunc(info.mtimeMs)}`;

/**
 * The digest of a story whose report.json was just written, from the articles this run still holds
 * (by their records' paths), so that the corpus need not read thousands of records back.
 */
export async function digestOfWritten(outDir: string, report: StoryReport, articles: ReadonlyMap<string, ArticleReport>, settings: UncertaintySettings, version: string): Promise<CachedDigest> {
  const name = report.story.id;
  const source = sourceOf(version, await stat(join(outDir, name, 'report.json')));
  const digest = await storyDigest(report, source, async (record) => articles.get(record) ?? null, settings);
  return { source, link: storyLink(report, name), digest };
}

// The digest's lists grow with the story (a claim row per claimed sentence): written an item at a
// time, as one string the digest of a story of 5,000 articles (124 MB) took the run's memory to its peak.
const DIGEST_LISTS = new Set(['articles', 'pooling', 'frameRows', 'actorRows', 'voiceRows', 'claimRows'].map((list) => `digest.${list}`));
const writeDigest = (path: string, digest: CachedDigest): Promise<void> => writeAtomically(path, jsonChunks(digest, DIGEST_LISTS, 0));

/** The story's digest: this run's, from the cache, or made from its report and records; or why the story is left out. */
async function digestOf(dir: string, name: string, options: CorpusOptions): Promise<CorpusStory | CorpusExclusion> {
  const reportPath = join(dir, 'report.json');
  const info = await stat(reportPath).catch(() => null);
  if (!info) return { story: name, reason: 'no-report', detail: 'no report.json: its run did not finish', href: null };
  const source = sourceOf(options.version, info);
  const cachePath = options.cacheDir === null ? null : join(options.cacheDir, CORPUS_FOLDER, `${encodeURIComponent(name)}.json`);
  const fresh = options.fresh?.get(name);
  if (fresh?.source === source) {
    if (cachePath) await writeDigest(cachePath, fresh);
    return { digest: fresh.digest, link: fresh.link };
  }
  const cached = cachePath && (await cachedDigest(cachePath, source, options.onWarning));
  if (cached) return { digest: cached.digest, link: cached.link };
  let text: string | null;
  try {
    text = await readIfExists(reportPath);
  } catch (e) {
    return { story: name, reason: 'no-report', detail: `report.json unreadable: ${errorMessage(e)}`, href: null };
  }
  const { report, problem } = readBackReport(text);
  if (!report) return { story: name, reason: 'no-report', detail: `report.json of another version or shape (${problem ?? 'missing'})`, href: null };
  const digest = await storyDigest(report, source, recordReader(dir, options.onWarning), options.settings.uncertainty);
  const link = storyLink(report, name);
  if (cachePath) await writeDigest(cachePath, { source, link, digest });
  return { digest, link };
}

/** Writes corpus.json, index.html and the CSV files of every story reported in `outDir`; returns the report. */
export async function writeCorpus(options: CorpusOptions): Promise<CorpusReport> {
  const { outDir, filters } = options;
  const entries = await readdir(outDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== CORPUS_FOLDER)
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const stories: CorpusStory[] = [];
  const excluded: CorpusExclusion[] = [];
  for (const name of names) {
    if (!storyWanted(filters, name)) {
      excluded.push({ story: name, reason: 'filtered', detail: `does not match --story ${filters.stories.join(', ')}`, href: storyPage(name) });
      continue;
    }
    const got = await digestOf(join(outDir, name), name, options);
    if ('digest' in got) stories.push(got);
    else excluded.push(got);
  }
  const { report, kept } = buildCorpus(stories, filters, excluded, options.settings, options.version);
  await writeAtomically(join(outDir, 'corpus.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeExports(join(outDir, CORPUS_FOLDER), kept, report);
  await writeAtomically(join(outDir, 'index.html'), renderCorpusPage(report));
  return report;
}

/** What a run writes once its stories are done: the corpus of the reports folder, then summary.md of the run. */
export async function writeRunReports(runs: ReadonlyArray<StoryRun & { digest: CachedDigest | null }>, options: CorpusOptions): Promise<{ corpus: CorpusReport; summary: string }> {
  const fresh = new Map(runs.flatMap((r) => (r.digest ? [[r.current.story.id, r.digest] as const] : [])));
  const corpus = await writeCorpus({ ...options, fresh });
  const summary = runSummary(runs, corpus);
  await writeAtomically(join(options.outDir, 'summary.md'), summary);
  return { corpus, summary };
}
