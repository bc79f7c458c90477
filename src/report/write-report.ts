// Writes a story's reports: each article's full record and page as it comes, then report.json (the
// source of truth: the story, the comparison and the index of articles) and the story page rendered
// from it, and the index of stories. Files are replaced atomically, so a reader never sees half a
// report, and report.json is written in pieces, so no size of story makes a string too long.
import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { renderArticlePage } from './html/article-page.ts';
import type { StoryLink } from './html/story-table.ts';
import { renderStoryPage } from './html/story-page.ts';
import { jsonChunks } from './json-chunks.ts';
import { errorCount } from '../diagnostics.ts';
import type { ArticleRecord, StoryReport } from '../types.ts';
import { articleFiles } from './article-files.ts';
import { utf8 } from '../utf8.ts';
import { writeAtomically } from '../write-atomic.ts';

// The lists of report.json that grow with the story: written an item at a time.
const STREAMED = new Set(['articles', 'diagnostics', 'comparison.outlets', 'comparison.pairs', 'comparison.reuse', 'comparison.claims.claims', 'comparison.claims.outlets']);

/** Writes one article's record and page into the story's report folder; returns their paths in it. */
export async function writeArticleReport(storyDir: string, record: ArticleRecord): Promise<{ record: string; page: string }> {
  // Unindented: indenting doubled the size of a story's records. Encoded once, to be hashed and written.
  const json = utf8(`${JSON.stringify(record)}\n`);
  const files = articleFiles(record.article.id, json);
  await writeAtomically(join(storyDir, files.record), json);
  await writeAtomically(join(storyDir, files.page), renderArticlePage(record));
  return files;
}

/** Writes report.json, then the story page, and removes the article files report.json no longer names; returns report.json's SHA-256. */
export async function writeStoryReport(outDir: string, report: StoryReport): Promise<string> {
  const dir = join(outDir, report.story.id);
  const hash = createHash('sha256');
  function* hashed(): Generator<string> {
    for (const piece of jsonChunks(report, STREAMED)) {
      hash.update(piece);
      yield piece;
    }
  }
  await writeAtomically(join(dir, 'report.json'), hashed());
  await writeAtomically(join(dir, 'index.html'), renderStoryPage(report));
  const kept = new Set(report.articles.flatMap((a) => [a.record, a.page]));
  const present = await readdir(join(dir, 'articles')).catch(() => [] as string[]);
  await Promise.all(present.filter((name) => !kept.has(`articles/${name}`)).map((name) => rm(join(dir, 'articles', name), { force: true })));
  return hash.digest('hex');
}

/** Where a story's page is, from the reports folder. */
export const storyPage = (dirName: string): string => `${encodeURIComponent(dirName)}/index.html`;

export function storyLink(report: StoryReport, dirName = report.story.id): StoryLink {
  return {
    id: report.story.id,
    title: report.story.title,
    articles: report.articles.length,
    outlets: report.comparison.outlets.length,
    errors: errorCount(report.diagnostics),
    href: storyPage(dirName),
  };
}
