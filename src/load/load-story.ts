// Reads every article of one story folder. A file that cannot be read becomes a diagnostic; the rest go on.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { listStoryFiles } from './discover.ts';
import { readArticle } from './read-article.ts';
import { parseStoryConfig, type StoryConfig } from './story-config.ts';
import type { ListedActor } from '../analyze/actors/gazetteer.ts';
import type { Diagnostic, LoadedArticle } from '../types.ts';

export interface LoadedStory {
  id: string;
  title: string;
  actors: ListedActor[];
  articles: LoadedArticle[];
  diagnostics: Diagnostic[];
}

async function readConfig(storyDir: string, diagnostics: Diagnostic[]): Promise<StoryConfig> {
  let text: string;
  try {
    text = await readFile(join(storyDir, 'story.json'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      diagnostics.push({ level: 'error', file: 'story.json', stage: 'load', message: `cannot read: ${(e as Error).message}` });
    }
    return { articles: {}, actors: [] };
  }
  const { config, errors, warnings } = parseStoryConfig(text);
  for (const message of errors) diagnostics.push({ level: 'error', file: 'story.json', stage: 'load', message });
  for (const message of warnings) diagnostics.push({ level: 'warning', file: 'story.json', stage: 'load', message });
  return config;
}

export async function loadStory(storyDir: string, id = basename(storyDir)): Promise<LoadedStory> {
  const diagnostics: Diagnostic[] = [];
  const config = await readConfig(storyDir, diagnostics);
  const { articles: files, skipped } = await listStoryFiles(storyDir);
  for (const s of skipped) diagnostics.push({ level: 'warning', file: s.file, stage: 'load', message: `skipped: ${s.reason}` });
  const present = new Set(files.map((f) => f.file));
  for (const file of Object.keys(config.articles)) {
    if (!present.has(file)) {
      diagnostics.push({ level: 'warning', file: 'story.json', stage: 'load', message: `metadata for "${file}", which is not an article file here` });
    }
  }
  const articles: LoadedArticle[] = [];
  for (const { file, kind } of files) {
    const read = await readArticle(join(storyDir, file), file, kind);
    if (!read.ok) {
      diagnostics.push({ level: 'error', file, stage: 'load', message: read.reason });
      continue;
    }
    for (const message of read.warnings) diagnostics.push({ level: 'warning', file, stage: 'load', message });
    articles.push({ ...read.article, given: { ...read.article.given, ...config.articles[file] } });
  }
  if (files.length === 0) diagnostics.push({ level: 'error', file: '.', stage: 'load', message: 'no article files (.txt, .md, .html) in this story folder' });
  return { id, title: config.title ?? id, actors: config.actors, articles, diagnostics };
}
