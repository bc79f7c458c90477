// Reads every article of one story folder. A file that cannot be read becomes a diagnostic; the rest go on.
import { basename, join } from 'node:path';
import { listStoryFiles } from './discover.ts';
import { readArticle } from './read-article.ts';
import { readIfExists } from './read-if-exists.ts';
import { fetchSources, type FetchStoryOptions } from './fetch/fetch-story.ts';
import { readSnapshot } from './fetch/snapshot.ts';
import { parseSources, uniqueSources, type Source } from './sources.ts';
import { parseStoryConfig, type StoryConfig } from './story-config.ts';
import type { ListedActor } from '../types.ts';
import type { Settings } from '../settings/settings-schema.ts';
import { sha256 } from '../hash.ts';
import type { Diagnostic, GivenMeta, LoadedArticle } from '../types.ts';
import { diagnostic } from '../diagnostics.ts';

/** A story file that may be missing: its text, null when it is not there, and a diagnostic when it cannot be read. */
async function readStoryFile(storyDir: string, name: string, diagnostics: Diagnostic[]): Promise<string | null> {
  try {
    return await readIfExists(join(storyDir, name));
  } catch (e) {
    diagnostics.push(diagnostic('story-file-unreadable', name, `cannot read: ${(e as Error).message}`));
    return null;
  }
}

async function readConfig(storyDir: string, diagnostics: Diagnostic[]): Promise<StoryConfig> {
  const text = await readStoryFile(storyDir, 'story.json', diagnostics);
  if (text === null) return { articles: {}, actors: [], urls: [] };
  const { config, errors, warnings } = parseStoryConfig(text);
  for (const message of errors) diagnostics.push(diagnostic('story-config-invalid', 'story.json', message));
  for (const message of warnings) diagnostics.push(diagnostic('story-config-ignored', 'story.json', message));
  return config;
}

/** Loading options of a run: the limits and fetching settings, --refresh, politeness, progress. */
export interface LoadOptions extends FetchStoryOptions {
  settings: Pick<Settings, 'limits' | 'fetch'>;
}

/** sources.txt and story.json's "urls", each URL once; problems as diagnostics. */
async function readSources(storyDir: string, config: StoryConfig, diagnostics: Diagnostic[]): Promise<Source[]> {
  const text = await readStoryFile(storyDir, 'sources.txt', diagnostics);
  const parsed = parseSources(text ?? '');
  for (const { line, message } of parsed.errors) diagnostics.push(diagnostic('sources-invalid', 'sources.txt', message, { line }));
  const { sources, duplicates } = uniqueSources([...parsed.sources, ...config.urls]);
  for (const message of duplicates) diagnostics.push(diagnostic('source-listed-twice', '.', `listed twice: ${message}`));
  return sources;
}

/** A story folder opened for reading: its settings, what loading has said so far, and its articles one at a time. */
export interface OpenedStory {
  id: string;
  title: string;
  actors: ListedActor[];
  /** Article files found (some may still fail to read). */
  total: number;
  /** Problems of the folder and of the articles read so far; complete once `articles` is exhausted. */
  diagnostics: Diagnostic[];
  /** The readable articles in file order, read as they are asked for, so a story of any size is never all in memory. */
  articles: AsyncIterable<LoadedArticle>;
}

export async function openStory(storyDir: string, id = basename(storyDir), options: LoadOptions): Promise<OpenedStory> {
  const diagnostics: Diagnostic[] = [];
  const config = await readConfig(storyDir, diagnostics);
  const sources = await readSources(storyDir, config, diagnostics);
  const fetched = sources.length ? await fetchSources(storyDir, sources, options) : { given: new Map<string, GivenMeta>(), diagnostics: [] };
  diagnostics.push(...fetched.diagnostics);
  const { articles: files, skipped } = await listStoryFiles(storyDir);
  for (const s of skipped) diagnostics.push(diagnostic('file-skipped', s.file, `skipped: ${s.reason}`));
  const present = new Set(files.map((f) => f.file));
  for (const file of Object.keys(config.articles)) {
    if (!present.has(file)) {
      diagnostics.push(diagnostic('metadata-without-file', 'story.json', `metadata for "${file}", which is not an article file here`));
    }
  }
  if (files.length === 0 && sources.length === 0) diagnostics.push(diagnostic('story-empty', '.', 'no article files (.txt, .md, .html) or URLs (sources.txt) in this story folder'));
  async function* articles(): AsyncGenerator<LoadedArticle> {
    const seen = new Map<string, string>();
    for (const { file, kind } of files) {
      const read = await readArticle(join(storyDir, file), file, kind, options.settings.limits);
      if (!read.ok) {
        diagnostics.push(diagnostic(read.code, file, read.reason, read.line === undefined ? undefined : { line: read.line }));
        continue;
      }
      for (const w of read.warnings) diagnostics.push(diagnostic(w.code, file, w.message));
      // The same file twice (a copy under another name) would count one outlet's text twice.
      const twin = seen.get(read.article.sha256);
      if (twin) {
        diagnostics.push(diagnostic('file-duplicate', file, `the same file as ${twin}: analyzed once, as ${twin}`));
        continue;
      }
      seen.set(read.article.sha256, file);
      const snapshot = readSnapshot(read.article.content);
      if (snapshot?.kind === 'failed') {
        const { failure } = snapshot;
        diagnostics.push(diagnostic('fetch-failed', file, `cannot fetch ${failure.url}: ${failure.message} (${failure.reason}); run with --refresh to try again`));
        continue;
      }
      if (snapshot?.kind === 'invalid') {
        diagnostics.push(
          diagnostic(
            'snapshot-record-invalid',
            file,
            `the record at the top of this snapshot is not one framelens writes (${snapshot.problem}): the page is read without it; run with --refresh to fetch it again`,
          ),
        );
      }
      const page = snapshot?.kind === 'page' ? { content: snapshot.page, url: snapshot.record.finalUrl } : snapshot?.kind === 'invalid' ? { content: snapshot.page, url: undefined } : null;
      yield {
        ...read.article,
        // A refetch that brings the same page is the same input, whenever it was fetched.
        ...(page ? { content: page.content, sha256: sha256(page.content) } : {}),
        given: { ...(page ? { url: page.url } : {}), ...read.article.given, ...fetched.given.get(file), ...config.articles[file] },
      };
    }
  }
  return { id, title: config.title ?? id, actors: config.actors, total: files.length, diagnostics, articles: articles() };
}
