// The per-article parts of the pipeline as jobs that a local worker process, a worker process on another
// machine or the main thread can run alike. An article job cleans and analyzes one article: it takes
// the article and the story's listed actors and gives the full result, serialized for the cache,
// and the lean copy the comparison reads, so the thread that collects results does no work per
// article beyond parsing that copy. A stage that throws becomes an error naming the file, so one bad
// article never stops the story.
import { analyzeArticle } from '../analyze/analyze-article.ts';
import { buildGazetteer, type Gazetteer } from '../analyze/actors/gazetteer.ts';
import type { ListedActor } from '../types.ts';
import type { CachedArticle } from '../cache/story-cache.ts';
import { cleanInput } from '../clean/clean-article.ts';
import { resolveOutlet } from '../clean/outlet.ts';
import { leanResult } from '../compare/for-comparison.ts';
import type { LoadedArticle } from '../types.ts';
import { errorMessage } from '../error-message.ts';
import { diagnostic } from '../diagnostics.ts';

export interface ArticleJob {
  article: LoadedArticle;
  actors: readonly ListedActor[];
}

/** An article job's result as JSON texts, to be written, sent or parsed. */
export interface ArticleOutcome {
  /** The full result, for the cache. */
  record: string;
  /** The result with the report reduced to what the comparison reads. */
  lean: string;
}

// A worker runs many articles of one story: build its gazetteer once per actor list.
let gazetteerMemo: { key: string; gazetteer: Gazetteer } | undefined;

function gazetteerFor(actors: readonly ListedActor[]): Gazetteer {
  const key = JSON.stringify(actors);
  if (gazetteerMemo?.key !== key) gazetteerMemo = { key, gazetteer: buildGazetteer(actors) };
  return gazetteerMemo.gazetteer;
}

function analyzeOne({ article, actors }: ArticleJob): CachedArticle {
  let code: 'clean-failed' | 'analyze-failed' = 'clean-failed';
  const failed = (message: string): CachedArticle => ({ report: null, words: [], diagnostics: [diagnostic(code, article.file, message)] });
  try {
    const cleaned = cleanInput(article);
    if (cleaned.blocks.length === 0) return failed('no article text found after removing page chrome');
    code = 'analyze-failed';
    const outlet = resolveOutlet(article.given, cleaned.found, article.file);
    const { report, words } = analyzeArticle(article, cleaned, outlet, gazetteerFor(actors));
    return { report, words: [...words], diagnostics: [] };
  } catch (e) {
    return failed(`failed: ${errorMessage(e)}`);
  }
}

export function runArticleJob(job: ArticleJob): ArticleOutcome {
  const result = analyzeOne(job);
  // Text, not objects, even for this thread: the result's strings are slices of the article's source,
  // which V8 would keep whole, page and all, for as long as the story keeps the lean copy.
  return { record: JSON.stringify(result), lean: JSON.stringify(leanResult(result)) };
}
