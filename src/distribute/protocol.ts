// What a coordinator and its workers agree on: what a job carries, and how a worker says
// it will not analyze a job of another version of framelens.
import type { CachedArticle } from '../cache/story-cache.ts';
import type { ArticleJob } from '../pipeline/article-job.ts';

/** Who analyzes: the version and the analyzer's fingerprint (src/cache/fingerprint.ts). */
export interface Analyzer {
  version: string;
  fingerprint: string;
}

/** A job's data: the article itself, not a path, so workers need no disk shared with the coordinator. */
export interface DistributedJob {
  from: Analyzer;
  job: ArticleJob;
}

/** A job's return value, which the queue keeps as JSON: the full record as JSON text, and the lean copy. */
export interface DistributedOutcome {
  record: string;
  lean: CachedArticle;
}

/** A job's return value from its outcome; the lean copy is parsed only to go back out through the queue as JSON. */
export const distributedOutcome = (outcome: { record: string; lean: string }): DistributedOutcome => ({ record: outcome.record, lean: JSON.parse(outcome.lean) as CachedArticle });

const REFUSED = 'refused by worker ';

const describe = (a: Analyzer): string => `framelens ${a.version} (analyzer ${a.fingerprint.slice(0, 12)})`;

/** Why `worker` refuses a job sent by `from`, or null when both analyze alike. */
export function refusal(worker: string, mine: Analyzer, from: Analyzer): string | null {
  if (mine.fingerprint === from.fingerprint) return null;
  return `${REFUSED}${worker}: it runs ${describe(mine)}, the coordinator ${describe(from)}; run workers and coordinator from the same version, with the same src/, data/ and package-lock.json`;
}

export const isRefusal = (reason: string): boolean => reason.startsWith(REFUSED);
