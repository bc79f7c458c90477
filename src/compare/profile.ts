import { DOMINANCE } from '../analyze/frames.ts';
import { round } from '../round.ts';
import type { ArticleReport, FrameFamily, FrameInfo, FrameScore, OutletComparison } from '../types.ts';

/**
 * Mean share of each frame over the articles' whole-text scores (every frame in `frames`, 0 when an
 * article has none), and per family the frames that reach the articles' dominance rule on the
 * outlet's mean share and summed matches (one stray cue does not make a frame dominant), strongest
 * first (ties in `frames` order).
 */
export function frameProfile(
  articles: ArticleReport[],
  frames: FrameInfo[],
): Pick<OutletComparison, 'profile' | 'dominant'> {
  const profile: Record<string, number> = {};
  const hits: Record<string, number> = {};
  // Each article's scores by frame id, built once (the first score of an id wins, as find would).
  const byId = articles.map((a) => {
    const m = new Map<string, FrameScore>();
    for (const f of a.scores.whole.frames) if (!m.has(f.id)) m.set(f.id, f);
    return m;
  });
  for (const frame of frames) {
    let share = 0;
    hits[frame.id] = 0;
    for (const scores of byId) {
      const score = scores.get(frame.id);
      share += score?.share ?? 0;
      hits[frame.id]! += score?.hits ?? 0;
    }
    profile[frame.id] = articles.length ? round(share / articles.length) : 0;
  }
  const dominantOf = (family: FrameFamily): string[] =>
    frames
      .filter((f) => f.family === family && profile[f.id]! >= DOMINANCE.minShare && hits[f.id]! >= DOMINANCE.minHits)
      .sort((a, b) => profile[b.id]! - profile[a.id]!)
      .slice(0, DOMINANCE.max)
      .map((f) => f.id);
  return { profile, dominant: { policy: dominantOf('policy'), generic: dominantOf('generic') } };
}
