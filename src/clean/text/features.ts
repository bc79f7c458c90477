// Surface features of a line, in the spirit of jusText and boilerpipe: cheap and language-light.
import { isStopword } from '../../text/stopwords.ts';
import { thresholds } from './patterns.ts';

export interface LineFeatures {
  words: number;
  /** Letters and digits (Han and kana weighted up): the length measure for languages the stop-word list does not cover. */
  chars: number;
  stopwordDensity: number;
  /** Ends like a sentence: . ! ? … (or their CJK forms) possibly followed by a closing quote or bracket. */
  terminal: boolean;
  /** Share of alphabetic words that start with a capital letter. */
  capitalisedShare: number;
  /** Menu items glued together without spaces ("Top NewsUS News"). */
  glued: boolean;
  /** Starts with a list bullet ("• ", "* ", "- "): menus and link lists are made of these. */
  listItem: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
// Han and kana carry about a word in one or two characters; letters of alphabets about a sixth of one.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const BULLET = /^(?:[•·▪◦*-]|\d{1,2}[.)])\s+/u;
// Compiled once: features() runs on every line of every page.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
const STARTS_WITH_LETTER = /^\p{L}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const TERMINAL = /[.!?…。！？]["'”’»)\]」』]*$/u;
const CAMEL_HUMP = /\p{Ll}\p{Lu}\p{Ll}/u;
const NAME_PREFIX = /\b(?:Mc|Mac|De|La|Le|O')\p{Lu}/gu;
const CURLY_APOSTROPHE = /’/g;

export function features(text: string): LineFeatures {
  const words = text.match(WORD) ?? [];
  const alpha = words.filter((w) => STARTS_WITH_LETTER.test(w));
  const stop = words.filter((w) => isStopword(w.toLowerCase().replace(CURLY_APOSTROPHE, "'"))).length;
  return {
    words: words.length,
    chars: (text.match(LETTER_OR_DIGIT) ?? []).length + (thresholds.cjkCharWeight - 1) * (text.match(CJK) ?? []).length,
    stopwordDensity: words.length ? stop / words.length : 0,
    terminal: TERMINAL.test(text),
    capitalisedShare: alpha.length ? alpha.filter((w) => STARTS_UPPER.test(w)).length / alpha.length : 0,
    glued: CAMEL_HUMP.test(text.replace(NAME_PREFIX, '')) && alpha.length <= 6,
    listItem: BULLET.test(text),
  };
}

/**
 * Whether the page is in a language the stop-word list covers: its longer lines carry stop words.
 * Without that, stop-word density says nothing and length alone must decide (jusText's fallback).
 */
export function hasStoplist(feats: LineFeatures[]): boolean {
  // Long lines by letters, not words: a line of Japanese is one "word" to a word pattern.
  const long = feats.filter((f) => f.chars >= thresholds.stoplistProbeMinChars);
  const chars = long.reduce((s, f) => s + f.chars, 0);
  if (chars === 0) return true;
  return long.reduce((s, f) => s + f.stopwordDensity * f.chars, 0) / chars >= thresholds.stoplistMinPageDensity;
}

/** jusText's "good" paragraph: long enough and written in sentences; without a stop list (see hasStoplist), measured in letters, not stop words. */
export function isBodyLike(f: LineFeatures, stoplist: boolean): boolean {
  if (!stoplist) return f.chars >= thresholds.goodMinChars || (f.terminal && f.chars >= thresholds.sentenceMinChars);
  return (
    (f.words >= thresholds.goodMinWords && f.stopwordDensity >= thresholds.goodMinStopwordDensity) ||
    (f.terminal && f.words >= thresholds.sentenceMinWords && f.stopwordDensity >= thresholds.sentenceMinStopwordDensity)
  );
}
