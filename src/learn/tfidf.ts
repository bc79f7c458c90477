// TF-IDF over terms the caller chose (stems, n-grams): sublinear term frequency, smoothed inverse
// document frequency, unit length, as the usual baseline does it, so the peer and framelens's own
// word features are built the same way.
import type { Features } from './logistic.ts';

/** Smoothed idf of every term in at least `minDf` documents: ln((1 + n) / (1 + df)) + 1. */
export function fitIdf(docs: readonly (readonly string[])[], minDf = 2): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, k] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (k >= minDf) idf.set(term, Math.log((1 + docs.length) / (1 + k)) + 1);
  }
  return idf;
}

/** (1 + ln tf)·idf per known term, scaled to unit length; names carry `prefix`. Added to `into` when given. */
export function tfidf(terms: readonly string[], idf: ReadonlyMap<string, number>, prefix = '', into: Features = new Map()): Features {
  const tf = new Map<string, number>();
  for (const t of terms) if (idf.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
  // Weights first, then each name set once, already scaled: rows are built for every sentence.
  const weights: number[] = [];
  let norm = 0;
  for (const [t, c] of tf) {
    const x = (1 + Math.log(c)) * idf.get(t)!;
    weights.push(x);
    norm += x * x;
  }
  norm = Math.sqrt(norm);
  let i = 0;
  for (const t of tf.keys()) {
    const x = weights[i++]!;
    into.set(prefix + t, norm > 0 ? x / norm : x);
  }
  return into;
}
