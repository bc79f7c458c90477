// Reads every article of one story folder. A file that cannot be read becomes a diagnostic; the rest go on.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decodeBytes } from './decode.ts';
import { listStoryFiles } from './discover.ts';
import { splitFrontMatter } from './front-matter.ts';
import { parseStoryConfig, type StoryConfig } from './story-config.ts';
import type { Diagnostic, LoadedArticle } from '../types.ts';

export interface LoadedStory {
  id: string;
  title: string;
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
    return { articles: {} };
  }
  const { config, errors, warnings } = parseStoryConfig(text);
  for (const message of errors) diagnostics.push({ level: 'error', file: 'story.json', stage: 'load', message });
  for (const message of warnings) diagnostics.push({ level: 'warning', file: 'story.json', stage: 'load', message });
  return config;
}

function describeReadError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'file vanished or is a broken link';
  return (e as Error).message;
}

export async function loadStory(storyDir: string, id = basename(storyDir)): Promise<LoadedStory> {
  const diagnostics: Diagnostic[] = [];
  const config = await readConfig(storyDir, diagnostics);
  const { articles: files, skipped } = await listStoryFiles(storyDir);
  for (const s of skipped) diagnostics.push({ level: 'warning', file: s.file, stage: 'load', message: `skipped: ${s.reason}` });
  for (const file of Object.keys(config.articles)) {
    if (!files.some((f) => f.file === file)) {
      diagnostics.push({ level: 'warning', file: 'story.json', stage: 'load', message: `metadata for "${file}", which is not an article file here` });
    }
  }
  const articles: LoadedArticle[] = [];
  for (const { file, kind } of files) {
    const fail = (message: string): void => {
      diagnostics.push({ level: 'error', file, stage: 'load', message });
    };
    let bytes: Buffer;
    try {
      bytes = await readFile(join(storyDir, file));
    } catch (e) {
      fail(`cannot read: ${describeReadError(e)}`);
      continue;
    }
    const decoded = decodeBytes(bytes, kind);
    if (!decoded.ok) {
      fail(decoded.reason);
      continue;
    }
    let content = decoded.text;
    let firstLine = 1;
    let given = {};
    if (kind !== 'html') {
      try {
        const fm = splitFrontMatter(content);
        content = fm.body;
        firstLine = fm.bodyLine;
        given = fm.given;
        for (const w of fm.warnings) diagnostics.push({ level: 'warning', file, stage: 'load', message: w });
      } catch (e) {
        fail((e as Error).message);
        continue;
      }
    }
    articles.push({
      file,
      kind,
      content,
      firstLine,
      given: { ...given, ...config.articles[file] },
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  if (files.length === 0) diagnostics.push({ level: 'error', file: '.', stage: 'load', message: 'no article files (.txt, .md, .html) in this story folder' });
  return { id, title: config.title ?? id, articles, diagnostics };
}
