// The per-article parts of the pipeline as jobs that a local worker process, a worker process on another
// machine or the main thread can run alike. An article job cleans and analyzes one article: it takes
// the article and the story's listed actors and gives the full result, already serialized for the
// cache, and the lean copy the comparison reads, so the thread that collects results does no work
// per article beyond storing them. A stage that throws becomes an error naming the file, so one bad
// article never stops the story. A page job writes one article's record and page once the story's
// names are settled.
import { readFile } from 'node:fs/promises';
import { analyzeArticle } from '../analyze/analyze-article.ts';
import { buildGazetteer, type Gazetteer, type ListedActor } from '../analyze/actors/gazetteer.ts';
import { renameActors } from '../analyze/actors/story-names.ts';
import type { CachedArticle } from '../cache/story-cache.ts';
import { cleanInput } from '../clean/clean-article.ts';
import { resolveOutlet } from '../clean/outlet.ts';
import { leanResult } from '../compare/for-comparison.ts';
import { writeArticleReport } from '../report/write-report.ts';
import type { ArticleRecord, Diagnostic, LoadedArticle } from '../types.ts';

export interface ArticleJob {
  article: LoadedArticle;
  actors: readonly ListedActor[];
}

export interface ArticleOutcome {
  /** The full result as JSON, for the cache. */
  record: string;
  /** The result with the report reduced to what the comparison reads. */
  lean: CachedArticle;
}

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

// A worker runs many articles of one story: build its gazetteer once per actor list.
let gazetteerMemo: { key: string; gazetteer: Gazetteer } | undefined;

function gazetteerFor(actors: readonly ListedActor[]): Gazetteer {
  const key = JSON.stringify(actors);
  if (gazetteerMemo?.key !== key) gazetteerMemo = { key, gazetteer: buildGazetteer(actors) };
  return gazetteerMemo.gazetteer;
}

function analyzeOne({ article, actors }: ArticleJob): CachedArticle {
  let stage: Diagnostic['stage'] = 'clean';
  const failed = (message: string): CachedArticle => ({ report: null, words: [], diagnostics: [{ level: 'error', file: article.file, stage, message }] });
  try {
    const cleaned = cleanInput(article);
    if (cleaned.blocks.length === 0) return failed('no article text found after removing page chrome');
    stage = 'analyze';
    const outlet = resolveOutlet(article.given, cleaned.found, article.file);
    const { report, words } = analyzeArticle(article, cleaned, outlet, gazetteerFor(actors));
    return { report, words: [...words], diagnostics: [] };
  } catch (e) {
    return failed(`failed: ${errorMessage(e)}`);
  }
}

export function runArticleJob(job: ArticleJob): ArticleOutcome {
  const record = JSON.stringify(analyzeOne(job));
  // Made from the JSON, not from the result: the result's strings are slices of the article's source,
  // which V8 would keep whole, page and all, for as long as the story keeps the lean copy.
  return { record, lean: leanResult(JSON.parse(record) as CachedArticle) };
}

export interface PageJob {
  /** The cached result to read the article from. */
  recordFile: string;
  /** Short names to replace with the story-wide name. */
  renames: Array<[string, string]>;
  /** The story's report folder. */
  storyDir: string;
  head: Omit<ArticleRecord, 'article'>;
}

/** Writes the article's record and page; gives their paths in the story's report folder. */
export async function runPageJob(job: PageJob): Promise<{ record: string; page: string }> {
  const { report } = JSON.parse(await readFile(job.recordFile, 'utf8')) as CachedArticle;
  if (!report) throw new Error(`${job.recordFile} holds no article`);
  return writeArticleReport(job.storyDir, { ...job.head, article: renameActors(report, new Map(job.renames)) });
}
