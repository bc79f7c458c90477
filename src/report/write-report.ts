// Writes a story's report.json (the source of truth) and the HTML rendered from it, and the index of
// stories. Files are replaced atomically, so a reader never sees half a report.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderIndexPage } from './html/index-page.ts';
import { renderStoryPage } from './html/story-page.ts';
import type { StoryReport } from '../types.ts';

export function serializeReport(report: StoryReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export async function writeStoryReport(outDir: string, report: StoryReport): Promise<string> {
  const dir = join(outDir, report.story.id);
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(join(dir, 'report.json'), serializeReport(report));
  await writeFileAtomic(join(dir, 'index.html'), renderStoryPage(report));
  return dir;
}

/** Lists every story that has a report in `outDir` (not only this run's), so `--story` keeps the index whole. */
export async function writeIndex(outDir: string): Promise<void> {
  const entries = await readdir(outDir, { withFileTypes: true });
  const stories = [];
  for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    let report: StoryReport;
    try {
      report = JSON.parse(await readFile(join(outDir, e.name, 'report.json'), 'utf8')) as StoryReport;
    } catch {
      continue;
    }
    stories.push({
      id: report.story.id,
      title: report.story.title,
      articles: report.articles.length,
      outlets: report.comparison.outlets.length,
      errors: report.diagnostics.filter((d) => d.level === 'error').length,
      href: `${encodeURIComponent(e.name)}/index.html`,
    });
  }
  await writeFileAtomic(join(outDir, 'index.html'), renderIndexPage(stories));
}
