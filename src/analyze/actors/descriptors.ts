// How a sentence describes an actor it names: a title or role before the name ("Roscosmos chief
// Dmitry Rogozin", "former senator Bill Nelson"), an appositive after it ("Harry Kazianis, a senior
// director at …,"), or an adjective right before it ("authoritarian China").
import { nameTokens, type NameToken } from './name-tokens.ts';
import type { Mention } from './mentions.ts';
import { sentenceNameTokens, tagsOf } from './word-tags.ts';
import type { ActorDescriptor, Part, Token } from '../../types.ts';
import { table } from '../../settings/tables.ts';

const data = table('actors');
const rules = table('descriptors');

const roleWords = new Set([...data.titles.person.map((t) => t.toLowerCase()), ...data.roleNouns.official, ...data.roleNouns.expert, ...data.roleNouns.media]);
const appositiveStarts = new Set(rules.appositive.starts);
const appositiveStops = new Set(rules.appositive.stops);
const roleStops = new Set(rules.role.stops);
const qualifiers = new Set(rules.role.qualifiers);
const honorifics = new Set(data.titles.honorifics.map((t) => t.toLowerCase()));

export interface SentencePlace {
  part: Part;
  index: number;
  /** Offset of the sentence in the part text. */
  start: number;
  text: string;
  tokens: readonly Token[];
}

const sentenceTokens = new WeakMap<SentencePlace, NameToken[]>();

/** The sentence's name tokens, offsets into the part: tokenised once however often names are looked for in it. */
export function placeNames(place: SentencePlace): NameToken[] {
  let tokens = sentenceTokens.get(place);
  if (!tokens) {
    tokens = sentenceNameTokens(place.text, place.start);
    sentenceTokens.set(place, tokens);
  }
  return tokens;
}

/** The sentence's words before `offset`. */
function wordsBefore(place: SentencePlace, offset: number): NameToken[] {
  return placeNames(place).filter((t) => t.end <= offset);
}

function span(place: SentencePlace, start: number, end: number): ActorDescriptor['span'] {
  return { part: place.part, sentence: place.index, start, end };
}

/** ", a senior director at …," after the mention: up to the next comma, if it reads as a description. */
function appositive(place: SentencePlace, mention: Mention): ActorDescriptor | null {
  const after = place.text.slice(mention.end - place.start);
  const m = /^, ([^,;:()—–]+?)(?=,|;|—|–|\.$|$)/u.exec(after);
  if (!m) return null;
  const words = nameTokens(m[1]!).map((t) => t.text.toLowerCase());
  if (words.length === 0 || words.length > rules.appositive.maxWords || words.some((w) => appositiveStops.has(w))) return null;
  if (!appositiveStarts.has(words[0]!) && !words.some((w) => roleWords.has(w))) return null;
  const start = mention.end + 2;
  return { text: m[1]!, kind: 'appositive', span: span(place, start, start + m[1]!.length) };
}

/** A role written before the name, with the title the name carries ("Roscosmos chief", "former senator", "Chinese President"). */
function roleBefore(place: SentencePlace, mention: Mention): ActorDescriptor | null {
  // "Mr." describes no one.
  if (mention.title && honorifics.has(mention.title.key)) return null;
  const nameStart = mention.title?.start ?? mention.start;
  const before = wordsBefore(place, nameStart);
  let from = before.length;
  let next = nameStart;
  while (from > 0 && before.length - from < rules.role.maxWords) {
    const t = before[from - 1]!;
    const word = t.text.toLowerCase();
    const joined = /^ +$/.test(place.text.slice(t.end - place.start, next - place.start));
    if (!joined || roleStops.has(word) || !(t.capital || roleWords.has(word) || qualifiers.has(word))) break;
    from--;
    next = t.start;
  }
  const words = before.slice(from);
  const nextToName = words.at(-1);
  // Without a title, the word next to the name must be a role: "chief Dmitry Rogozin", not "NASA Dmitry".
  if (!mention.title && (!nextToName || !roleWords.has(nextToName.text.toLowerCase()))) return null;
  const start = words[0]?.start ?? nameStart;
  const end = mention.title?.end ?? nextToName!.end;
  return { text: place.text.slice(start - place.start, end - place.start).replace(/\.$/, ''), kind: 'title', span: span(place, start, end) };
}

/** "Brian Weeden of the Secure World Foundation": the body a person speaks for, named right after them. */
function affiliation(place: SentencePlace, mention: Mention): ActorDescriptor | null {
  const m = /^ (?:of|at|from) (?:the )?\p{Lu}[\p{L}'’.-]*(?: (?:of|for|the|and|\p{Lu}[\p{L}'’.-]*))*/u.exec(place.text.slice(mention.end - place.start));
  if (!m || mention.kind !== 'person') return null;
  const start = mention.end + 1;
  const text = m[0].slice(1).replace(/(?: (?:of|for|the|and))+$/u, '');
  return { text, kind: 'appositive', span: span(place, start, start + text.length) };
}

/** "U.S.-China relations", "Chinese authorities", "the Apollo lunar mission": the name qualifies a noun after it. */
function isAttributive(place: SentencePlace, mention: Mention): boolean {
  const next = /^(-| (\p{Ll}[\p{L}'’]*))/u.exec(place.text.slice(mention.end - place.start));
  return next !== null && (next[1] === '-' || !tagsOf(next[2]!).includes('Verb'));
}

/** compromise's adjectives, and words it has no tag for that end like one ("authoritarian"). */
function isAdjective(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.includes('Adjective')) return true;
  return !tags.some((t) => rules.adjective.notTags.includes(t)) && rules.adjective.suffixes.some((s) => word.toLowerCase().endsWith(s));
}

function adjectiveBefore(place: SentencePlace, mention: Mention): ActorDescriptor | null {
  const before = wordsBefore(place, mention.start).at(-1);
  if (!before || before.capital || !/^ +$/.test(place.text.slice(before.end - place.start, mention.start - place.start))) return null;
  // The word tests last: each may run the tagger on a word it has not seen.
  if (roleWords.has(before.text.toLowerCase()) || isAttributive(place, mention) || !isAdjective(before.text)) return null;
  return { text: before.text, kind: 'adjective', span: span(place, before.start, before.end) };
}

export function describeMention(place: SentencePlace, mention: Mention): ActorDescriptor[] {
  const role = roleBefore(place, mention);
  // A name with a title or role has no adjective of its own before it ("former" belongs to the role).
  const adjective = role ? null : adjectiveBefore(place, mention);
  const apposition = appositive(place, mention) ?? affiliation(place, mention);
  return [role, adjective, apposition].filter((d): d is ActorDescriptor => d !== null);
}
