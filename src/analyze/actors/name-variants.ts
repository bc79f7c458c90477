// A person's name in its parts, the names that are one person written with and without a middle
// name, and the endings a person is named by later ("Hawk Sawyer"); used within an article
// (find-actors.ts) and across the story (story-names.ts).
import { isNameSuffix, nameTokens, phraseKey } from './name-tokens.ts';

export interface NameParts {
  first: string;
  /** Middle names or initials, keyed: "w" for "John W. Raymond". */
  middle: string[];
  surname: string;
  /** "jr", "III"; empty when there is none. */
  suffix: string;
}

/** A person's name in parts (lookup keys); null for a single word. */
export function nameParts(name: string): NameParts | null {
  const keys = nameTokens(name).map((t) => t.key);
  const suffix = keys.length > 2 && isNameSuffix(keys.at(-1)!) ? keys.pop()! : '';
  return keys.length < 2 ? null : { first: keys[0]!, middle: keys.slice(1, -1), surname: keys.at(-1)!, suffix };
}

/**
 * Persons' full names written without a middle name, each with the one written with it: "Owen
 * Dempsey" is "Owen John Dempsey" where both are given. Not where two different middle names go
 * with the given name and surname: "George W. Bush" and "George H. W. Bush" are two people. A
 * suffix tells a son from his father ("Donald Trump Jr").
 */
export function middleNameVariants(names: Iterable<string>): Map<string, string> {
  const byPerson = new Map<string, { plain: Set<string>; middled: Map<string, string> }>();
  for (const name of names) {
    const parts = nameParts(name);
    if (!parts) continue;
    const key = [parts.first, parts.surname, parts.suffix].join('\0');
    const person = byPerson.get(key) ?? { plain: new Set<string>(), middled: new Map<string, string>() };
    const middle = parts.middle.join(' ');
    if (!middle) person.plain.add(name);
    else if (!person.middled.has(middle)) person.middled.set(middle, name);
    byPerson.set(key, person);
  }
  const renamed = new Map<string, string>();
  for (const { plain, middled } of byPerson.values()) {
    const [full, ...others] = middled.values();
    if (full === undefined || others.length > 0) continue;
    for (const name of plain) renamed.set(name, full);
  }
  return renamed;
}

/**
 * The last two or more words of persons' names of three or more, by their keys, each with the one
 * name they end: an article names "Kathleen Hawk Sawyer" later as "Hawk Sawyer", "Joel Eriksson Ek"
 * as "Eriksson Ek". Endings two names share are left out.
 */
export function nameEndings(names: Iterable<string>): Map<string, string> {
  const byEnding = new Map<string, Set<string>>();
  for (const name of names) {
    const tokens = nameTokens(name);
    for (let k = 2; k < tokens.length; k++) {
      const ending = phraseKey(tokens.slice(-k));
      byEnding.set(ending, (byEnding.get(ending) ?? new Set()).add(name));
    }
  }
  return new Map([...byEnding].filter(([, owners]) => owners.size === 1).map(([ending, owners]) => [ending, [...owners][0]!]));
}
