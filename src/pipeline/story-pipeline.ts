// One story through every stage: load → clean → analyze → compare → report. Articles are read one at
// a time and cleaned and analyzed on the runner (this thread, worker processes, or workers elsewhere);
// each full result goes to disk (the cache, or a folder of this run's) as it comes, and the story is
// compared from lean copies, so memory follows the comparison, not the size of the records. The
// cache wraps the per-article part: an article whose key is in it is not analyzed again, and a story
// whose inputs and report are those of the last run is not compared or rendered again.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renameActors, storyRenames } from '../analyze/actors/story-names.ts';
import { frameCatalog } from '../analyze/frames.ts';
import { analyzerFingerprint } from '../cache/fingerprint.ts';
import { articleKey, readStoryCache, runRecords, storyKey, storyRecords, writeStoryCache, type CachedArticle, type RecordStore, type StoryCache } from '../cache/story-cache.ts';
import { outletSpellings } from '../clean/outlet-names.ts';
import { compareOutlets } from '../compare/compare-outlets.ts';
import { sha256 } from '../hash.ts';
import { testDifferences } from '../compare/differences.ts';
import { leanResult } from '../compare/for-comparison.ts';
import { shareRepeats, type StringPool } from '../compare/share-repeats.ts';
import { wordCounts, type WordTable } from '../compare/word-counts.ts';
import { openStory, type LoadOptions, type OpenedStory } from '../load/load-story.ts';
import { readIfExists } from '../load/read-if-exists.ts';
import { articleEntry } from '../report/article-files.ts';
import { readBackReport } from '../report/read-report.ts';
import { priorOf, summaryViewOf, type StoryRun } from '../report/run-summary.ts';
import { writeStoryReport } from '../report/write-report.ts';
import { SCHEMA_VERSION, type ArticleReport, type Comparison, type Diagnostic, type FrameInfo, type StoryReport } from '../types.ts';
import { VERSION } from '../version.ts';
import { spelledOutlet, type PageBatch, type PageOutcome } from './page-job.ts';
import type { ArticleRunner } from './runner.ts';
import { digestOfWritten, type CachedDigest } from './write-corpus.ts';
import type { Settings } from '../settings/settings-schema.ts';
import { errorMessage } from '../error-message.ts';
import { reportSettings } from '../compare/report-settings.ts';
import { diagnostic } from '../diagnostics.ts';
import { collectGarbage } from './collect-garbage.ts';

const GENERATOR = { name: 'framelens', version: VERSION } as const;

const emptyComparison = (settings: Settings): Comparison => ({
  outlets: [],
  pairs: [],
  mostAlike: null,
  mostDifferent: null,
  reuse: [],
  claims: { claims: [], core: [], outlets: [] },
  // Nothing tested, but the settings a reader would need are still recorded.
  ...testDifferences([], settings.uncertainty),
  findings: [],
  summary: '',
});

export interface StoryRunOptions extends LoadOptions {
  settings: Settings;
  outDir: string;
  /** Where the cache lives; null runs without one. */
  cacheDir: string | null;
  timestamp: boolean;
  runner: ArticleRunner;
  /** Called as each article is done, for progress display. */
  onArticle?: (file: string, done: number, total: number) => void;
  /** Called as the story's work past its articles begins, with the number of articles: at thousands of them, these take minutes. */
  onStage?: (stage: StoryStage, articles: number) => void;
  /** A problem that is not the story's own (a previous report that cannot be used). */
  onWarning?: (message: string) => void;
}

/** The story's work once its articles are done: comparing its outlets, then writing its report. */
export type StoryStage = 'compare' | 'report';

export interface StoryOutcome extends Omit<StoryRun, 'current'> {
  /** The report written, or for an unchanged story read back. */
  current: StoryReport;
  /** Articles taken from the cache, and analyzed anew. */
  reused: number;
  analyzed: number;
  dir: string;
  /** The corpus's digest of the report written; null when the story was unchanged and nothing was written. */
  digest: CachedDigest | null;
}

/** What a run keeps of a story until it writes the corpus and summary.md: its summary view, not its report. */
export const summaryRunOf = ({ previous, current, unchanged, digest }: StoryOutcome): StoryRun & Pick<StoryOutcome, 'digest'> => ({ previous, current: summaryViewOf(current), unchanged, digest });

/** One article's result as the story keeps it in memory: the lean copy compare reads, its words kept apart. */
interface ArticleResult {
  key: string;
  file: string;
  lean: CachedArticle;
  words: Iterable<[string, number]>;
}

/** Runs `task` on each item, at most `limit` at a time. */
async function eachBounded<T>(items: Iterable<T> | AsyncIterable<T>, limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  for await (const item of items) {
    const job = task(item).finally(() => inFlight.delete(job));
    inFlight.add(job);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
}

/** Cached records read at once while a changed story takes its lean copies from the cache. */
const RECORD_READS = 8;

/**
 * Every article of the story through the runner, as many at a time as it takes, or from the cache;
 * results in file order, with the article keys and the story's key made from them. An article in
 * the cache is only noted on the pass over the articles: when `unchanged` says the story's key is
 * that of the last run, nothing more is read (at 5,000 articles, parsing every cached record for
 * lean copies that were then dropped took most of a minute) and `results` is null. Otherwise the
 * records are read; `broken` names the keys whose record could not be, and the story then has to be
 * read again with those analyzed anew.
 */
async function analyzeArticles(story: OpenedStory, known: ReadonlySet<string>, records: RecordStore, options: StoryRunOptions, unchanged: (key: string) => boolean) {
  const keys: string[] = [];
  const results: ArticleResult[] = [];
  const fromCache: Array<{ i: number; file: string }> = [];
  let done = 0;
  const table: WordTable = new Map();
  const strings: StringPool = new Map();
  const take = (i: number, file: string, lean: CachedArticle): void => {
    if (lean.report) shareRepeats(lean.report, strings);
    results[i] = { key: keys[i]!, file, lean: { ...lean, words: [] }, words: wordCounts(lean.words, table) };
  };
  const handle = async ({ i, article }: { i: number; article: Parameters<typeof articleKey>[0] }): Promise<void> => {
    const key = (keys[i] = articleKey(article, story.actors));
    if (known.has(key)) {
      fromCache.push({ i, file: article.file });
    } else {
      let lean: CachedArticle;
      // A runner that fails (a worker lost, Redis gone) is this run's problem, not the article's: reported, not cached.
      try {
        lean = await options.runner.run({ article, actors: story.actors }, records.path(key));
      } catch (e) {
        lean = { report: null, words: [], diagnostics: [diagnostic('analyze-failed', article.file, `failed: ${errorMessage(e)}`)] };
      }
      take(i, article.file, lean);
    }
    options.onArticle?.(article.file, ++done, story.total);
  };
  async function* numbered() {
    let i = 0;
    for await (const article of story.articles) yield { i: i++, article };
  }
  await eachBounded(numbered(), options.runner.begin(story.total), handle);
  await options.runner.rest();
  const key = storyKey(keys, story);
  if (unchanged(key)) return { keys, key, results: null, reused: fromCache.length, broken: [] };
  const broken: string[] = [];
  await eachBounded(fromCache, RECORD_READS, async ({ i, file }) => {
    const cached = await records.get(keys[i]!);
    if (cached) take(i, file, leanResult(cached));
    else broken.push(keys[i]!);
  });
  return { keys, key, results, reused: fromCache.length, broken };
}

/** What the story's pages and its comparison start from: the warnings about what was analyzed, and the story's names unified. */
function settleStory(story: OpenedStory, results: readonly ArticleResult[], fewSentences: number) {
  const diagnostics: Diagnostic[] = [...story.diagnostics, ...results.flatMap((r) => r.lean.diagnostics)];
  const analyzed = results.filter((r): r is ArticleResult & { lean: { report: ArticleReport } } => r.lean.report !== null);
  for (const { report } of analyzed.map((r) => r.lean)) {
    if (!report.lang.scored) {
      diagnostics.push(diagnostic('not-english', report.file, `written in ${report.lang.name} (${report.lang.code}), not English: shown but not scored or compared`));
    }
    if (report.lang.scored && report.sentences.body.length < fewSentences) {
      diagnostics.push(diagnostic('too-short', report.file, `only ${report.sentences.body.length} sentence in the body: its scores rest on very little text`));
    }
    if (!report.outlet.known) {
      diagnostics.push(diagnostic('outlet-unknown', report.file, 'outlet unknown: nothing in the text names it; add "outlet" to front matter or story.json'));
    }
  }
  const renames = storyRenames(analyzed.map((r) => r.lean.report));
  const spellings = outletSpellings(analyzed.map((r) => r.lean.report.outlet.name));
  const lean = analyzed.map((r, i) => spelledOutlet(renameActors(r.lean.report, renames[i]!), spellings.get(r.lean.report.outlet.name)));
  return { analyzed, renames, lean, diagnostics };
}

type SettledStory = ReturnType<typeof settleStory>;

/** The comparison of the story's scored articles; one that fails is an error of the report, which goes on without it. */
function compareStory(settled: SettledStory, frames: FrameInfo[], settings: Settings): { comparison: Comparison; failure: Diagnostic[] } {
  try {
    const scored = settled.analyzed.flatMap((r, i) => (settled.lean[i]!.lang.scored ? [{ article: settled.lean[i]!, words: r.words }] : []));
    return { comparison: compareOutlets(scored, frames, settings), failure: [] };
  } catch (e) {
    return { comparison: emptyComparison(settings), failure: [diagnostic('compare-failed', '.', `comparison failed: ${errorMessage(e)}`)] };
  }
}

/**
 * Hands each full record from disk, under the story's names, to the runner to be written to its own
 * file and page; once they are under way, gives a function that waits for them and gives the index of
 * the articles written. An article whose files cannot be written is an error of the report and is left
 * out of the index, so the index never names a file that is not there. A page made from what the
 * last run's was (the same record, names and story head: `earlier.pages`) and still in the folder is
 * not written again: a story that gains one article renders one page, not thousands.
 */
async function writePages(settled: SettledStory, records: RecordStore, head: PageBatch['head'], storyDir: string, runner: ArticleRunner, earlier: StoryCache | null) {
  const pages = settled.analyzed.map((result, i) => {
    const outlet = settled.lean[i]!.outlet.name;
    return { recordFile: records.path(result.key), renames: [...settled.renames[i]!], ...(outlet !== result.lean.report.outlet.name ? { outlet } : {}) };
  });
  const headKey = sha256(JSON.stringify(head));
  const pageKeys = settled.analyzed.map((result, i) => sha256(JSON.stringify([result.key, pages[i]!.renames, pages[i]!.outlet ?? null, headKey])));
  const folder = resolve(storyDir);
  const kept = pageKeys.map((key) => {
    const files = earlier?.pagesDir === folder ? earlier.pages[key] : undefined;
    return files && existsSync(join(storyDir, files.record)) && existsSync(join(storyDir, files.page)) ? files : null;
  });
  const toWrite = pages.filter((_, i) => kept[i] === null);
  const { done } = await runner.writePages({ storyDir, head, pages: toWrite });
  return async () => {
    const written = (await done)[Symbol.iterator]();
    const outcomes = kept.map((files) => files ?? (written.next().value as PageOutcome));
    const failures: Diagnostic[] = [];
    // The articles as their records hold them, for the corpus's digest.
    const byRecord = new Map<string, ArticleReport>();
    const madeFrom: StoryCache['pages'] = {};
    const entries = settled.lean.flatMap((article, i) => {
      const outcome = outcomes[i]!;
      if (!('error' in outcome)) {
        byRecord.set(outcome.record, article);
        madeFrom[pageKeys[i]!] = { record: outcome.record, page: outcome.page };
        return [articleEntry(article, outcome)];
      }
      failures.push(diagnostic('page-not-written', settled.analyzed[i]!.file, `cannot write the article's record and page, so the report leaves it out: ${outcome.error}`));
      return [];
    });
    return { entries, failures, byRecord, cached: { pagesDir: folder, pages: madeFrom } };
  };
}

/**
 * The report an earlier run left in the story's folder: its SHA-256, and what the run summary
 * compares with. Read before the articles, and the report itself let go unless `keep` (a story
 * below restArticles, whose report is the current one if nothing changed: read once, not twice):
 * held beside the story's lean copies, the report of a 5,000-article story (386 MB as a string,
 * 170 MB parsed) took the run past 1.5 GB. A report whose bytes are those the cache says it wrote
 * (`written`, by this version) is not checked against the schema again.
 */
async function readPrevious(path: string, written: string | null, keep: boolean, onWarning: StoryRunOptions['onWarning']) {
  const text = await readIfExists(path);
  const previousSha256 = text === null ? null : sha256(text);
  const { report, problem } = readBackReport(text, { checked: previousSha256 !== null && previousSha256 === written });
  if (problem) onWarning?.(`${path} is not a report of this version (${problem}): written anew`);
  return { previous: report && priorOf(report), previousSha256, kept: keep ? report : null };
}

export async function runStory(storyDir: string, id: string, options: StoryRunOptions): Promise<StoryOutcome> {
  const dir = join(options.outDir, id);
  let story = await openStory(storyDir, id, options);
  const { cache: earlier, problem: cacheProblem } = options.cacheDir ? await readStoryCache(options.cacheDir, id) : { cache: null };
  if (cacheProblem) options.onWarning?.(`the cache of story "${id}" ${cacheProblem}: every article is analyzed anew`);
  const records = options.cacheDir
    ? storyRecords(options.cacheDir, id, (file, problem) => options.onWarning?.(`${file} is not a cached result of this version (${problem}): the article is analyzed anew`))
    : await runRecords();
  try {
    const reportPath = join(dir, 'report.json');
    const read = await readPrevious(reportPath, earlier?.reportSha256 ?? null, story.total < options.settings.limits.pool.restArticles, options.onWarning);
    const { previous, previousSha256 } = read;
    // The report on disk must be the one this cache wrote: an edited or deleted report is rendered again.
    const intact = previous !== null && earlier?.reportSha256 === previousSha256 && existsSync(join(dir, 'index.html'));
    const unchanged = (key: string): boolean => earlier !== null && earlier.storyKey === key && intact && !options.timestamp;
    const known = new Set(earlier?.articles);
    let got = await analyzeArticles(story, known, records, options, unchanged);
    // A cached record that cannot be read (a partial write, an edit): the story is read again and its article analyzed anew.
    while (got.broken.length > 0) {
      for (const key of got.broken) known.delete(key);
      story = await openStory(storyDir, id, options);
      got = await analyzeArticles(story, known, records, options, () => false);
    }
    const { keys, key, results, reused } = got;
    if (results === null) {
      const current = read.kept ?? readBackReport(await readIfExists(reportPath)).report;
      if (!current) throw new Error(`${reportPath} changed or went away while the run read it`);
      return { previous, current, unchanged: true, reused, analyzed: 0, dir, digest: null };
    }
    // The story changed: its old report is no use now, and would take room from the comparison.
    read.kept = null;
    const frames = frameCatalog();
    const settled = settleStory(story, results, options.settings.limits.sentences.few);
    const storyHead = { id, title: story.title };
    // The pages are written while this thread compares the story.
    const pagesWritten = await writePages(settled, records, { schemaVersion: SCHEMA_VERSION, generator: GENERATOR, story: storyHead, frames }, dir, options.runner, earlier);
    // What reading the articles left behind makes room for the comparison, the story's busiest time.
    collectGarbage(options.settings.limits.heap);
    options.onStage?.('compare', results.length);
    const { comparison, failure } = compareStory(settled, frames, options.settings);
    options.onStage?.('report', results.length);
    const pages = await pagesWritten();
    const report: StoryReport = {
      schemaVersion: SCHEMA_VERSION,
      generator: GENERATOR,
      story: { ...storyHead, ...(options.timestamp ? { generatedAt: new Date().toISOString() } : {}) },
      settings: reportSettings(options.settings),
      frames,
      articles: pages.entries,
      comparison,
      diagnostics: [...settled.diagnostics, ...failure, ...pages.failures],
    };
    const reportSha256 = await writeStoryReport(options.outDir, report);
    const digest = await digestOfWritten(options.outDir, report, pages.byRecord, options.settings.uncertainty, VERSION);
    if (options.cacheDir) {
      await writeStoryCache(options.cacheDir, id, { fingerprint: analyzerFingerprint(), storyKey: key, reportSha256, articles: keys, ...pages.cached });
      await records.retain(new Set(keys));
    }
    return { previous, current: report, unchanged: false, reused, analyzed: results.length - reused, dir, digest };
  } finally {
    if (!options.cacheDir) await records.discard();
  }
}
