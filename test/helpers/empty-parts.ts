// The parts of an article or outlet record that a test does not look at, empty but type-correct.
import type { ArticleLanguage, ArticleLanguageId, ArticleVoices, ClaimCoverage, LanguageProfile, OutletVoices } from '../../src/types.ts';

const rate = { count: 0, rate: 0, examples: [] };

export const emptyLanguage = (): LanguageProfile => ({ words: 0, loaded: { ...rate }, intensifier: { ...rate }, hedge: { ...rate } });

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
