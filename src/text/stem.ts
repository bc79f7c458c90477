// Porter stems, cached: the same few thousand words recur across every article of a story.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

const cache = new Map<string, string>();

export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    cache.set(word, s);
  }
  return s;
}
