// An article job's outcome as it travels from a worker process to the process that collects it.
import { leanResult } from '../compare/for-comparison.ts';
import type { CachedArticle } from '../cache/story-cache.ts';
import type { ArticleOutcome } from './article-job.ts';

/**
 * An outcome as a worker process sends it: the record, or null when the worker wrote it to the file
 * it was given, and the lean copy as JSON text, parsed by the receiving side. Objects parsed from
 * JSON are compact, while a structured clone of the same lean copy took half as much memory again
 * (150 KB against 108 KB an article), and the story keeps thousands of them.
 */
export interface OutcomeMessage {
  record: string | null;
  lean: string;
}

export const outcomeMessage = (outcome: ArticleOutcome, written: boolean): OutcomeMessage => (written ? { ...outcome, record: null } : outcome);

// leanResult again: it makes each sentence's text a view into the article's text, which parsing undoes.
export const leanOf = (message: Pick<OutcomeMessage, 'lean'>): CachedArticle => leanResult(JSON.parse(message.lean) as CachedArticle);
