// English stop words (data/stopwords.json), shared by the cleaner's stop-word density and the vocabulary comparison.
import { table } from '../settings/tables.ts';

const data = table('stopwords');

const STOPWORDS: ReadonlySet<string> = new Set(data.words);

/** `word` must be lower-cased with straight apostrophes (see normalizeWord). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
