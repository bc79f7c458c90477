// English stop words (data/stopwords.json), shared by the cleaner's stop-word density and the vocabulary comparison.
import data from '../../data/stopwords.json' with { type: 'json' };

const STOPWORDS: ReadonlySet<string> = new Set(data.words);

/** `word` must be lower-cased with straight apostrophes (see normalizeWord). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
