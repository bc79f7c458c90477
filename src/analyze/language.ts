// Loaded terms, intensifiers and hedges in the outlet's own voice, per 1,000 words, from the
// lexicons in data/language/. Every hit keeps its span, so each rate can be checked in the text.
import { indexPhrases, phraseCue, scanPhrases, type PhraseCue } from '../text/phrases.ts';
import { isInside, quoteRanges } from './sentiment-quotation.ts';
import { round } from '../round.ts';
import type { ArticleLanguage, LanguageHit, LanguageKind, LanguageRate, Segment, Token } from '../types.ts';
import { table } from '../settings/tables.ts';

const loadedData = table('language/loaded');
const intensifierData = table('language/intensifiers');
const hedgeData = table('language/hedges');
const rules = table('language/rules');

const LANGUAGE_KINDS: readonly LanguageKind[] = ['loaded', 'intensifier', 'hedge'];

/** When a cue counts, judged by the words next to it (compared as written, lower-cased). */
interface ContextRule {
  cues: string[];
  lowerCaseOnly?: boolean;
  onlyFollowedBy?: string[];
  unlessFollowedBy?: string[];
  onlyPrecededBy?: string[];
  unlessPrecededBy?: string[];
  why: string;
}

interface LexiconFile {
  cite: string;
  compare: string;
  groups: Array<{ label: string; terms: string[]; forms?: string[] }>;
  context?: ContextRule[];
}

interface Entry {
  kind: LanguageKind;
  text: string;
  rule: ContextRule | undefined;
}

const lexicons: Record<LanguageKind, LexiconFile> = {
  loaded: loadedData,
  intensifier: intensifierData,
  hedge: hedgeData,
};

function entriesOf(kind: LanguageKind, lexicon: LexiconFile): Array<PhraseCue<Entry>> {
  if (lexicon.compare !== 'stem' && lexicon.compare !== 'form') throw new Error(`${kind} lexicon: unknown compare "${lexicon.compare}"`);
  const ruleOf = new Map<string, ContextRule>();
  for (const rule of lexicon.context ?? []) {
    for (const cue of rule.cues) {
      if (ruleOf.has(cue)) throw new Error(`${kind} lexicon: "${cue}" has two context rules`);
      ruleOf.set(cue, rule);
    }
  }
  const cues: Array<PhraseCue<Entry>> = [];
  const add = (text: string, byNorm: boolean): void => {
    cues.push(phraseCue(text, byNorm, { kind, text, rule: ruleOf.get(text) }, `${kind} lexicon`));
    ruleOf.delete(text);
  };
  for (const group of lexicon.groups) {
    if (group.forms && lexicon.compare === 'form') throw new Error(`${kind} lexicon, ${group.label}: 'forms' only go with compare "stem"`);
    for (const term of group.terms) add(term, lexicon.compare === 'form');
    for (const form of group.forms ?? []) add(form, true);
  }
  if (ruleOf.size) throw new Error(`${kind} lexicon: context names unknown cues ${[...ruleOf.keys()].join(', ')}`);
  return cues;
}

const index = indexPhrases(
  LANGUAGE_KINDS.flatMap((kind) => entriesOf(kind, lexicons[kind])),
  (cue) => `${cue.data.kind} cue "${cue.data.text}"`,
);

/** Each kind's lexicon source, short enough for a page note. */
export function languageSources(): Record<LanguageKind, string> {
  return { loaded: lexicons.loaded.cite, intensifier: lexicons.intensifier.cite, hedge: lexicons.hedge.cite };
}

/** Whether `word` (undefined at a sentence edge) is on the list; an absent list holds nothing. */
function listed(list: string[] | undefined, word: string | undefined): boolean {
  return word !== undefined && list !== undefined && list.includes(word);
}

function contextAllows(rule: ContextRule, tokens: readonly Token[], at: number, length: number): boolean {
  const before = tokens[at - 1]?.norm;
  const after = tokens[at + length]?.norm;
  const written = tokens[at]!.text;
  if (rule.lowerCaseOnly && written !== written.toLowerCase()) return false;
  if (rule.onlyPrecededBy && !listed(rule.onlyPrecededBy, before)) return false;
  if (rule.onlyFollowedBy && !listed(rule.onlyFollowedBy, after)) return false;
  return !listed(rule.unlessPrecededBy, before) && !listed(rule.unlessFollowedBy, after);
}

// ---------- rates ----------

/** Cues with counts, most frequent first, then alphabetical; at most the cap in data/language/rules.json. */
function topExamples(counts: ReadonlyMap<string, number>): LanguageRate['examples'] {
  return [...counts]
    .map(([cue, count]) => ({ cue, count }))
    .sort((a, b) => b.count - a.count || (a.cue < b.cue ? -1 : a.cue > b.cue ? 1 : 0))
    .slice(0, rules.examples.max);
}

export function languageRate(count: number, words: number, cues: ReadonlyMap<string, number>): LanguageRate {
  return { count, rate: words ? round((count * 1000) / words) : 0, examples: topExamples(cues) };
}

/**
 * Scores the segments (headline and body) together. Only the outlet's own voice counts: words
 * inside quotation marks are left out of the hits and of `words` alike (see data/language/rules.json).
 */
export function scoreLanguage(segments: Segment[]): ArticleLanguage {
  const hits: LanguageHit[] = [];
  let words = 0;
  for (const seg of segments) {
    const quotes = quoteRanges(seg.text);
    for (const sentence of seg.sentences) {
      const tokens = sentence.tokens;
      const own = tokens.map((t) => !isInside(quotes, t.start, t.end));
      words += own.filter(Boolean).length;
      const accept = (cue: PhraseCue<Entry>, at: number): boolean =>
        own.slice(at, at + cue.keys.length).every(Boolean) && (cue.data.rule === undefined || contextAllows(cue.data.rule, tokens, at, cue.keys.length));
      for (const { cue, at } of scanPhrases(index, seg.text, tokens, accept)) {
        const span = { part: seg.part, sentence: sentence.index, start: tokens[at]!.start, end: tokens[at + cue.keys.length - 1]!.end };
        hits.push({ cue: cue.data.text, kind: cue.data.kind, span });
      }
    }
  }
  const rate = (kind: LanguageKind): LanguageRate => {
    const counts = new Map<string, number>();
    for (const hit of hits) if (hit.kind === kind) counts.set(hit.cue, (counts.get(hit.cue) ?? 0) + 1);
    return languageRate(
      [...counts.values()].reduce((a, b) => a + b, 0),
      words,
      counts,
    );
  };
  return { words, loaded: rate('loaded'), intensifier: rate('intensifier'), hedge: rate('hedge'), hits };
}
