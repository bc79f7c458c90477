// The one place target sentiment reads the sentence scorer: swapping scorers is a change here only.
import { normalise, segmentHits } from '../sentiment.ts';
import { round } from '../../round.ts';
import type { Segment, SentimentHit } from '../../types.ts';

/** The sentence scorer's hits for an already segmented text, with spans as offsets into its text. */
export function sentenceHits(seg: Segment): SentimentHit[] {
  return segmentHits(seg);
}

/** The sentence scorer's figure for those hits (-1..1), as scoreSentence gives it. */
export function sentenceScore(hits: readonly SentimentHit[]): number {
  return normalise(round(hits.reduce((s, h) => s + h.weight, 0)));
}
