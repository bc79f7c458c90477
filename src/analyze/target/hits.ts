// The one place target sentiment reads the sentence scorer: swapping scorers is a change here only.
import { scoreSentence } from '../sentiment.ts';
import type { SentimentHit } from '../../types.ts';

/** The sentence scorer's hits for `text`, with spans as offsets into `text`. */
export function sentenceHits(text: string): SentimentHit[] {
  return scoreSentence(text).hits;
}
