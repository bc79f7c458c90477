// Distinctive vocabulary: the log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi
// & Quinn (2008), "Fightin' Words", eq. 22, with z = δ / sqrt(σ²). Unlike raw frequency differences
// it neither favours rare words (the prior pulls them towards the story's own rate) nor very common
// ones (the variance term discounts differences the counts cannot support).
import { compareNames } from '../text/compare-names.ts';
import { round } from '../round.ts';
import type { DistinctiveWord } from '../types.ts';
import { isStopword } from '../text/stopwords.ts';
import { addCounts } from './outlets.ts';
import type { DistinctiveSettings } from '../settings/settings-schema.ts';

/** data/compare.json `distinctive` (the prior's weight as a share of the story, the least z, how many), and α0 itself when given. */
export interface LogOddsOptions extends DistinctiveSettings {
  /** α0, the prior's total pseudo-count; default `priorShare` × the story's size. */
  priorSize?: number;
}

// Stop words, numbers (anything without a letter) and single characters say nothing about framing.
export function isContentWord(word: string): boolean {
  return !isStopword(word) && /\p{L}/u.test(word) && Array.from(word).length > 1;
}

/** The story's content-word counts and their sum, made once and shared by all of its groups. */
export interface StoryWords {
  counts: Map<string, number>;
  total: number;
}

/** Sums the groups' word counts (`token.norm`) into the story's content words. */
export function storyWords(groups: Iterable<Map<string, number>>): StoryWords {
  const all = new Map<string, number>();
  for (const g of groups) addCounts(all, g);
  const counts = new Map([...all].filter(([w, c]) => c > 0 && isContentWord(w)));
  let total = 0;
  for (const c of counts.values()) total += c;
  return { counts, total };
}

/**
 * Words the group uses more than the rest of the story (the story less the group), strongest first
 * (z desc, then word). `story` must include the group. Only the group's own words are scored: for a
 * word it never uses, α = s·y_rest with s = α0 / n, and δ > 0 would need s·n_rest > n_group·(1 + 2s)
 * + s·n_rest, which no story meets, so such a word has δ < 0 and never reaches a positive `minZ`.
 * Returns nothing when either side has no content words, since then there is nothing to compare against.
 */
export function distinctiveWords(group: Map<string, number>, story: StoryWords, { priorSize, priorShare, minZ, limit }: LogOddsOptions): DistinctiveWord[] {
  // The story's content words are the content words of its groups.
  const g = [...group].filter(([w, c]) => c > 0 && story.counts.has(w));
  let nG = 0;
  for (const [, c] of g) nG += c;
  // Counts are whole numbers, so this is the sum over the rest exactly.
  const nR = story.total - nG;
  if (nG === 0 || nR === 0) return [];
  const nAll = story.total;
  const a0 = priorSize ?? priorShare * nAll;
  const words: DistinctiveWord[] = [];
  for (const [word, yG] of g) {
    const yR = story.counts.get(word)! - yG;
    const alpha = (a0 * (yG + yR)) / nAll;
    const logOdds = Math.log((yG + alpha) / (nG + a0 - yG - alpha)) - Math.log((yR + alpha) / (nR + a0 - yR - alpha));
    const z = round(logOdds / Math.sqrt(1 / (yG + alpha) + 1 / (yR + alpha)));
    if (z >= minZ) words.push({ word, count: yG, restCount: yR, logOdds: round(logOdds), z });
  }
  return words.sort((a, b) => b.z - a.z || compareNames(a.word, b.word)).slice(0, limit);
}
