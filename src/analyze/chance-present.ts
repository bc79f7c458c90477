// One number per text and frame for averaging over a group of texts (an outlet, a story): the chance
// that the text carries the frame. Kept apart from the layers so the compare and corpus stages read
// it without loading any model.
import type { FramePresence } from '../types.ts';

/**
 * How likely the text carries the frame: a generic frame's strength, which the layer calibrates
 * (data/models/generic-frames.json folds a Platt map into its weights); a policy frame's decision,
 * 1 or 0, since its strength is a sentence probability, not one of the text. A group's mean of
 * calibrated probabilities estimates the share of its texts carrying the frame better than the
 * count of decisions does (Bella et al. 2010, "probabilistic classify and count"): a text just below
 * the threshold counts for its chance, not for nothing.
 */
export function chancePresent(p: Pick<FramePresence, 'family' | 'present' | 'strength'>): number {
  return p.family === 'generic' ? p.strength : p.present ? 1 : 0;
}
