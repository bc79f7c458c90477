// An outlet's loaded terms, intensifiers and hedges: its articles taken together, so a long article
// weighs more than a short one, as it does for the reader.
import { languageRate } from '../analyze/language.ts';
import type { LanguageKind, LanguageProfile, LanguageRate } from '../types.ts';

/** Sums the articles' counts and words and recomputes the rates; examples are merged from each article's list. */
export function outletLanguage(articles: readonly LanguageProfile[]): LanguageProfile {
  const words = articles.reduce((n, a) => n + a.words, 0);
  const rate = (kind: LanguageKind): LanguageRate => {
    const cues = new Map<string, number>();
    let count = 0;
    for (const article of articles) {
      count += article[kind].count;
      for (const example of article[kind].examples) cues.set(example.cue, (cues.get(example.cue) ?? 0) + example.count);
    }
    return languageRate(count, words, cues);
  };
  return { words, loaded: rate('loaded'), intensifier: rate('intensifier'), hedge: rate('hedge') };
}
