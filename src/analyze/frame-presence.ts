// Frame presence the way human coders record it: for every catalog frame whether the text carries it
// and how strongly, from the trained layers over the cue counts and the words (policy frames decided
// per sentence and gathered to the text, generic frames per text), each with its evidence.
import { frameCatalog } from './frames.ts';
import { genericPresence } from './generic-presence.ts';
import { policyPresence } from './policy-presence.ts';
import type { FrameFamily, FramePresence, FrameScore, PartScores, Segment } from '../types.ts';
import { table } from '../settings/tables.ts';

const catalogOrder = new Map(frameCatalog().map((f, i) => [f.id, i]));

/** Presence of every catalog frame in the segments read together, in catalog order. */
export function framePresence(segments: Segment[], frames: FrameScore[]): FramePresence[] {
  // The generic layer reads the policy layer's sentences too: decided once, used twice.
  const policy = policyPresence(segments, frames);
  return [...policy, ...genericPresence(segments, frames, undefined, policy)].sort((a, b) => catalogOrder.get(a.id)! - catalogOrder.get(b.id)!);
}

/** At most this many dominant frames per family are named for a text (data/analysis.json). */
const MAX_DOMINANT = table('analysis').framePresence.maxDominant;

/** Per family, the present frames, strongest first (ties: catalog order, as `presence` is). */
export function dominantFrom(presence: FramePresence[]): PartScores['dominant'] {
  const ranked = (family: FrameFamily): string[] =>
    presence
      .filter((p) => p.family === family && p.present)
      .sort((a, b) => b.strength - a.strength)
      .slice(0, MAX_DOMINANT)
      .map((p) => p.id);
  return { policy: ranked('policy'), generic: ranked('generic') };
}

/** Per family, the strongest present frame, or null when none is present. */
export function topFrames(presence: FramePresence[]): PartScores['top'] {
  const { policy, generic } = dominantFrom(presence);
  return { policy: policy[0] ?? null, generic: generic[0] ?? null };
}
