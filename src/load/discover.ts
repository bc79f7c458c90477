// Finds stories (folders under articles/) and the article files in each.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { withoutGz } from './gzip.ts';
import type { InputKind } from '../types.ts';

const KINDS: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** Files in a story folder that are about the story rather than articles of it. */
const STORY_FILES = new Set(['story.json', 'sources.txt', 'readme.md', '.gitkeep']);

/** The kind an article file's name says; `page.html.gz` is an HTML page. */
export function inputKind(file: string): InputKind | null {
  return KINDS[extname(withoutGz(file)).toLowerCase()] ?? null;
}

export async function listStories(articlesDir: string): Promise<string[]> {
  const entries = await readdir(articlesDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

export interface StoryFiles {
  articles: Array<{ file: string; kind: InputKind }>;
  /** Files left out, with the reason. */
  skipped: Array<{ file: string; reason: string }>;
}

export async function listStoryFiles(storyDir: string): Promise<StoryFiles> {
  const out: StoryFiles = { articles: [], skipped: [] };
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(storyDir, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const file = rel ? `${rel}/${e.name}` : e.name;
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) await walk(file);
      else if (!rel && STORY_FILES.has(e.name.toLowerCase())) continue;
      else if (e.isSymbolicLink()) {
        const reason = await symlinkProblem(join(storyDir, file));
        if (reason) out.skipped.push({ file, reason });
        else addFile(file, e.name);
      } else if (!e.isFile()) out.skipped.push({ file, reason: 'not a regular file' });
      else addFile(file, e.name);
    }
  };
  const addFile = (file: string, name: string): void => {
    const kind = inputKind(name);
    if (kind) out.articles.push({ file, kind });
    else out.skipped.push({ file, reason: `unknown extension "${extname(name) || '(none)'}"; use .txt, .md or .html` });
  };
  await walk('');
  return out;
}

/** Links to files are followed; links to folders are not (they could loop back into the story). */
async function symlinkProblem(path: string): Promise<string | null> {
  try {
    const target = await stat(path);
    return target.isFile() ? null : 'symbolic link to something other than a file (not followed)';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link';
  }
}

/**
 * The article files of the named stories under `articlesDir`, for sizing the work of a run before it
 * starts; a folder that cannot be listed counts none here, and says why when its story is run.
 */
export async function countArticleFiles(articlesDir: string, stories: readonly string[]): Promise<number> {
  const counts = await Promise.all(
    stories.map((id) =>
      listStoryFiles(join(articlesDir, id)).then(
        (f) => f.articles.length,
        () => 0,
      ),
    ),
  );
  return counts.reduce((n, k) => n + k, 0);
}
