// The parts of an article or outlet record that a test does not look at, empty but type-correct.
import type { ArticleLanguage, ArticleLanguageId, ArticleVoices, ClaimCoverage, DifferenceTest, Interval, LanguageProfile, OutletComparison, OutletVoices, Segment } from '../../src/types.ts';

const rate = { count: 0, rate: 0, examples: [] };

const emptyLanguage = (): LanguageProfile => ({ words: 0, loaded: { ...rate }, intensifier: { ...rate }, hedge: { ...rate } });

export const ENGLISH: ArticleLanguageId = { code: 'eng', name: 'English', scored: true };

export const emptyArticleParts = (): { lang: ArticleLanguageId; actors: []; voices: ArticleVoices; language: ArticleLanguage } => ({
  lang: { ...ENGLISH },
  actors: [],
  voices: { quotes: [], quotedShare: 0 },
  language: { ...emptyLanguage(), hits: [] },
});

/** A figure of `n` articles known exactly: its interval is the estimate itself. */
const pointInterval = (estimate = 0, n = 1): Interval => ({ n, estimate, low: estimate, high: estimate, over: 'articles' });

/** A test that made no comparison. */
export const noTest = (): DifferenceTest => ({ method: 'permutation test, Holm', comparisons: 0, untested: 0, alpha: 0.05, seed: 1, resamples: 0 });

export const emptyOutletParts = (): {
  actors: [];
  voices: OutletVoices;
  language: LanguageProfile;
  reposts: [];
  presence: Record<string, Interval>;
  sentimentInterval: Interval;
  quotedShareInterval: Interval;
} => ({
  presence: {},
  sentimentInterval: pointInterval(),
  quotedShareInterval: pointInterval(),
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
