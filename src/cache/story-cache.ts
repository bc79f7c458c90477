// The cache of one story: a folder with each article's clean-and-analyze result in a file of its own,
// named by a key made of the article's content hash, its metadata and the analyzer's fingerprint,
// and story.json with the key of the whole story's inputs, so a run on unchanged inputs does no
// analysis work and an unchanged story is not rendered again. Records are read one at a time, so
// the cache of a story of any size never has to fit in memory; records of articles a run no longer
// has are removed, so it never grows stale.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzerFingerprint } from './fingerprint.ts';
import type { ListedActor } from '../types.ts';
import type { ArticleReport, Diagnostic, LoadedArticle } from '../types.ts';
import { sha256 } from '../hash.ts';
import { writeAtomically } from '../write-atomic.ts';
import { parseReadBack } from '../read-back.ts';

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
  /** The article keys whose records this run left. */
  articles: string[];
  /** The story's report folder (resolved) that `pages` are in. */
  pagesDir: string;
  /** The files of each article's record and page there, by the key of what they were made from (pageKey). */
  pages: Record<string, { record: string; page: string }>;
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

const storyDir = (cacheDir: string, id: string): string => join(cacheDir, encodeURIComponent(id));

/** The story's cache; null when there is none, or, with the reason, when it cannot be used (another layout, a broken file, another analyzer). */
export async function readStoryCache(cacheDir: string, id: string): Promise<{ cache: StoryCache | null; problem?: string }> {
  let text: string;
  try {
    text = await readFile(join(storyDir(cacheDir, id), 'story.json'), 'utf8');
  } catch {
    return { cache: null };
  }
  const { value: cache, problem } = parseReadBack<StoryCache>('storyCache', text);
  if (!cache) return { cache: null, problem: problem.startsWith('not JSON') ? `is ${problem}` : `is not a cache of this version (${problem})` };
  if (cache.fingerprint !== analyzerFingerprint()) return { cache: null, problem: 'was made by another version or build of framelens' };
  return { cache };
}

export async function writeStoryCache(cacheDir: string, id: string, cache: StoryCache): Promise<void> {
  await writeAtomically(join(storyDir(cacheDir, id), 'story.json'), JSON.stringify(cache));
}

/** Per-article records of one story, one file each. */
export interface RecordStore {
  /** The file that holds the record of `key` (a CachedArticle as JSON), written by the runner that made it. */
  path(key: string): string;
  get(key: string): Promise<CachedArticle | null>;
  /** Removes every record whose key is not in `keep`. */
  retain(keep: ReadonlySet<string>): Promise<void>;
  /** Removes the store itself (a run without a cache keeps its records only while it runs). */
  discard(): Promise<void>;
}

/** `onProblem` hears of a record that is there but not one of this version (it is then analyzed anew). */
function recordStore(dir: string, onProblem: (file: string, problem: string) => void = () => {}): RecordStore {
  const file = (key: string): string => join(dir, `${key}.json`);
  return {
    path: file,
    async get(key) {
      let text: string;
      try {
        text = await readFile(file(key), 'utf8');
      } catch {
        return null;
      }
      const { value, problem } = parseReadBack<CachedArticle>('cachedArticle', text);
      if (problem) onProblem(file(key), problem);
      return value;
    },
    async retain(keep) {
      const names = await readdir(dir).catch(() => [] as string[]);
      await Promise.all(names.filter((n) => !keep.has(n.replace(/\.json$/, ''))).map((n) => rm(join(dir, n), { force: true })));
    },
    discard: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The records of a story's cache, kept between runs. */
export const storyRecords = (cacheDir: string, id: string, onProblem?: (file: string, problem: string) => void): RecordStore => recordStore(join(storyDir(cacheDir, id), 'articles'), onProblem);

/** Records for one run without a cache: in a temporary folder, discarded at the end. */
export async function runRecords(): Promise<RecordStore> {
  return recordStore(await mkdtemp(join(tmpdir(), 'framelens-records-')));
}
