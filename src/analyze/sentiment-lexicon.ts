// The word values of the registered sentiment language: AFINN-165 as the base; for single words
// AFINN lacks, the crowd-rated VADER lexicon; and the news-domain corrections, multi-word
// expressions and additions of data/sentiment-news-lexicon.json, which win over both. Every entry
// remembers where its value came from, so a hit can say so.
// The lexicons natural ships (Pattern adjectives, ML-SentiCon) were measured as secondary sources
// and left out: on news prose both lowered agreement with human ratings (their commonest entries
// are words such as 'new', 'more' and 'in', rated as opinion).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isRuleWord } from './sentiment-rules.ts';
import { table } from '../settings/tables.ts';

const rules = table('sentiment-rules');
const news = table('sentiment-news-lexicon');

// Read through require: tsx's JSON-to-ESM transform emits a `var` per key, and AFINN has keys such
// as "protected" that are reserved words in strict mode.
const require = createRequire(import.meta.url);
const afinn = require('sentiment/languages/en/labels.json') as Record<string, number>;
const vaderLines = readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8').split('\n');

// Plain lower-case words; VADER's multi-word and emoticon entries are left out.
const VADER_WORD = /^[a-z][a-z'-]*$/;

const vaderSkipped = new Set(rules.vader.skip.flatMap((s) => s.words));

export type LexiconSource = 'afinn' | 'vader' | 'news' | 'name';

export interface Entry {
  value: number;
  source: LexiconSource;
  /** The AFINN value an entry of the news lexicon replaces, if AFINN has the term. */
  afinn?: number;
}

function build(): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const [term, value] of Object.entries(afinn)) entries.set(term, { value, source: 'afinn' });
  // VADER's lines are word, mean rating (-4..+4, ten raters), SD, ratings; emoticons and words the
  // rules handle themselves (negators, degree adverbs, hedges, contrast markers) are skipped.
  for (const line of vaderLines) {
    const [term = '', rating] = line.split('\t');
    if (!VADER_WORD.test(term) || entries.has(term) || isRuleWord(term) || vaderSkipped.has(term)) continue;
    entries.set(term, { value: Number(rating), source: 'vader' });
  }
  for (const { term, value } of news.entries) {
    const replaced = afinn[term];
    entries.set(term, replaced === undefined ? { value, source: 'news' } : { value, source: 'news', afinn: replaced });
  }
  for (const name of rules.names.phrases) entries.set(name, { value: 0, source: 'name' });
  return entries;
}

/** Every rated term, single words and space-separated phrases alike. */
export const lexicon: ReadonlyMap<string, Entry> = build();

/** How a hit's value was looked up, for its modifiers, with the rule's id; nothing for a plain AFINN word. */
export function describeSource(entry: Entry | undefined): { text: string; rule: 'vader-lexicon' | 'news-lexicon' } | undefined {
  if (entry?.source === 'vader') return { text: 'VADER lexicon', rule: 'vader-lexicon' };
  if (entry?.source === 'news') return { text: entry.afinn === undefined ? 'news lexicon' : `news lexicon (AFINN ${entry.afinn})`, rule: 'news-lexicon' };
  return undefined;
}
