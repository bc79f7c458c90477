// compromise's part-of-speech tags for one word, cached, and the places and organisations its
// lexicon names in more than one word: it knows common first and last names, places, adjectives and
// function words. Whether a word is a common one comes from Brill's lexicon, which knows more of them.
// Both decide which hyphenated words are given names ("Jong-un"), so a sentence's name tokens are
// made here; name-tokens.ts, used by story-level code too, loads neither lexicon.
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { nameTokens, type NameToken } from './name-tokens.ts';
import type { ActorKind } from '../../types.ts';

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
const LEXICON_KINDS: ReadonlyArray<[ActorKind, ReadonlySet<string>]> = [
  ['place', new Set(['Place', 'City', 'Region', 'Country'])],
  ['organisation', new Set(['Organization', 'Company', 'SportsTeam', 'School'])],
];

/**
 * The kind of actor compromise's lexicon makes of the words read together, or null: "San Francisco"
 * is a city there and "Pittsburgh Steelers" a team, while word by word they read as a first name
 * and a surname.
 */
export function lexiconKind(keys: readonly string[]): ActorKind | null {
  const entry = lexicon[keys.join(' ').toLowerCase()];
  if (entry === undefined) return null;
  const tags = [entry].flat();
  return LEXICON_KINDS.find(([, kinds]) => tags.some((t) => kinds.has(t)))?.[0] ?? null;
}

// Eric Brill's English lexicon, as natural ships it from pos-js (LGPL-3.0), read on first use. It lists
// a word's tags most frequent first, and it has the common words compromise leaves to a default
// ("health", "securities", "customs"), which it tags as it tags names it does not know ("Allianz").
let brill: Record<string, readonly string[]> | undefined;
const COMMON_TAGS = new Set(['NN', 'NNS', 'JJ', 'VBG']);

/** The word's tags in Brill's lexicon, in lower case, most frequent first; undefined for a word it does not know. */
function brillTags(word: string): readonly string[] | undefined {
  brill ??= createRequire(import.meta.url)('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, readonly string[]>;
  const key = word.toLowerCase();
  return Object.hasOwn(brill, key) ? brill[key] : undefined;
}

/** Whether the word, in lower case, is most often a common noun, an adjective or a gerund; unknown words and names ("Biden") are not. */
export function isCommonWord(word: string): boolean {
  const tags = brillTags(word);
  return tags !== undefined && COMMON_TAGS.has(tags[0]!);
}

/** Whether Brill's lexicon knows the word in lower case at all: "Montell" and "Dzhokhar" it does not. */
export const isEnglishWord = (word: string): boolean => brillTags(word) !== undefined;

/** Whether both lexicons read the word as an adjective first: "Democratic", "Galactic", "Frank"; not "Sajid", which only compromise does. */
export function isAdjective(word: string): boolean {
  const tags = tagsOf(word);
  return tags.includes('Adjective') && !tags.includes('FirstName') && /^JJ/.test(brillTags(word)?.[0] ?? '');
}

/** A capital, then small letters only: "Kurdish", not "BlackMagic", "Tax-Aide" or "NASA". */
export const isPlainCapitalised = (word: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(word);

/**
 * Whether a capitalised word reads as an attribute of what follows: an adjective to both lexicons, or
 * to compromise alone when Brill's does not know the word ("Russophobic", "Kurdish"), but not one it
 * guesses from a comparative's ending ("Glossier", a brand) nor a word spelled as brands are
 * ("BlackMagic", "Tax-Aide"); or a demonym in the singular ("Israeli"; "Syrians" names people).
 */
export function isAttributive(word: string): boolean {
  const tags = tagsOf(word);
  const guessed = tags.includes('Adjective') && !tags.includes('Comparative') && !isEnglishWord(word) && isPlainCapitalised(word);
  return isAdjective(word) || guessed || (tags.includes('Demonym') && !tags.includes('Plural'));
}

/** Whether the word is no English word, or one Brill's lexicon marks as foreign ("un"). */
export const isForeignWord = (word: string): boolean => (brillTags(word)?.[0] ?? 'FW') === 'FW';

/**
 * "Jong-un", "Jae-in", "Ing-wen": a given name in two short parts that are no English words (the
 * second may be a short one). "Trump-era", "Check-in" and "Ninety-two" are words.
 */
export function isTwoPartName(word: string): boolean {
  const parts = /^(\p{Lu}\p{Ll}{0,4})-(\p{Ll}{1,4})$/u.exec(word);
  if (parts === null || isEnglishWord(parts[1]!) || tagsOf(parts[1]!).includes('Value')) return false;
  return parts[2]!.length <= 2 || isForeignWord(parts[2]!);
}

/** A sentence's name tokens, with given names in two parts counted as capitalised ("Kim Jong-un"). */
export function sentenceNameTokens(text: string, offset = 0): NameToken[] {
  return nameTokens(text, offset).map((t) => (!t.capital && isTwoPartName(t.text) ? { ...t, capital: true } : t));
}
