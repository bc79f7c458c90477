import { presenceOf, presentIn } from './measures.ts';
import { round } from '../round.ts';
import type { ArticleReport, FrameFamily, FrameInfo, FrameScore, OutletComparison } from '../types.ts';
import type { CompareSettings } from '../settings/settings-schema.ts';

/**
 * Mean cue share of each frame over the articles' whole-text scores (every frame in `frames`, 0 when
 * an article has none): the profile the pairwise distances compare.
 */
export function frameProfile(articles: ArticleReport[], frames: FrameInfo[]): Record<string, number> {
  const profile: Record<string, number> = {};
  // Each article's scores by frame id, built once (the first score of an id wins, as find would).
  const byId = articles.map((a) => {
    const m = new Map<string, FrameScore>();
    for (const f of a.scores.whole.frames) if (!m.has(f.id)) m.set(f.id, f);
    return m;
  });
  for (const frame of frames) {
    let share = 0;
    for (const scores of byId) share += scores.get(frame.id)?.share ?? 0;
    profile[frame.id] = articles.length ? round(share / articles.length) : 0;
  }
  return profile;
}

/**
 * Per family, the frames whose presence share (the mean of chancePresent, as the heatmap shows it)
 * is at least `dominant.share` (half), the larger share first (ties: the higher mean strength, then
 * `frames` order), at most `dominant.max` (three): dominance follows from presence, as coders would
 * count it.
 */
export function outletDominant(articles: ArticleReport[], frames: FrameInfo[], dominant: CompareSettings['compare']['dominant']): OutletComparison['dominant'] {
  const byArticle = articles.map(presenceOf);
  const tally = frames.map((f, order) => {
    // The sum of the articles' chances: the share times the number of articles.
    let carried = 0;
    let strength = 0;
    for (const presence of byArticle) {
      carried += presentIn(presence, f.id);
      strength += presence.get(f.id)?.strength ?? 0;
    }
    return { f, order, carried, strength };
  });
  const pick = (family: FrameFamily): string[] =>
    tally
      .filter((t) => t.f.family === family && t.carried > 0 && t.carried >= dominant.share * articles.length)
      .sort((a, b) => b.carried - a.carried || b.strength - a.strength || a.order - b.order)
      .slice(0, dominant.max)
      .map((t) => t.f.id);
  return { policy: pick('policy'), generic: pick('generic') };
}
