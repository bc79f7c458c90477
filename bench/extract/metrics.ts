// Scoring functions for the extraction benchmark. Each follows the metric its dataset published,
// so our numbers sit on the same scale as the published ones in ../shared/bench/README.md.

export type Bag = Map<string, number>;

export interface PrecisionRecall {
  precision: number;
  recall: number;
}

/** A ScrapingHub page: whether each side had any shingle decides which averages it enters. */
export interface ShingleScore extends PrecisionRecall {
  predicted: boolean;
  expected: boolean;
}

export interface Averages extends PrecisionRecall {
  f1: number;
  pages: number;
}

// The published metrics split on Python's Unicode `\w+` (letters, digits, underscore in any
// script). JS `\w` is ASCII-only and would score Cyrillic or Hangul pages as empty.
const WORD = /[\p{L}\p{N}_]+/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function bagOf(items: Iterable<string>): Bag {
  const bag: Bag = new Map();
  for (const item of items) bag.set(item, (bag.get(item) ?? 0) + 1);
  return bag;
}

function size(bag: Bag): number {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
}

/** Multiset intersection size. */
export function overlap(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [k, c] of small) n += Math.min(c, large.get(k) ?? 0);
  return n;
}

/** 4-token shingles as a multiset; a text of 1–3 tokens is one shingle, an empty text none. */
export function shingles(text: string, n = 4): Bag {
  const tokens = words(text);
  if (tokens.length === 0) return new Map();
  // \u0001 cannot occur inside a \w token, so joined shingles never collide.
  const out: string[] = [];
  for (let i = 0; i + n <= Math.max(n, tokens.length); i++) out.push(tokens.slice(i, i + n).join('\u0001'));
  return bagOf(out);
}

/**
 * Precision/recall from match counts. Nothing on either side is a perfect match (1, 1); no overlap
 * while something is predicted or expected is (0, 0), so an empty output scores 0 on both.
 */
export function precisionRecall(tp: number, fp: number, fn: number): PrecisionRecall {
  if (tp + fp + fn === 0) return { precision: 1, recall: 1 };
  if (tp === 0) return { precision: 0, recall: 0 };
  // Normalised to sum to 1 as the benchmark does; the ratios are unchanged by it.
  const total = tp + fp + fn;
  const [t, p, n] = [tp / total, fp / total, fn / total];
  return { precision: t / (t + p), recall: t / (t + n) };
}

/** ScrapingHub page score: shingle-multiset TP/FP/FN. Case is kept, as in the published metric. */
export function shinglePage(predicted: string, truth: string): ShingleScore {
  const p = shingles(predicted);
  const t = shingles(truth);
  const tp = overlap(p, t);
  return { ...precisionRecall(tp, size(p) - tp, size(t) - tp), predicted: p.size > 0, expected: t.size > 0 };
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

/** Arithmetic mean; 0 for none (callers that need NaN check the length first). */
export function mean(values: number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}

/**
 * ScrapingHub aggregate, as its evaluate.py does it: precision averaged over the pages with any
 * output, recall over the pages with any truth, F1 of the two averages. An empty output costs
 * recall only; the bench counts such pages separately.
 */
export function averageShingles(pages: ShingleScore[]): Averages {
  const precision = mean(pages.filter((p) => p.predicted).map((p) => p.precision));
  const recall = mean(pages.filter((p) => p.expected).map((p) => p.recall));
  return { precision, recall, f1: harmonic(precision, recall), pages: pages.length };
}

export interface WordScore extends PrecisionRecall {
  f1: number;
}

/** WCXB page score: lower-cased `\w+` tokens as a bag. */
export function wordPage(predicted: string, truth: string): WordScore {
  const p = bagOf(words(predicted.toLowerCase()));
  const t = bagOf(words(truth.toLowerCase()));
  const tp = overlap(p, t);
  const pr = precisionRecall(tp, size(p) - tp, size(t) - tp);
  return { ...pr, f1: harmonic(pr.precision, pr.recall) };
}

/** WCXB aggregate: per-page scores averaged, F1 included (not the harmonic mean of averages). */
export function averageWords(pages: WordScore[]): Averages {
  const of = (k: keyof WordScore) => mean(pages.map((p) => p[k]));
  return { precision: of('precision'), recall: of('recall'), f1: of('f1'), pages: pages.length };
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** How many snippets occur in the text: case-insensitive, whitespace-normalised substring match. */
export function snippetsFound(text: string, snippets: string[]): number {
  const hay = squash(text);
  return snippets.filter((s) => {
    const needle = squash(s);
    return needle !== '' && hay.includes(needle);
  }).length;
}

/** Nearest-rank percentile (q in 0..1) of unsorted numbers; NaN for none. */
export function percentile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}
