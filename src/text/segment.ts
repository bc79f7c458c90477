// Splits a headline or body into sentences and tokens, keeping character offsets so that every
// later finding can point back into the text.
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer.js';
import { stem } from './stem.ts';
import type { Part, Segment, Token } from '../types.ts';
import { table } from '../settings/tables.ts';

const abbreviationData = table('abbreviations');

// natural's own abbreviation matching is case-insensitive and unanchored ("St." fires inside
// "first."), so abbreviations are masked here instead: each period becomes a one-dot leader, which
// keeps every offset, and is restored after splitting.
const MASK = '\u2024';
const abbreviationPattern = new RegExp(
  `(?<![\\p{L}.])(?:${[...abbreviationData.abbreviations]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/\./g, '\\.'))
    .join('|')})`,
  'gu',
);
// Middle initials ("John W. Raymond", "George H.W. Bush", "John W. “Jay” Raymond") or a party letter ("(D., Fla.)").
const initialPattern = /(?<=\b\p{Lu}\p{Ll}+ )\p{Lu}\.(?: ?\p{Lu}\.)*(?= ["“]?\p{Lu})|(?<=\()\p{Lu}\.(?=[,)])/gu;

/**
 * natural's splitter, putting back into each sentence only the placeholders it holds. natural
 * stands in a placeholder for every number, address and delimiter of the paragraph, then builds a
 * RegExp for each of them in each sentence: sentences × placeholders, most of the time of segmenting
 * a paragraph of figures (3,000 figures: 12 s, now 0.5 s). natural also read each original as a
 * replacement pattern, so a sentence with "$&" in an address came back altered and was lost.
 */
class SentenceSplitter extends SentenceTokenizer {
  protected override revertReplacements(text: string): string {
    return putBack(text, this.replacementMap);
  }

  protected override revertDelimiters(text: string): string {
    return putBack(text, this.delimiterMap);
  }
}

function putBack(text: string, placeholders: ReadonlyMap<string, string>): string {
  let out = text;
  // A function, so a "$&" in an address is put back as written, not read as a replacement pattern.
  for (const [placeholder, original] of placeholders) if (out.includes(placeholder)) out = out.replaceAll(placeholder, () => original);
  return out;
}

const sentenceTokenizer = new SentenceSplitter([], false);

function maskAbbreviations(text: string): string {
  const mask = (m: string): string => m.replace(/\./g, MASK);
  return text.replace(abbreviationPattern, mask).replace(initialPattern, mask);
}

/** Sentence boundaries within one paragraph, as [start, end) offsets into it. */
function splitSentences(paragraph: string): Array<[number, number]> {
  const masked = maskAbbreviations(paragraph);
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (const raw of sentenceTokenizer.tokenize(masked)) {
    const piece = raw.trim();
    if (!piece) continue;
    const at = masked.indexOf(piece, cursor);
    if (at < 0) continue;
    out.push([at, at + piece.length]);
    cursor = at + piece.length;
  }
  return out;
}

// Words with inner apostrophes or hyphens stay whole ("isn't", "long-term"), numbers too.
// Dotted acronyms ("U.S.") are one token.
const tokenPattern = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The words of `text` as written (m[0]) and where each starts (m.index), in order: its tokens without
 * their forms, for callers that look each distinct word up once.
 */
export const wordMatches = (text: string): IterableIterator<RegExpExecArray> => text.matchAll(tokenPattern);

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** How many tokens `tokenize` would give, without building them. */
export function countTokens(text: string): number {
  let n = 0;
  for (const _ of wordMatches(text)) n++;
  return n;
}

/** A word's normalised form and stem, from the word as written. */
export function wordForms(word: string): Pick<Token, 'norm' | 'stem'> {
  const norm = normalizeWord(word);
  // The stemmer keeps "nation's" as "nation'": drop the possessive so it meets "nation".
  const base = norm.length > 2 && norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  return { norm, stem: stem(base) };
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of wordMatches(text)) {
    tokens.push({ text: m[0], ...wordForms(m[0]), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return tokens;
}

/**
 * Tokenises a part of an article. `text` holds paragraphs separated by blank lines (the body) or a
 * single line (the headline).
 */
export function segment(part: Part, text: string): Segment {
  const sentences: Segment['sentences'] = [];
  let paragraph = 0;
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    const para = m[0];
    for (const [s, e] of splitSentences(para)) {
      const start = m.index + s;
      const end = m.index + e;
      const sentence = text.slice(start, end);
      sentences.push({ index: sentences.length, paragraph, start, end, text: sentence, tokens: tokenize(sentence, start) });
    }
    paragraph++;
  }
  return { part, text, sentences };
}
