// The features the trained frame layers read, built the same way for an article, a sentence, the
// training scripts and the benchmark's peer: word stems (for TF-IDF) and the frame lexicon's cue
// counts, so a trained decision can point back at words and cues a reader can check.
import { isStopword } from '../text/stopwords.ts';
import type { FrameScore, Token } from '../types.ts';
import { CUE_PREFIX } from '../learn/feature-names.ts';

// A sentence's terms are read by the policy layer and twice by the generic one, for its part and for
// the whole article: made once per token list.
const termsOf = new WeakMap<readonly Token[], readonly string[]>();

/** Stems of the content words: letters only, three or more characters, no stop words. */
export function wordTerms(tokens: readonly Token[]): readonly string[] {
  let out = termsOf.get(tokens);
  if (!out) {
    out = tokens.filter((t) => t.norm.length > 2 && /^\p{L}[\p{L}'-]*$/u.test(t.norm) && !isStopword(t.norm)).map((t) => t.stem);
    termsOf.set(tokens, out);
  }
  return out;
}

/**
 * Cue matches per frame, damped (ln(1 + hits)) so a long article does not read as a strong one by
 * length alone, and the rate per 1,000 tokens, damped the same way. `rate: false` leaves the rate
 * out: in a single sentence it only restates the count divided by a short, noisy length.
 */
export function cueFeatures(frames: readonly Pick<FrameScore, 'id' | 'hits' | 'rate'>[], opts: { rate?: boolean } = {}): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of frames) {
    if (f.hits === 0) continue;
    out.set(`${CUE_PREFIX}${f.id}`, Math.log1p(f.hits));
    if (opts.rate ?? true) out.set(`${CUE_PREFIX}${f.id}:rate`, Math.log1p(f.rate));
  }
  return out;
}
