// Sentiment of a headline or body: AFINN-165 through the `sentiment` package, run per sentence under
// a registered language whose scoring strategy (sentiment-rules.ts) handles negation, degree
// adverbs and contrast. Every word that moved the score comes back as a hit with its offsets.
//
// The package is fed our own tokens, not the raw sentence: their norms are already lower-cased and
// apostrophe-normalised (isn’t → isn't), clause breaks become an explicit BOUNDARY token (the
// package's tokenizer would drop commas), and multi-word AFINN entries become one joined token. So
// the package's token i is our unit i, and each hit maps straight back to character offsets.
import { createRequire } from 'node:module';
import Sentiment from 'sentiment';
import { BOUNDARY, isClauseBreak, weigh, type Effect } from './sentiment-rules.ts';
import { round } from '../round.ts';
import type { Segment, SentenceSentiment, SentimentHit, SentimentScore, Token } from '../types.ts';
import rules from '../../data/sentiment-rules.json' with { type: 'json' };

// Read through require: tsx's JSON-to-ESM transform emits a `var` per key, and AFINN has keys such
// as "protected" that are reserved words in strict mode.
const afinn = createRequire(import.meta.url)('sentiment/languages/en/labels.json') as Record<string, number>;

const LANGUAGE = 'en-framelens';
// Joins the words of a multi-word entry ("no fun" → "no+fun"): the package's tokenizer keeps '+',
// and it never occurs inside one of our tokens.
const JOIN = '+';
// Characters the package's tokenizer turns into spaces; only dotted acronyms ("U.S.") carry one.
const PACKAGE_STRIPPED = /[.,/#!?$%^&*;:{}=_`"~()]/g;

type Sentence = Segment['sentences'][number];

/** One token the package sees: a word, a joined AFINN phrase, or a clause break (no tokens). */
interface Unit {
  form: string;
  tokens: Token[];
}

const bare = (word: string): string => word.replaceAll("'", '');

// A private copy: the package adds emoji labels to whatever object it is given, and the stock
// English labels must stay untouched. Phrases are matched without apostrophes ("dont like").
const labels: Record<string, number> = {};
const phrasesByFirst = new Map<string, string[][]>();
// Neutral names ("united states") are entries of value 0, so they win over their words as phrases do.
const entries = [...Object.entries(afinn), ...rules.names.phrases.map((name): [string, number] => [name, 0])];
for (const [entry, value] of entries) {
  const words = entry.split(' ').map(bare);
  labels[words.length > 1 ? words.join(JOIN) : entry] = value;
  if (words.length < 2) continue;
  phrasesByFirst.set(words[0]!, [...(phrasesByFirst.get(words[0]!) ?? []), words]);
}
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

function toUnits(sentence: Sentence): Unit[] {
  const units: Unit[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; ) {
    const prev = tokens[i - 1];
    if (prev && isClauseBreak(gapText(sentence, prev, tokens[i]!))) units.push({ form: BOUNDARY, tokens: [] });
    const phrase = phraseAt(sentence, i);
    const n = phrase?.length ?? 1;
    units.push({ form: phrase ? phrase.join(JOIN) : tokens[i]!.norm.replace(PACKAGE_STRIPPED, ''), tokens: tokens.slice(i, i + n) });
    i += n;
  }
  return units;
}

function scoreSentence(segment: Segment, sentence: Sentence): SentimentHit[] {
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
      return {
        cue: first ? segment.text.slice(start, end) : form.split(JOIN).join(' '),
        base,
        weight: effect.weight,
        modifiers: effect.modifiers,
        span: { part: segment.part, sentence: sentence.index, start, end },
      };
    });
}

function summarise(hits: SentimentHit[], tokens: number): SentimentScore {
  const score = round(hits.reduce((sum, h) => sum + h.weight, 0));
  return { score, comparative: tokens > 0 ? round(score / tokens) : 0, tokens, hits };
}

/** Scores a headline or body, with the evidence for every contribution and a per-sentence figure. */
export function scoreSegment(segment: Segment): { score: SentimentScore; sentences: SentenceSentiment[] } {
  const hits: SentimentHit[] = [];
  const sentences: SentenceSentiment[] = [];
  let tokens = 0;
  for (const sentence of segment.sentences) {
    const found = scoreSentence(segment, sentence);
    const { score, comparative } = summarise(found, sentence.tokens.length);
    sentences.push({ part: segment.part, sentence: sentence.index, score, comparative });
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
