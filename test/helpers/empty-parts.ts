// The parts of an article or outlet record that a test does not look at, empty but type-correct.
import type { ArticleLanguage, ArticleLanguageId, ArticleVoices, ClaimCoverage, LanguageProfile, OutletComparison, OutletVoices, Segment } from '../../src/types.ts';

const rate = { count: 0, rate: 0, examples: [] };

const emptyLanguage = (): LanguageProfile => ({ words: 0, loaded: { ...rate }, intensifier: { ...rate }, hedge: { ...rate } });

export const ENGLISH: ArticleLanguageId = { code: 'eng', name: 'English', scored: true };

export const emptyArticleParts = (): { lang: ArticleLanguageId; actors: []; voices: ArticleVoices; language: ArticleLanguage } => ({
  lang: { ...ENGLISH },
  actors: [],
  voices: { quotes: [], quotedShare: 0 },
  language: { ...emptyLanguage(), hits: [] },
});

export const emptyOutletParts = (): { actors: []; voices: OutletVoices; language: LanguageProfile; reposts: [] } => ({
  actors: [],
  voices: { speakers: [], categories: {}, verbs: {}, quotedShare: 0 },
  language: emptyLanguage(),
  reposts: [],
});

export const emptyClaims = (): ClaimCoverage => ({ claims: [], core: [], outlets: [] });

/** Tokens over a segment's sentences, as the scorers count them. */
export const tokenCount = (seg: Segment): number => seg.sentences.reduce((n, s) => n + s.tokens.length, 0);

/** A known outlet with one article and nothing measured, but what `extra` gives. */
export function emptyOutlet(name: string, extra: Partial<OutletComparison> = {}): OutletComparison {
  const stat = { n: 1, mean: 0, sd: 0, min: 0, max: 0 };
  return { name, known: true, articles: [`${name}.txt`], sentiment: stat, profile: {}, dominant: { policy: [], generic: [] }, distinctive: [], ...emptyOutletParts(), ...extra };
}
