// compromise's part-of-speech tags for one word, cached: its lexicon knows common first and last
// names, adjectives and function words, which is all the actor finder asks of it.
import nlp from 'compromise';

const cache = new Map<string, readonly string[]>();

export function tagsOf(word: string): readonly string[] {
  let tags = cache.get(word);
  if (!tags) {
    tags = (nlp(word).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
    cache.set(word, tags);
  }
  return tags;
}
