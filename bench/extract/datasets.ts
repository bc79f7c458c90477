// Reads the benchmark pages in place from ../shared/bench/extraction (never copied into the repo).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Page {
  id: string;
  /** Page type from the dataset (ScrapingHub pages are all articles). */
  type: string;
  truth: string;
  /** WCXB snippets that must / must not appear in the output. */
  with: string[];
  without: string[];
  path: string;
  /** WCXB only: the page's title, author and publication date as the annotators read them, where they give one. */
  meta?: PageMeta;
}

export interface PageMeta {
  title?: string;
  author?: string;
  /** ISO, a day ("2025-09-04") or coarser ("2003-11"). */
  published?: string;
}

export interface Dataset {
  name: 'scrapinghub' | 'wcxb-dev';
  pages: Page[];
  /** Ids left out because their ground truth has no main text to score against. */
  skipped: string[];
}

/** Data the benchmark cannot run on (missing, or the sentiment benchmark's wrong format); exits 2. */
export class DataError extends Error {}

/** What `load` reads, or null when the benchmark data is missing, said on stderr (the caller exits 2). */
export function readData<T>(load: () => T): T | null {
  try {
    return load();
  } catch (err) {
    if (!(err instanceof DataError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return null;
  }
}

/** The path, or a DataError when it does not exist. */
export function need(path: string): string {
  if (!existsSync(path)) throw new DataError(`benchmark data not found: ${path}`);
  return path;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(need(path), 'utf8')) as T;
}

/** Reading and gunzipping stays outside the timed extraction call. */
export function readHtml(page: Page): string {
  return gunzipSync(readFileSync(page.path)).toString('utf8');
}

function scrapinghub(dir: string): Dataset {
  const truth = readJson<Record<string, { articleBody: string }>>(join(dir, 'ground-truth.json'));
  const pages = Object.entries(truth).map(([id, t]) => ({
    id,
    type: 'article',
    truth: t.articleBody,
    with: [],
    without: [],
    path: need(join(dir, 'html', `${id}.html.gz`)),
  }));
  return { name: 'scrapinghub', pages, skipped: [] };
}

interface WcxbTruth {
  ground_truth: { main_content?: string; with?: string[]; without?: string[]; title?: string | null; author?: string | null; publish_date?: string | null };
}

/** The fields the annotators filled in. */
function pageMeta(gt: WcxbTruth['ground_truth']): PageMeta {
  const given = (v: string | null | undefined): string | undefined => (v && v.trim() ? v.trim() : undefined);
  const meta = { title: given(gt.title), author: given(gt.author), published: given(gt.publish_date) };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
}

function wcxb(dir: string): Dataset {
  const types = readJson<Record<string, { page_type: string }>>(join(dir, 'page-types.json'));
  const nonEmpty = (xs: string[] = []) => xs.filter((s) => s.trim() !== '');
  const pages: Page[] = [];
  const skipped: string[] = [];
  for (const [id, t] of Object.entries(types)) {
    const gt = readJson<WcxbTruth>(join(dir, 'ground-truth', `${id}.json`)).ground_truth;
    if (typeof gt.main_content !== 'string') {
      skipped.push(id);
      continue;
    }
    pages.push({
      id,
      type: t.page_type,
      truth: gt.main_content,
      with: nonEmpty(gt.with),
      without: nonEmpty(gt.without),
      path: need(join(dir, 'html', `${id}.html.gz`)),
      meta: pageMeta(gt),
    });
  }
  return { name: 'wcxb-dev', pages, skipped };
}

/** Both datasets, each cut to the first `limit` pages when given. */
export function loadDatasets(root: string, limit?: number): Dataset[] {
  need(root);
  return [scrapinghub(join(root, 'scrapinghub')), wcxb(join(root, 'wcxb-dev'))].map((d) => ({
    ...d,
    // Sorted by id: object key order puts integer-like ids ("1234") before "0001".
    pages: [...d.pages].sort((a, b) => a.id.localeCompare(b.id)).slice(0, limit),
  }));
}
