// Words and phrases found in a sentence's tokens, on stems or on the words as written, with
// nothing but whitespace between a phrase's words; independent of what the cues stand for.
import { tokenize } from './segment.ts';
import type { Token } from '../types.ts';

/** A word or phrase to find: its tokens' stems, or their lower-cased words when `byNorm`. */
export interface PhraseCue<T> {
  /** The stem of its first word, by which it is indexed even when compared on the word. */
  first: string;
  keys: string[];
  byNorm: boolean;
  data: T;
}

/** Cues by the stem of their first word: one lookup per token finds every candidate. */
export type PhraseIndex<T> = Map<string, Array<PhraseCue<T>>>;

/** The cue for `text` (tokenised as article text is), or an error naming `owner`. */
export function phraseCue<T>(text: string, byNorm: boolean, data: T, owner: string): PhraseCue<T> {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new Error(`${owner}: empty cue "${text}"`);
  return { first: tokens[0]!.stem, keys: tokens.map((t) => (byNorm ? t.norm : t.stem)), byNorm, data };
}

/**
 * Indexes cues so the first that fits at a token is the longest, and, at equal length, the one
 * compared on the word as written: it is the more specific. Two cues with the same keys are an error.
 */
export function indexPhrases<T>(cues: Array<PhraseCue<T>>, describe: (cue: PhraseCue<T>) => string): PhraseIndex<T> {
  const index: PhraseIndex<T> = new Map();
  const seen = new Map<string, PhraseCue<T>>();
  for (const cue of cues) {
    const id = `${cue.byNorm}:${cue.keys.join(' ')}`;
    const twin = seen.get(id);
    if (twin) throw new Error(`${describe(cue)} matches the same words as ${describe(twin)}`);
    seen.set(id, cue);
    index.set(cue.first, [...(index.get(cue.first) ?? []), cue]);
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length || Number(b.byNorm) - Number(a.byNorm));
  return index;
}

/** Whether a token's lower-cased word is `form`, a possessive 's aside. */
function isForm(token: Token, form: string): boolean {
  return token.norm === form || token.norm === `${form}'s`;
}

/** What a scan needs of a cue: its keys and how they are compared. */
export type Matchable = Pick<PhraseCue<unknown>, 'keys' | 'byNorm'>;

/** Whether `keys` match the tokens from `at` on, with nothing but whitespace between them in `text`. */
export function phraseAt(text: string, tokens: readonly Token[], at: number, cue: Matchable): boolean {
  if (at < 0 || at + cue.keys.length > tokens.length) return false;
  return cue.keys.every((key, k) => {
    const token = tokens[at + k]!;
    if (!(cue.byNorm ? isForm(token, key) : token.stem === key)) return false;
    return k === 0 || text.slice(tokens[at + k - 1]!.end, token.start).trim() === '';
  });
}

/**
 * Greedy left-to-right scan of one sentence's tokens: at each token the first cue indexed under its
 * stem that fits and that `accept` allows consumes its tokens. Returns each match's cue and first token.
 */
export function scanPhrases<C extends Matchable>(
  index: ReadonlyMap<string, readonly C[]>,
  text: string,
  tokens: readonly Token[],
  accept: (cue: C, at: number) => boolean,
): Array<{ cue: C; at: number }> {
  const found: Array<{ cue: C; at: number }> = [];
  let i = 0;
  while (i < tokens.length) {
    const cue = index.get(tokens[i]!.stem)?.find((c) => phraseAt(text, tokens, i, c) && accept(c, i));
    if (cue) {
      found.push({ cue, at: i });
      i += cue.keys.length;
    } else {
      i++;
    }
  }
  return found;
}
