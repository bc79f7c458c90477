// One story through every stage (load → clean → analyze → compare), Lighthouse-style: a stage that
// throws for one article becomes an error entry naming the file, and the run goes on.
import { analyzeArticle, type AnalyzedArticle } from './analyze/analyze-article.ts';
import { unifyStoryNames } from './analyze/actors/story-names.ts';
import { buildGazetteer, type Gazetteer } from './analyze/actors/gazetteer.ts';
import { frameCatalog } from './analyze/frames.ts';
import { cleanInput } from './clean/clean-article.ts';
import { resolveOutlet } from './clean/outlet.ts';
import { compareOutlets } from './compare/compare-outlets.ts';
import { testDifferences } from './compare/differences.ts';
import { UNCERTAINTY } from './compare/intervals.ts';
import { articleKey, type CachedArticle } from './cache/story-cache.ts';
import { loadStory, type LoadedStory, type LoadOptions } from './load/load-story.ts';
import { SCHEMA_VERSION, type Comparison, type Diagnostic, type LoadedArticle, type StoryReport } from './types.ts';
import { VERSION } from './version.ts';
import limits from '../data/limits.json' with { type: 'json' };

const EMPTY_COMPARISON: Comparison = {
  outlets: [],
  pairs: [],
  mostAlike: null,
  mostDifferent: null,
  reuse: [],
  claims: { claims: [], core: [], outlets: [] },
  // Nothing tested, but the settings a reader would need are still recorded.
  ...testDifferences([], UNCERTAINTY),
  findings: [],
  summary: '',
};

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export interface ArticleCache {
  /** Results of earlier runs by article key (see articleKey). */
  earlier: Readonly<Record<string, CachedArticle>>;
  /** This run's results by key, reused or new: what the next run can reuse. */
  fresh: Record<string, CachedArticle>;
  /** How many articles were taken from `earlier`. */
  reused: number;
}

export interface AnalyzeOptions {
  /** Called once per article, for progress display. */
  onArticle?: (file: string, index: number, total: number) => void;
  cache?: ArticleCache;
}

/** Cleans and analyzes one article; a stage that throws becomes an error naming the file. */
function analyzeOne(article: LoadedArticle, gazetteer: Gazetteer): CachedArticle {
  let stage: Diagnostic['stage'] = 'clean';
  try {
    const cleaned = cleanInput(article);
    if (cleaned.blocks.length === 0) {
      return { report: null, words: [], diagnostics: [{ level: 'error', file: article.file, stage, message: 'no article text found after removing page chrome' }] };
    }
    stage = 'analyze';
    const outlet = resolveOutlet(article.given, cleaned.found, article.file);
    const { report, words } = analyzeArticle(article, cleaned, outlet, gazetteer);
    return { report, words: [...words], diagnostics: [] };
  } catch (e) {
    return { report: null, words: [], diagnostics: [{ level: 'error', file: article.file, stage, message: `failed: ${errorMessage(e)}` }] };
  }
}

export async function analyzeStory(storyDir: string, id: string, options: AnalyzeOptions & LoadOptions = {}): Promise<StoryReport> {
  return analyzeLoaded(await loadStory(storyDir, id, options), options);
}

/** The story's articles through clean, analyze and compare; articles found in the cache skip the first two. */
export function analyzeLoaded(loaded: LoadedStory, options: AnalyzeOptions = {}): StoryReport {
  const { id } = loaded;
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const analyzed: AnalyzedArticle[] = [];
  const gazetteer = buildGazetteer(loaded.actors);
  const { cache } = options;
  loaded.articles.forEach((article, index) => {
    options.onArticle?.(article.file, index, loaded.articles.length);
    const key = cache ? articleKey(article, loaded.actors) : '';
    const earlier = cache?.earlier[key];
    const result = earlier ?? analyzeOne(article, gazetteer);
    if (cache) {
      cache.fresh[key] = result;
      if (earlier) cache.reused++;
    }
    diagnostics.push(...result.diagnostics);
    if (result.report) analyzed.push({ report: result.report, words: new Map(result.words) });
  });
  for (const { report } of analyzed) {
    if (!report.lang.scored) {
      diagnostics.push({ level: 'warning', file: report.file, stage: 'analyze', message: `written in ${report.lang.name} (${report.lang.code}), not English: shown but not scored or compared` });
    }
    if (report.lang.scored && report.sentences.body.length < limits.sentences.few) {
      diagnostics.push({ level: 'warning', file: report.file, stage: 'analyze', message: `only ${report.sentences.body.length} sentence in the body: its scores rest on very little text` });
    }
    if (!report.outlet.known) {
      diagnostics.push({ level: 'warning', file: report.file, stage: 'clean', message: 'outlet unknown: nothing in the text names it; add "outlet" to front matter or story.json' });
    }
  }
  const frames = frameCatalog();
  const reports = unifyStoryNames(analyzed.map((a) => a.report));
  let comparison = EMPTY_COMPARISON;
  try {
    const scored = analyzed.flatMap((a, i) => (reports[i]!.lang.scored ? [{ article: reports[i]!, words: a.words }] : []));
    comparison = compareOutlets(scored, frames);
  } catch (e) {
    diagnostics.push({ level: 'error', file: '.', stage: 'compare', message: `comparison failed: ${errorMessage(e)}` });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'framelens', version: VERSION },
    story: { id, title: loaded.title },
    frames,
    articles: reports,
    comparison,
    diagnostics,
  };
}
