// compromise's part-of-speech tags for one word, cached, and the places its lexicon names in more
// than one word: it knows common first and last names, places, adjectives and function words, which is all the actor finder asks of it.
import nlp from 'compromise';

const cache = new Map<string, readonly string[]>();

// A lone word skips the post-tagger: its rules read words in context, which one word lacks, and they
// took four fifths of the time. Over the 24k words of the extraction benchmark's articles this changed
// the tags the actor finder reads for 6 (interjections: "OK", "shoot"). A hyphenated word is split into
// terms that the post-tagger joins ("cost-effective" an adjective), so it takes every step.
// Skipped: the steps nlp.tokenize has run already, the post-tagger, and the chunker that reads its tags.
const SKIPPED = new Set(['contractions', 'alias', 'machine', 'postTagger', 'chunks']);
const PRE_TAGGING = nlp.hooks().filter((hook) => !SKIPPED.has(hook));
const READS_ALONE = /^[^-‐‑‒–—]+$/u;

export function tagsOf(word: string): readonly string[] {
  let tags = cache.get(word);
  if (!tags) {
    const doc = READS_ALONE.test(word) ? nlp.tokenize(word).compute(PRE_TAGGING) : nlp(word);
    // The tagged terms themselves (View.docs), not .json(), which builds a whole description of the
    // text for each word (the same tags, in the same order, at half the cost).
    const term = (doc.docs as Array<Array<{ tags: Set<string> }>>)[0]?.[0];
    tags = term ? [...term.tags] : [];
    cache.set(word, tags);
  }
  return tags;
}

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const PLACE_TAGS = new Set(['Place', 'City', 'Region', 'Country']);

/**
 * Whether compromise's lexicon holds the words, read together, as a place: "San Francisco" and "Los
 * Angeles" are cities there, while word by word they read as a first name and a plural.
 */
export function isLexiconPlace(keys: readonly string[]): boolean {
  const tags = lexicon[keys.join(' ').toLowerCase()];
  return tags !== undefined && [tags].flat().some((t) => PLACE_TAGS.has(t));
}
