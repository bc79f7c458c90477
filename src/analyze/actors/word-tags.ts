// compromise's part-of-speech tags for one word, cached: its lexicon knows common first and last
// names, adjectives and function words, which is all the actor finder asks of it.
import nlp from 'compromise';

const cache = new Map<string, readonly string[]>();

export function tagsOf(word: string): readonly string[] {
  let tags = cache.get(word);
  if (!tags) {
    // The tagged terms themselves (View.docs), not .json(), which builds a whole description of the
    // text for each word (the same tags, in the same order, at half the cost).
    const term = (nlp(word).docs as Array<Array<{ tags: Set<string> }>>)[0]?.[0];
    tags = term ? [...term.tags] : [];
    cache.set(word, tags);
  }
  return tags;
}
