// The library entry (`import { analyzeStories } from 'framelens'`): what the commands do, as functions.
// analyzeStories is `framelens analyze`; extract, scoreSentences and scoreFrames are `framelens
// extract`, `sentiment` and `frames` for one text given as a string.
import { join } from 'node:path';
import { framePresence, topFrames } from './analyze/frame-presence.ts';
import { scoreFrames as frameScores } from './analyze/frames.ts';
import { segment } from './text/segment.ts';
import { sentimentRecord, type SentimentRecord } from './analyze/sentiment-record.ts';
import { extractRecord, failedRecord, type ExtractionRecord } from './clean/extraction-record.ts';
import { acquireLock } from './cli/run-lock.ts';
import { selectStories } from './corpus/filters.ts';
import { countArticleFiles, listStories } from './load/discover.ts';
import { articleFromBytes } from './load/read-article.ts';
import { utf8 } from './utf8.ts';
import type { TargetMention } from './load/sentiment-lines.ts';
import { defaultJobs } from './pipeline/jobs.ts';
import { localRunner } from './pipeline/runner.ts';
import { runStory, summaryRunOf } from './pipeline/story-pipeline.ts';
import { CORPUS_FOLDER, writeRunReports } from './pipeline/write-corpus.ts';
import { collectGarbage } from './pipeline/collect-garbage.ts';
import type { CorpusReport, FramePresence, InputKind, PartScores, StoryReport } from './types.ts';
import { VERSION } from './version.ts';
import { loadSettings } from './settings/load-settings.ts';
import type { Settings } from './settings/settings-schema.ts';

export { VERSION };
export type { CorpusReport, ExtractionRecord, InputKind, SentimentRecord, StoryReport };

// The settings of data/, read on the first call that needs them. They are not an option: the caches
// and the reports' fingerprints name data/, so a run with other settings would be mistaken for one
// with these.
let bundled: Settings | undefined;
const bundledSettings = (): Settings => (bundled ??= loadSettings());

// ---------- analyzeStories ----------

export interface AnalyzeOptions {
  /** The folder holding one sub-folder per story. */
  articles: string;
  /** Where the reports are written (created if needed). */
  out: string;
  /** Story names or patterns (`*`, `?`, `[abc]`) to analyze; every story when absent. */
  stories?: string[];
  /** The cache folder; default `<out>/.cache`; null keeps no cache. */
  cache?: string | null;
  /** Articles cleaned and analyzed at once; default the cores available. */
  jobs?: number;
  /** Corpus filters: articles published on or after / on or before (YYYY-MM-DD), these outlets only. */
  since?: string;
  until?: string;
  outlets?: string[];
  /** Record the generation time (the reports are then no longer byte-identical). */
  timestamp?: boolean;
  /** Fetch the stories' URLs again instead of reading their snapshots. */
  refresh?: boolean;
  /** Problems that are not a story's own (a cache or earlier report that cannot be used). */
  onWarning?: (message: string) => void;
}

export interface AnalyzedStory {
  id: string;
  /** The story's report folder: report.json, index.html, articles/. */
  dir: string;
  report: StoryReport;
  /** Inputs unchanged since the last run: nothing was analyzed or rendered again. */
  unchanged: boolean;
}

export interface AnalyzeResult {
  stories: AnalyzedStory[];
  /** The corpus across every story reported in `out` (also `<out>/corpus.json`). */
  corpus: CorpusReport;
  /** The run's Markdown summary (also `<out>/summary.md`). */
  summary: string;
}

/**
 * Analyzes story folders into a reports folder, as `framelens analyze` does: `<out>/<story>/`,
 * `<out>/corpus.json`, `<out>/index.html`, `<out>/corpus/*.csv` and `<out>/summary.md`.
 * Rejects when no story is found or another run is writing to `out`; an article that cannot be
 * analyzed is a diagnostic in its story's report, not an error.
 */
export async function analyzeStories(options: AnalyzeOptions): Promise<AnalyzeResult> {
  const { articles, out } = options;
  const available = await listStories(articles);
  const { wanted, unmatched } = selectStories(available, options.stories);
  if (unmatched !== undefined) throw new Error(`no story matches "${unmatched}" in ${articles} (found: ${available.join(', ') || 'none'})`);
  if (wanted.length === 0) throw new Error(`no story folders in ${articles}`);
  if (wanted.includes(CORPUS_FOLDER)) throw new Error(`a story may not be called "${CORPUS_FOLDER}": ${join(out, CORPUS_FOLDER)} holds the corpus's CSV files`);
  const lock = await acquireLock(out);
  if (!lock.ok) throw new Error(lock.message);
  const cacheDir = options.cache === undefined ? join(out, '.cache') : options.cache;
  const settings = bundledSettings();
  const runner = localRunner(options.jobs ?? defaultJobs(), settings.limits, await countArticleFiles(articles, wanted));
  try {
    const runs = [];
    for (const id of wanted) {
      runs.push(
        await runStory(join(articles, id), id, {
          outDir: out,
          cacheDir,
          timestamp: options.timestamp ?? false,
          refresh: options.refresh ?? false,
          runner,
          settings,
          ...(options.onWarning ? { onWarning: options.onWarning } : {}),
        }),
      );
      collectGarbage(settings.limits.heap);
    }
    const { corpus, summary } = await writeRunReports(runs.map(summaryRunOf), {
      outDir: out,
      cacheDir,
      filters: { since: options.since ?? null, until: options.until ?? null, outlets: options.outlets ?? [], stories: options.stories ?? [] },
      settings,
      version: VERSION,
      onWarning: options.onWarning ?? (() => {}),
    });
    return { stories: runs.map((run, i) => ({ id: wanted[i]!, dir: run.dir, report: run.current, unchanged: run.unchanged })), corpus, summary };
  } finally {
    await runner.close();
    await lock.release();
  }
}

// ---------- extract ----------

export interface ExtractOptions {
  /** How to read the input; default `html` when it starts with `<`, else `text`. */
  kind?: InputKind;
  /** Treat the input as plain text copied from a page, whatever its kind (`framelens extract --text`). */
  text?: boolean;
  /** The `path` the record names; default `input`. */
  path?: string;
}

/**
 * Cleans one page or text as `framelens extract` does: the main text, metadata and comments, or
 * why there is none (`reason`) or why it could not be read (`error`). Bytes are decoded as files
 * are (BOM, declared charset, gzip).
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): ExtractionRecord {
  const path = options.path ?? 'input';
  const bytes = typeof input === 'string' ? utf8(input) : input;
  const { limits } = bundledSettings();
  let read = articleFromBytes(bytes, path, options.kind ?? 'html', limits);
  // Without a kind, what the decoded text starts with decides: a page, or text read again as text.
  if (read.ok && options.kind === undefined && !/^\s*</.test(read.article.content)) read = articleFromBytes(bytes, path, 'text', limits);
  return read.ok ? extractRecord(path, read.article, options.text ? 'text' : 'auto') : failedRecord(path, read.reason);
}

// ---------- scoreSentences ----------

export interface SentenceInput {
  id?: string;
  text: string;
  /** Mentions to score the sentiment toward: character offsets [from, to) in `text`. */
  targets?: Array<{ from: number; to: number }>;
}

/**
 * Scores sentences as `framelens sentiment` does: score, polarity (-1, 0, 1), and with
 * `evidence` the words that decided it; each target scored for the sentiment toward it. A
 * sentence given as a string, or without an id, is numbered from 1.
 */
export function scoreSentences(sentences: ReadonlyArray<string | SentenceInput>, options: { evidence?: boolean } = {}): SentimentRecord[] {
  return sentences.map((s, i) => {
    const item = typeof s === 'string' ? { text: s } : s;
    const targets: TargetMention[] | undefined = item.targets?.map(({ from, to }) => ({ from, to }));
    return sentimentRecord({ id: item.id ?? String(i + 1), text: item.text, ...(targets ? { targets } : {}) }, { evidence: options.evidence ?? false });
  });
}

// ---------- scoreFrames ----------

export interface FramesRecord {
  id: string;
  /** Every frame of the catalog, present or not: strength 0–1 and the features that decided it. */
  frames: Array<Pick<FramePresence, 'id' | 'present' | 'strength' | 'evidence'>>;
  /** The strongest present frame of each family, null when none is present. */
  top: PartScores['top'];
}

/** Frame presence of a text (a sentence, a paragraph or an article's plain text), as `framelens frames` gives it for a line. */
export function scoreFrames(text: string, options: { id?: string } = {}): FramesRecord {
  const seg = segment('body', text);
  const presence = framePresence([seg], frameScores([seg]));
  return {
    id: options.id ?? 'text',
    frames: presence.map(({ id, present, strength, evidence }) => ({ id, present, strength, evidence })),
    top: topFrames(presence),
  };
}
