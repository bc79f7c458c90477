// Writes a story's report.json (the source of truth) and the HTML rendered from it, and the index of
// stories. Files are replaced atomically, so a reader never sees half a report.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderIndexPage, type StoryLink } from './html/index-page.ts';
import { renderStoryPage } from './html/story-page.ts';
import { errorCount } from '../diagnostics.ts';
import type { StoryReport } from '../types.ts';
import { writeAtomically } from '../write-atomic.ts';

function serializeReport(report: StoryReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Writes report.json, then the page; returns the JSON as written. */
export async function writeStoryReport(outDir: string, report: StoryReport): Promise<string> {
  const dir = join(outDir, report.story.id);
  const json = serializeReport(report);
  await writeAtomically(join(dir, 'report.json'), json);
  await writeAtomically(join(dir, 'index.html'), renderStoryPage(report));
  return json;
}

export function storyLink(report: StoryReport, dirName = report.story.id): StoryLink {
  return {
    id: report.story.id,
    title: report.story.title,
    articles: report.articles.length,
    outlets: report.comparison.outlets.length,
    errors: errorCount(report.diagnostics),
    href: `${encodeURIComponent(dirName)}/index.html`,
  };
}

/**
 * Lists every story that has a report in `outDir`, not only this run's, so `--story` keeps the index
 * whole. This run's stories come from memory; only the others are read back from disk.
 */
export async function writeIndex(outDir: string, fresh: StoryLink[]): Promise<void> {
  const known = new Map(fresh.map((l) => [l.id, l]));
  const entries = await readdir(outDir, { withFileTypes: true });
  const stories: StoryLink[] = [];
  for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const link = known.get(e.name) ?? (await readLink(outDir, e.name));
    if (link) stories.push(link);
  }
  await writeAtomically(join(outDir, 'index.html'), renderIndexPage(stories));
}

async function readLink(outDir: string, dirName: string): Promise<StoryLink | null> {
  try {
    return storyLink(JSON.parse(await readFile(join(outDir, dirName, 'report.json'), 'utf8')) as StoryReport, dirName);
  } catch {
    return null;
  }
}
