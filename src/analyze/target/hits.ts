// The one place target sentiment reads the sentence scorer: swapping scorers is a change here only.
import { segmentHits } from '../sentiment.ts';
import type { Segment, SentimentHit } from '../../types.ts';

/** The sentence scorer's hits for an already segmented text, with spans as offsets into its text. */
export function sentenceHits(seg: Segment): SentimentHit[] {
  return segmentHits(seg);
}
