// The scoring strategy behind the registered sentiment language: how negation, degree adverbs,
// hedges and contrast reweight a rated word, given the token list the package hands to its strategy.
// The word lists and weights live in data/sentiment-rules.json.
import { round } from '../round.ts';
import type { SentimentRule } from '../types.ts';
import { table } from '../settings/tables.ts';

const rules = table('sentiment-rules');

/** Stands for a clause break in the token list fed to the package (survives its tokenizer). */
export const BOUNDARY = '|';

export interface Effect {
  weight: number;
  /** Why the weight differs from the AFINN value, in the order the factors were applied. */
  modifiers: string[];
  /** The id of the rule behind each modifier, in the same order (data/sentiment-rules.json). */
  rules: SentimentRule[];
}

export type Labels = Readonly<Record<string, number>>;

interface Marker {
  word: string;
  unlessAfter?: string[];
  unlessBefore?: string[];
}

const clauseBreaks = new Set(rules.clauseBreaks.chars);
const negators = new Set(rules.negation.groups.flatMap((g) => g.words));
const negatorSuffixes = rules.negation.suffixes.map((s) => s.suffix);
const notNegatedBefore = new Set(rules.negation.notBefore.words);
const boosters = new Map(rules.boosters.flatMap((b) => b.words.map((w) => [w, b] as const)));
const hedges = new Set(rules.hedges.words);
const excessMarkers = new Set(rules.excess.words);
const shiftMarkers = new Map<string, Marker>(rules.contrast.shift.words.map((m) => [m.word, m]));
const concessionMarkers = new Map<string, Marker>(rules.contrast.concession.words.map((m) => [m.word, m]));

/** Words the rules give a role of their own: no lexicon value should compete with that role. */
export function isRuleWord(word: string): boolean {
  return isNegator(word) || boosters.has(word) || hedges.has(word) || excessMarkers.has(word) || shiftMarkers.has(word) || concessionMarkers.has(word);
}

/** True when the text between two words holds clause punctuation. */
export function isClauseBreak(gap: string): boolean {
  for (const ch of gap) if (clauseBreaks.has(ch)) return true;
  return false;
}

export function isNegator(word: string | undefined): boolean {
  if (word === undefined) return false;
  return negators.has(word) || negatorSuffixes.some((s) => word.endsWith(s));
}

function markerAt(markers: Map<string, Marker>, tokens: readonly string[], k: number): Marker | undefined {
  const m = markers.get(tokens[k] ?? '');
  if (!m) return undefined;
  const before = tokens[k - 1];
  const after = tokens[k + 1] ?? '';
  if (isNegator(before) || (before !== undefined && m.unlessAfter?.includes(before)) || m.unlessBefore?.includes(after)) {
    return undefined;
  }
  return m;
}

function isContrast(tokens: readonly string[], k: number): boolean {
  return markerAt(shiftMarkers, tokens, k) !== undefined || markerAt(concessionMarkers, tokens, k) !== undefined;
}

/**
 * The nearest negator within the window that really negates the word at `cursor`. A negator binds
 * to the first rated word after it, so 'without doubt a success' negates only 'doubt'.
 */
function negatorOf(tokens: readonly string[], cursor: number, labels: Labels): string | undefined {
  for (let k = cursor - 1; k >= 0 && k >= cursor - rules.negation.window; k--) {
    const t = tokens[k] ?? '';
    if (t === BOUNDARY || isContrast(tokens, k) || (Object.hasOwn(labels, t) && !isNegator(t))) return undefined;
    if (isNegator(t) && !notNegatedBefore.has(tokens[k + 1] ?? '')) return t;
  }
  return undefined;
}

/** The hedge ('may', 'could', 'perhaps'…) earlier in the word's clause, if any. */
function hedgeOf(tokens: readonly string[], cursor: number): string | undefined {
  for (let k = cursor - 1; k >= 0 && tokens[k] !== BOUNDARY; k--) if (hedges.has(tokens[k] ?? '')) return tokens[k];
  return undefined;
}

/** True when the negator at `k` has a rated word within its window that it negates. */
function negatesAhead(tokens: readonly string[], k: number, labels: Labels): boolean {
  if (notNegatedBefore.has(tokens[k + 1] ?? '')) return true;
  for (let j = k + 1; j < tokens.length && j <= k + rules.negation.window; j++) {
    const t = tokens[j] ?? '';
    if (t === BOUNDARY || isContrast(tokens, j)) return false;
    if (Object.hasOwn(labels, t) && !isNegator(t)) return negatorOf(tokens, j, labels) === tokens[k];
  }
  return false;
}

/** The contrast weight of the word at `cursor` within its sentence, if any. */
function contrastOf(tokens: readonly string[], cursor: number): { factor: number; why: string; rule: SentimentRule } | undefined {
  const { shift, concession } = rules.contrast;
  for (let k = cursor - 1; k >= 0 && tokens[k] !== BOUNDARY; k--) {
    const m = markerAt(concessionMarkers, tokens, k);
    if (m) return { factor: concession.clause, why: `in '${m.word}' clause ×${concession.clause}`, rule: 'concession-clause' };
  }
  for (let k = cursor - 1; k >= 0; k--) {
    const m = markerAt(shiftMarkers, tokens, k);
    if (m) return { factor: shift.after, why: `after '${m.word}' ×${shift.after}`, rule: 'contrast-after' };
  }
  for (let k = cursor + 1; k < tokens.length; k++) {
    const m = markerAt(shiftMarkers, tokens, k);
    if (m) return { factor: shift.before, why: `before '${m.word}' ×${shift.before}`, rule: 'contrast-before' };
  }
  for (let k = 0; k < tokens.length; k++) {
    const m = markerAt(concessionMarkers, tokens, k);
    if (m) return { factor: concession.main, why: `outside '${m.word}' clause ×${concession.main}`, rule: 'concession-main' };
  }
  return undefined;
}

function weighWord(tokens: readonly string[], cursor: number, base: number, labels: Labels): Effect {
  // A negator's force goes to the word it negates (AFINN rates 'no' -1); one with nothing rated to
  // negate is itself a mild negative: a denial ('the plan will not pay for itself').
  if (excessMarkers.has(tokens[cursor] ?? '')) {
    const next = tokens[cursor + 1];
    return next === undefined || next === BOUNDARY ? { weight: 0, modifiers: [], rules: [] } : { weight: rules.excess.value, modifiers: [`excess: '${tokens[cursor]} ${next}'`], rules: ['excess'] };
  }
  if (isNegator(tokens[cursor])) {
    return negatesAhead(tokens, cursor, labels)
      ? { weight: 0, modifiers: [], rules: [] }
      : { weight: rules.negation.unbound, modifiers: ['negator with no rated word to negate'], rules: ['negation-unbound'] };
  }
  const modifiers: string[] = [];
  const fired: SentimentRule[] = [];
  let factor = 1;
  for (let k = cursor - 1; k >= 0; k--) {
    const b = boosters.get(tokens[k] ?? '');
    if (!b) break;
    factor *= b.factor;
    modifiers.push(`${b.kind} by '${tokens[k]}' ×${b.factor}`);
    fired.push(b.kind === 'dampened' ? 'dampener' : 'intensifier');
  }
  const negator = negatorOf(tokens, cursor, labels);
  if (negator !== undefined) {
    factor *= rules.negation.factor;
    modifiers.push(`negated by '${negator}' ×${rules.negation.factor}`);
    fired.push('negation');
  }
  const hedge = hedgeOf(tokens, cursor);
  if (hedge !== undefined) {
    factor *= rules.hedges.factor;
    modifiers.push(`hedged by '${hedge}' ×${rules.hedges.factor}`);
    fired.push('hedge');
  }
  const contrast = contrastOf(tokens, cursor);
  if (contrast) {
    factor *= contrast.factor;
    modifiers.push(contrast.why);
    fired.push(contrast.rule);
  }
  return { weight: round(base * factor), modifiers, rules: fired };
}

/** News readers weigh bad news more than good: every negative contribution counts ×factor. */
function withNegativity(effect: Effect): Effect {
  const { factor } = rules.negativity;
  if (effect.weight >= 0) return effect;
  return { weight: round(effect.weight * factor), modifiers: [...effect.modifiers, `negative ×${factor}`], rules: [...effect.rules, 'negativity'] };
}

/**
 * Weighs the AFINN value `base` of `tokens[cursor]`, where `tokens` is one sentence as the package
 * tokenised it (with BOUNDARY marking clause breaks) and `labels` holds the language's word values.
 * Degree adverbs apply first, then negation, hedging, contrast and the weight of negativity; all
 * multiply, so the order only shows in `modifiers`.
 */
export function weigh(tokens: readonly string[], cursor: number, base: number, labels: Labels): Effect {
  return withNegativity(weighWord(tokens, cursor, base, labels));
}
