// Who says it: attribution verbs outside quotation marks, and the speaker each one names, before
// the verb ("Kazianis told", "Harry Kazianis, a senior director …, said"), after it ("said
// Raymond", "according to Reuters"), or by a pronoun or "the agency" standing for an earlier one.
import { isInside } from '../sentiment-quotation.ts';
import { nameTokens } from '../actors/name-tokens.ts';
import type { Segment } from '../../types.ts';
import { table } from '../../settings/tables.ts';

const data = table('voices');

type Sentence = Segment['sentences'][number];

/** A mention of an actor, flattened: what attribution needs of it. */
export interface NamedSpan {
  name: string;
  person: boolean;
  start: number;
  end: number;
}

export interface Attribution {
  verb: string;
  start: number;
  end: number;
  /** Speaker named by the verb's subject or object; undefined when a pronoun or "the agency" stands for an earlier one. */
  speaker: NamedSpan | undefined;
  /** The kind of stand-in ("he", "they", "the statement") when `speaker` is undefined. */
  standIn: 'person' | 'any' | null;
  /** The verb follows its speaker ("X said"), or precedes it ("said X", "according to X"). */
  speakerFirst: boolean;
}

const verbPhrases = [...data.verbs.neutral, ...data.verbs.framing].map((v) => v.split(' ')).sort((a, b) => b.length - a.length);
// The phrases by their first word, longest first: each token is checked against those that start with it alone.
const phrasesByFirst = new Map<string, string[][]>();
for (const phrase of verbPhrases) {
  const list = phrasesByFirst.get(phrase[0]!);
  if (list) list.push(phrase);
  else phrasesByFirst.set(phrase[0]!, [phrase]);
}

/** The longest verb phrase that starts at token `i`, if any. */
function phraseAt(tokens: Sentence['tokens'], i: number): string[] | undefined {
  for (const phrase of phrasesByFirst.get(tokens[i]!.norm) ?? []) {
    let k = 1;
    while (k < phrase.length && tokens[i + k]?.norm === phrase[k]) k++;
    if (k === phrase.length) return phrase;
  }
  return undefined;
}
const between = new Set(data.between.words);
const personPronouns = new Set(data.pronouns.person);
const groupPronouns = new Set(data.pronouns.group);
const definiteNouns = new Set(data.definite.nouns);
const inverted = new Set(data.inverted.verbs);

/** The mention that ends where `pre` ends, skipping an appositive (", a senior director …,") and words like "reportedly" or "openly". */
function subjectBefore(text: string, from: number, to: number, mentions: readonly NamedSpan[]): Pick<Attribution, 'speaker' | 'standIn'> | null {
  let pre = text.slice(from, to);
  for (let i = 0; i < data.between.maxWords; i++) {
    const m = / (\S+) *$/u.exec(pre);
    if (!m || !(between.has(m[1]!.toLowerCase()) || /^\p{Ll}+ly$/u.test(m[1]!))) break;
    pre = pre.slice(0, m.index);
  }
  pre = pre.trimEnd();
  if (pre.endsWith(',')) {
    const open = pre.lastIndexOf(',', pre.length - 2);
    if (open < 0) return null;
    pre = pre.slice(0, open);
  }
  const end = from + pre.length;
  const named = mentions.find((m) => m.end === end);
  if (named) {
    // "Brian Weeden of the Secure World Foundation added": the person speaks, for the body named after them.
    const person = mentions.find((m) => m.person && m.end < named.start && /^ (?:of|at|from) (?:the )?$/u.test(text.slice(m.end, named.start)));
    return { speaker: person ?? named, standIn: null };
  }
  const words = nameTokens(pre).map((t) => t.text.toLowerCase());
  const last = words.at(-1);
  if (last === undefined) return null;
  if (personPronouns.has(last)) return { speaker: undefined, standIn: 'person' };
  if (groupPronouns.has(last)) return { speaker: undefined, standIn: 'any' };
  const phrase = /\b(the|an?)\s+(?:\S+\s+){0,3}\S+$/iu.exec(pre);
  if (!definiteNouns.has(last) || !phrase) return null;
  // "the CNSA statement said", "an EU official told": a name inside the noun phrase speaks.
  const inside = mentions.filter((m) => m.start >= from + phrase.index && m.end <= end).at(-1);
  if (inside) return { speaker: inside, standIn: null };
  // "the agency said" stands for a speaker named before; "an official said" or bare "officials said" names no one.
  return phrase[1]!.toLowerCase() === 'the' ? { speaker: undefined, standIn: 'any' } : null;
}

/** "said Raymond", "according to a statement from Roscosmos": the first name within a few words after the verb. */
function speakerAfter(text: string, verbEnd: number, clauseEnd: number, mentions: readonly NamedSpan[]): NamedSpan | undefined {
  return mentions.find((m) => m.start >= verbEnd && m.end <= clauseEnd && nameTokens(text.slice(verbEnd, m.start)).length <= 4);
}

/** Attribution verbs in the sentence, outside quotation marks, each with its speaker if one can be told. */
export function attributions(text: string, sentence: Sentence, quotes: ReadonlyArray<readonly [number, number]>, mentions: readonly NamedSpan[]): Attribution[] {
  const tokens = sentence.tokens;
  const out: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(tokens, i);
    if (!phrase) continue;
    const first = tokens[i]!;
    const last = tokens[i + phrase.length - 1]!;
    i += phrase.length - 1;
    if (isInside(quotes, first.start, last.end)) continue;
    const verb = phrase.join(' ');
    const before = verb === 'according to' ? null : subjectBefore(text, sentence.start, first.start, mentions);
    if (before && (before.speaker || before.standIn)) {
      out.push({ verb, start: first.start, end: last.end, ...before, speakerFirst: true });
      continue;
    }
    if (!inverted.has(verb)) continue;
    const clauseEnd = text.slice(last.end, sentence.end).search(/[,;:“"]/u);
    const after = speakerAfter(text, last.end, clauseEnd < 0 ? sentence.end : last.end + clauseEnd, mentions);
    if (after) out.push({ verb, start: first.start, end: last.end, speaker: after, standIn: null, speakerFirst: false });
  }
  return out;
}
