// Words as names see them: dotted acronyms whole ("U.S."), hyphenated words whole unless the
// hyphen joins two names ("Russian-U.S.", "U.S.-China" are two), possessives marked, and a key for
// lookups that keeps acronyms in capitals ("US" the country, not "us"). An Arabic article joined by a
// hyphen is part of the name and left out of its key ("al-Assad" is found by "Assad"). Which other
// hyphenated words are names takes the lexicons (word-tags.ts).
import { table } from '../../settings/tables.ts';

const { connectors, titles } = table('actors');
const suffixes = new Set(titles.suffixes.map((s) => s.toLowerCase()));
const PARTICLE = new RegExp(`^(?:${connectors.particles.join('|')})-(?=\\p{Lu})`, 'u');

export interface NameToken {
  text: string;
  /** Lookup key: lower case, curly apostrophe straightened, possessive dropped; acronyms keep capitals. */
  key: string;
  start: number;
  end: number;
  /** Starts with a capital and is not a compound such as "Washington-based". */
  capital: boolean;
  /** Ends in 's: the name stops here ("Russia's Roscosmos" is two names). */
  possessive: boolean;
}

const TOKEN = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:['’]\p{L}+)*(?:-(?!\p{Lu}\.)[\p{L}\p{N}]+(?:['’]\p{L}+)*)*/gu;
const POSSESSIVE = /['’]s$/u;

/** Capitals (and digits or dots) only, two or more: "AI", "U.S.", "G20". */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}.]+$/u.test(word);
}

/** The word without an Arabic article joined by a hyphen ("Assad" for "al-Assad"). */
export const withoutParticle = (word: string): string => word.replace(PARTICLE, '');

/** A key that ends a person's name after the surname: "Jr", "III". */
export const isNameSuffix = (key: string): boolean => suffixes.has(key.toLowerCase());

export function nameKey(word: string): string {
  const bare = withoutParticle(word.replace(POSSESSIVE, ''));
  return isAcronym(bare) ? bare : bare.toLowerCase().replace(/’/g, "'");
}

export function nameTokens(text: string, offset = 0): NameToken[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    key: nameKey(m[0]),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    capital: (/^\p{Lu}/u.test(m[0]) && !/-\p{Ll}/u.test(m[0])) || PARTICLE.test(m[0]),
    possessive: POSSESSIVE.test(m[0]) && m[0].length > 2,
  }));
}

/** The keys of a phrase, joined: the form gazetteer entries are stored and looked up in. */
export function phraseKey(tokens: readonly { key: string }[]): string {
  return tokens.map((t) => t.key).join(' ');
}

/** The key of a name given as text ("U.S. Space Force"). */
export function nameTextKey(name: string): string {
  return phraseKey(nameTokens(name));
}
