import { round } from '../round.ts';
import type { ArticleReport, FrameFamily, FrameInfo, OutletComparison } from '../types.ts';

/** A frame counts as dominant for an outlet from this mean share of its family's cues. */
const DOMINANT_SHARE = 0.15;
const MAX_DOMINANT = 3;

/**
 * Mean share of each frame over the articles' whole-text scores (every frame in `frames`, 0 when an
 * article has none), and per family the frames at or above the dominance threshold, strongest first
 * (ties in `frames` order), at most three.
 */
export function frameProfile(
  articles: ArticleReport[],
  frames: FrameInfo[],
): Pick<OutletComparison, 'profile' | 'dominant'> {
  const profile: Record<string, number> = {};
  for (const frame of frames) {
    const sum = articles.reduce(
      (s, a) => s + (a.scores.whole.frames.find((f) => f.id === frame.id)?.share ?? 0),
      0,
    );
    profile[frame.id] = articles.length ? round(sum / articles.length) : 0;
  }
  const dominantOf = (family: FrameFamily): string[] =>
    frames
      .filter((f) => f.family === family && profile[f.id]! >= DOMINANT_SHARE)
      .sort((a, b) => profile[b.id]! - profile[a.id]!)
      .slice(0, MAX_DOMINANT)
      .map((f) => f.id);
  return { profile, dominant: { policy: dominantOf('policy'), generic: dominantOf('generic') } };
}
