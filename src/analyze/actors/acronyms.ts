// Acronyms an article spells out in parentheses. After a name whose capitalised words they abbreviate
// they are that name ("the Korea Aerospace Research Institute (KARI)": a later "KARI" is the
// institute, not a person compromise knows as Kari); after lower-case words they abbreviate a term
// ("binge eating disorder (BED)", "artificial intelligence (AI)"), which is no actor.
import type { PlacedMention } from './find-actors.ts';
import { isAcronym, nameTokens } from './name-tokens.ts';
import { table } from '../../settings/tables.ts';

const { words: connectorWords, conjunctions } = table('actors').connectors;
const connectors = new Set([...connectorWords, ...conjunctions]);

export interface SpelledOut {
  /** An acronym's name, by the name of the mention it follows ("KARI" → "Korea Aerospace Research Institute"). */
  names: Map<string, PlacedMention>;
  /** Acronyms of terms: no actors. */
  terms: Set<string>;
}

/**
 * The words before an acronym that it abbreviates, by their first letters from the last word back,
 * skipping connectors ("National Aeronautics and Space Administration"); null when they do not spell it.
 */
function abbreviated(words: readonly string[], acronym: string): string[] | null {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  let i = letters.length - 1;
  let j = words.length - 1;
  while (i >= 0 && j >= 0) {
    const word = words[j]!;
    if (word[0]!.toLowerCase() === letters[i]) i--;
    else if (!connectors.has(word.toLowerCase())) return null;
    j--;
  }
  return i < 0 ? words.slice(j + 1) : null;
}

export function spelledOutAcronyms(mentions: readonly PlacedMention[]): SpelledOut {
  const out: SpelledOut = { names: new Map(), terms: new Set() };
  mentions.forEach((p, k) => {
    const m = p.mention;
    if (m.fixed || m.words !== 1 || !isAcronym(m.name) || out.names.has(m.name) || out.terms.has(m.name)) return;
    const text = p.place.text;
    const from = m.start - p.place.start;
    if (text[from - 1] !== '(' || text[m.end - p.place.start] !== ')') return;
    const before = text.slice(0, from - 1).trimEnd();
    const tokens = nameTokens(before);
    const all = tokens.map((t) => t.text);
    const words = abbreviated(all, m.name);
    if (!words) return;
    const first = tokens[all.length - words.length]!.start;
    // Lower-case words, but for a capital that only starts the sentence ("Binge eating disorder (BED)").
    const lower = words.filter((w, i) => !/^\p{Lu}/u.test(w) || (i === 0 && words.length === all.length && words.length > 1));
    if (lower.length === words.length) out.terms.add(m.name);
    // The name just before it, over the words it abbreviates or most of them ("Department of
    // Agriculture" after "United States"), not their last word alone ("Energy" of "Ministry of Trade,
    // Industry and Energy").
    const previous = mentions[k - 1];
    const spans = (n: PlacedMention): boolean => n.mention.end - p.place.start === before.length && (n.mention.start - p.place.start <= first || n.mention.words > 1);
    if (previous && previous.place === p.place && spans(previous)) out.names.set(m.name, previous);
  });
  return out;
}
