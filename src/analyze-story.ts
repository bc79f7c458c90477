// One story through every stage (load → clean → analyze → compare), Lighthouse-style: a stage that
// throws for one article becomes an error entry naming the file, and the run goes on.
import { analyzeArticle, type AnalyzedArticle } from './analyze/analyze-article.ts';
import { unifyStoryNames } from './analyze/actors/story-names.ts';
import { buildGazetteer } from './analyze/actors/gazetteer.ts';
import { frameCatalog } from './analyze/frames.ts';
import { cleanInput } from './clean/extraction-record.ts';
import { resolveOutlet } from './clean/outlet.ts';
import { compareOutlets } from './compare/compare-outlets.ts';
import { loadStory, type LoadOptions } from './load/load-story.ts';
import { SCHEMA_VERSION, type Comparison, type Diagnostic, type StoryReport } from './types.ts';
import { VERSION } from './version.ts';

const EMPTY_COMPARISON: Comparison = {
  outlets: [],
  pairs: [],
  mostAlike: null,
  mostDifferent: null,
  reuse: [],
  claims: { claims: [], core: [], outlets: [] },
  summary: '',
};

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export interface AnalyzeOptions extends LoadOptions {
  /** Called once per article, for progress display. */
  onArticle?: (file: string, index: number, total: number) => void;
}

export async function analyzeStory(storyDir: string, id: string, options: AnalyzeOptions = {}): Promise<StoryReport> {
  const loaded = await loadStory(storyDir, id, options);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const analyzed: AnalyzedArticle[] = [];
  const gazetteer = buildGazetteer(loaded.actors);
  loaded.articles.forEach((article, index) => {
    options.onArticle?.(article.file, index, loaded.articles.length);
    let stage: Diagnostic['stage'] = 'clean';
    try {
      const cleaned = cleanInput(article);
      if (cleaned.blocks.length === 0) {
        diagnostics.push({ level: 'error', file: article.file, stage, message: 'no article text found after removing page chrome' });
        return;
      }
      stage = 'analyze';
      const outlet = resolveOutlet(article.given, cleaned.found, article.file);
      analyzed.push(analyzeArticle(article, cleaned, outlet, gazetteer));
    } catch (e) {
      diagnostics.push({ level: 'error', file: article.file, stage, message: `failed: ${errorMessage(e)}` });
    }
  });
  for (const { report } of analyzed) {
    if (!report.lang.scored) {
      diagnostics.push({ level: 'warning', file: report.file, stage: 'analyze', message: `written in ${report.lang.name} (${report.lang.code}), not English: shown but not scored or compared` });
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
