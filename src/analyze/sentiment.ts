// Sentiment of a sentence, headline or body: AFINN-165 (with the additions and news corrections of
// sentiment-lexicon.ts) through the `sentiment` package, run per sentence under a registered
// language whose scoring strategy (sentiment-rules.ts) handles negation, degree adverbs, hedges and
// contrast. Every word that moved the score comes back as a hit with its offsets, and hits inside
// quotation marks are told apart from the outlet's own voice.
//
// The package is fed our own tokens, not the raw sentence: their norms are already lower-cased and
// apostrophe-normalised (isn’t → isn't), clause breaks become an explicit BOUNDARY token (the
// package's tokenizer would drop commas), and multi-word entries become one joined token. So the
// package's token i is our unit i, and each hit maps straight back to character offsets.
import Sentiment from 'sentiment';
import { describeSource, lexicon, type Entry } from './sentiment-lexicon.ts';
import { BOUNDARY, isClauseBreak, isNegator, weigh, type Effect } from './sentiment-rules.ts';
import { isInside, quoteRanges } from './sentiment-quotation.ts';
import { segment } from '../text/segment.ts';
import { round } from '../round.ts';
import type { Segment, SentenceSentiment, SentimentHit, SentimentRule, SentimentScore, Token } from '../types.ts';
import { table } from '../settings/tables.ts';

const rules = table('sentiment-rules');

const LANGUAGE = 'en-framelens';
// Joins the words of a multi-word entry ("no fun" → "no+fun"): the package's tokenizer keeps '+',
// and it never occurs inside one of our tokens.
const JOIN = '+';
// Characters the package's tokenizer turns into spaces; only dotted acronyms ("U.S.") carry one.
const PACKAGE_STRIPPED = /[.,/#!?$%^&*;:{}=_`"~()]/g;

type Sentence = Segment['sentences'][number];
type Ranges = ReadonlyArray<readonly [number, number]>;

/** One token the package sees: a word, a joined AFINN phrase, or a clause break (no tokens). */
interface Unit {
  form: string;
  tokens: Token[];
}

const bare = (word: string): string => word.replaceAll("'", '');

// The package adds emoji labels to whatever object it is given, so the language gets its own.
// Phrases are matched without apostrophes ("dont like").
const labels: Record<string, number> = {};
const entryByForm = new Map<string, Entry>();
const phrasesByFirst = new Map<string, string[][]>();
for (const [term, entry] of lexicon) {
  const words = term.split(' ').map(bare);
  const form = words.length > 1 ? words.join(JOIN) : term;
  labels[form] = entry.value;
  entryByForm.set(form, entry);
  if (words.length < 2) continue;
  phrasesByFirst.set(words[0]!, [...(phrasesByFirst.get(words[0]!) ?? []), words]);
}
// Degree words of excess are rated so the strategy sees them; it decides whether they count.
for (const word of rules.excess.words) labels[word] ??= rules.excess.value;
for (const list of phrasesByFirst.values()) list.sort((a, b) => b.length - a.length);
// Strategies only return a number; the effects of the sentence being analysed are collected here
// (the package is synchronous, so one buffer suffices).
let effects: Array<{ cursor: number; base: number; effect: Effect }> = [];

const analyzer = new Sentiment();
analyzer.registerLanguage(LANGUAGE, {
  labels,
  scoringStrategy: {
    apply(tokens, cursor, base) {
      const effect = weigh(tokens, cursor, base, labels);
      effects.push({ cursor, base, effect });
      return effect.weight;
    },
  },
});

/** The longest AFINN phrase starting at token `i` that does not cross a clause break. */
function phraseAt(sentence: Sentence, i: number): string[] | undefined {
  const { tokens } = sentence;
  return phrasesByFirst.get(bare(tokens[i]!.norm))?.find((words) =>
    words.every((w, j) => {
      if (j === 0) return true;
      const prev = tokens[i + j - 1];
      const next = tokens[i + j];
      return prev !== undefined && next !== undefined && bare(next.norm) === w && !isClauseBreak(gapText(sentence, prev, next));
    }),
  );
}

function gapText(sentence: Sentence, a: Token, b: Token): string {
  return sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
}

/**
 * The form the package sees for one word. Negators are rated (the strategy decides what they do),
 * and since any word ending in n't is one, each is added to the labels the first time it is seen.
 */
function wordForm(token: Token): string {
  const form = token.norm.replace(PACKAGE_STRIPPED, '');
  if (isNegator(form) && !Object.hasOwn(labels, form)) labels[form] = rules.negation.unbound;
  return form;
}

function toUnits(sentence: Sentence): Unit[] {
  const units: Unit[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length;) {
    const prev = tokens[i - 1];
    if (prev && isClauseBreak(gapText(sentence, prev, tokens[i]!))) units.push({ form: BOUNDARY, tokens: [] });
    const phrase = phraseAt(sentence, i);
    const n = phrase?.length ?? 1;
    units.push({ form: phrase ? phrase.join(JOIN) : wordForm(tokens[i]!), tokens: tokens.slice(i, i + n) });
    i += n;
  }
  return units;
}

function hitsOf(segment: Segment, sentence: Sentence, quotes: Ranges): SentimentHit[] {
  const units = toUnits(sentence);
  if (units.length === 0) return [];
  effects = [];
  const { tokens: seen } = analyzer.analyze(units.map((u) => u.form).join(' '), { language: LANGUAGE });
  // The package walks the sentence backwards; hits are reported in reading order.
  return effects
    .filter((e) => e.effect.weight !== 0)
    .reverse()
    .map(({ cursor, base, effect }) => {
      const form = seen[cursor] ?? '';
      // Should the token lists ever disagree, fall back to the first unit of that form, then to
      // the whole sentence: the weight is right either way.
      const unit = units[cursor]?.form === form ? units[cursor] : units.find((u) => u.form === form);
      const first = unit?.tokens[0];
      const last = unit?.tokens.at(-1);
      const start = first?.start ?? sentence.start;
      const end = last?.end ?? sentence.end;
      const quoted = isInside(quotes, start, end);
      const source = describeSource(entryByForm.get(form));
      const weight = quoted ? round(effect.weight * rules.quotation.weight) : effect.weight;
      const modifiers = [...(source ? [source.text] : []), ...effect.modifiers];
      const fired: SentimentRule[] = [...(source ? [source.rule] : []), ...effect.rules];
      if (quoted) {
        modifiers.push(rules.quotation.weight === 1 ? 'quoted' : `quoted ×${rules.quotation.weight}`);
        fired.push('quotation');
      }
      return {
        cue: first ? segment.text.slice(start, end) : form.split(JOIN).join(' '),
        base,
        weight,
        modifiers,
        rules: fired,
        span: { part: segment.part, sentence: sentence.index, start, end },
        quoted,
      };
    });
}

const sum = (hits: readonly SentimentHit[]): number => round(hits.reduce((n, h) => n + h.weight, 0));

/** The sentence figure: the hit sum bounded to (-1, 1), see `normalisation` in the rules. */
export function normalise(total: number): number {
  return round(total / Math.sqrt(total * total + rules.normalisation.alpha));
}

export function polarityOf(score: number): -1 | 0 | 1 {
  if (score >= rules.polarity.positive) return 1;
  if (score <= rules.polarity.negative) return -1;
  return 0;
}

function summarise(hits: SentimentHit[], tokens: number): SentimentScore {
  const score = sum(hits);
  return { score, quoted: sum(hits.filter((h) => h.quoted)), comparative: tokens > 0 ? round(score / tokens) : 0, tokens, hits };
}

/** Every hit of a segment, in reading order, for callers that have segmented the text already. */
export function segmentHits(seg: Segment): SentimentHit[] {
  const quotes = quoteRanges(seg.text);
  return seg.sentences.flatMap((s) => hitsOf(seg, s, quotes));
}

/**
 * Scores one sentence (a longer text is split and its sentences pooled). `score` is the normalised
 * figure; `voice` splits it between the outlet's own words and the words it quotes.
 */
export function scoreSentence(text: string): {
  score: number;
  polarity: -1 | 0 | 1;
  hits: SentimentHit[];
  voice: { outlet: number; quoted: number };
} {
  const hits = segmentHits(segment('body', text));
  const score = normalise(sum(hits));
  return {
    score,
    polarity: polarityOf(score),
    hits,
    voice: { outlet: normalise(sum(hits.filter((h) => !h.quoted))), quoted: normalise(sum(hits.filter((h) => h.quoted))) },
  };
}

/**
 * Scores a headline or body, with the evidence for every contribution and a per-sentence figure:
 * a sentence's `score` is its hit sum and `normalised` the figure of scoreSentence, squashed into −1…1.
 */
export function scoreSegment(segment: Segment): { score: SentimentScore; sentences: SentenceSentiment[] } {
  const quotes = quoteRanges(segment.text);
  const hits: SentimentHit[] = [];
  const sentences: SentenceSentiment[] = [];
  let tokens = 0;
  for (const sentence of segment.sentences) {
    const found = hitsOf(segment, sentence, quotes);
    const score = sum(found);
    sentences.push({ part: segment.part, sentence: sentence.index, score, normalised: normalise(score) });
    hits.push(...found);
    tokens += sentence.tokens.length;
  }
  return { score: summarise(hits, tokens), sentences };
}

/** Combines part scores (e.g. headline + body = whole): hits and tokens are pooled, score re-summed. */
export function mergeSentiment(scores: SentimentScore[]): SentimentScore {
  return summarise(
    scores.flatMap((s) => s.hits),
    scores.reduce((n, s) => n + s.tokens, 0),
  );
}
