// The cache of one story: each article's clean-and-analyze result under a key made of its content
// hash, its metadata and the analyzer's fingerprint, and the key of the whole story's inputs, so a
// run on unchanged inputs does no analysis work and an unchanged story is not rendered again.
// One file per story, rewritten whole with this run's articles only, so it never grows stale.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzerFingerprint } from './fingerprint.ts';
import type { ListedActor } from '../analyze/actors/gazetteer.ts';
import type { ArticleReport, Diagnostic, LoadedArticle } from '../types.ts';
import { sha256 } from '../hash.ts';
import { writeAtomically } from '../write-atomic.ts';

/** What cleaning and analyzing one article gave: its report and word counts, or the diagnostics that stopped it. */
export interface CachedArticle {
  report: ArticleReport | null;
  words: Array<[string, number]>;
  diagnostics: Diagnostic[];
}

export interface StoryCache {
  fingerprint: string;
  /** Key of all the story's inputs: when it is unchanged, so is the report. */
  storyKey: string;
  /** SHA-256 of the report.json this run wrote, to notice a report changed or replaced since. */
  reportSha256: string;
  articles: Record<string, CachedArticle>;
}

const keyOf = (value: unknown): string => sha256(JSON.stringify(value));

export function articleKey(article: LoadedArticle, actors: readonly ListedActor[]): string {
  const { file, kind, sha256: content, given } = article;
  return keyOf([analyzerFingerprint(), file, kind, content, given, actors]);
}

/** The inputs of the whole story: every article's key, the story's own settings, and what loading said. */
export function storyKey(keys: readonly string[], story: { title: string; actors: readonly ListedActor[]; diagnostics: readonly Diagnostic[] }): string {
  return keyOf([analyzerFingerprint(), keys, story.title, story.actors, story.diagnostics]);
}

const cacheFile = (cacheDir: string, id: string): string => join(cacheDir, `${encodeURIComponent(id)}.json`);

/** The story's cache, or null when there is none or it belongs to another analyzer. */
export async function readStoryCache(cacheDir: string, id: string): Promise<StoryCache | null> {
  try {
    const cache = JSON.parse(await readFile(cacheFile(cacheDir, id), 'utf8')) as StoryCache;
    return cache.fingerprint === analyzerFingerprint() ? cache : null;
  } catch {
    return null;
  }
}

export async function writeStoryCache(cacheDir: string, id: string, cache: StoryCache): Promise<void> {
  await writeAtomically(cacheFile(cacheDir, id), JSON.stringify(cache));
}
