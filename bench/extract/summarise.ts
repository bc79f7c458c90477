// Runs one extractor over one dataset and reduces the per-page scores to the dataset's published metric.
import { performance } from 'node:perf_hooks';
import type { Dataset, Page } from './datasets.ts';
import { averageShingles, averageWords, percentile, shinglePage, snippetsFound, wordPage, type Averages } from './metrics.ts';
import type { Extractor } from './peers.ts';

export interface PageRun {
  page: Page;
  text: string;
  ms: number;
  failed: boolean;
}

export interface TypeSummary extends Averages {
  withFound: number;
  withTotal: number;
  withoutPresent: number;
  withoutTotal: number;
}

export interface ExtractorSummary {
  score: Averages;
  /** WCXB only: scores per page type. */
  byType?: Record<string, TypeSummary>;
  medianMs: number;
  p95Ms: number;
  /** Pages over the summed extraction time (reading, gunzipping and text conversion excluded). */
  pagesPerSec: number;
  /** Max RSS sampled after each of this extractor's pages; the process is shared, see the report. */
  peakRssMb: number;
  failures: string[];
  emptyOutput: string[];
}

export interface DatasetResult {
  dataset: Dataset['name'];
  pages: number;
  skipped: string[];
  extractors: Record<string, ExtractorSummary>;
}

/** `inputOf` prepares a page outside the timed call (gunzip, or gunzip and convert to text). */
export function runPages(dataset: Dataset, ex: Extractor, inputOf: (page: Page) => string, label = ex.name): { runs: PageRun[]; peakRss: number } {
  const runs: PageRun[] = [];
  let peakRss = 0;
  dataset.pages.forEach((page, i) => {
    const input = inputOf(page);
    const start = performance.now();
    let text = '';
    let failed = false;
    try {
      text = ex.extract(input, page.type);
    } catch {
      failed = true;
    }
    runs.push({ page, text, ms: performance.now() - start, failed });
    // rss() alone: memoryUsage() also walks the V8 heap spaces, on every page.
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    if ((i + 1) % 50 === 0 || i + 1 === dataset.pages.length) process.stderr.write(`${dataset.name} ${label}: ${i + 1}/${dataset.pages.length}\n`);
  });
  return { runs, peakRss };
}

/** One page's WCXB figures, worked out once and summed per page type and over all pages. */
interface PageScore {
  type: string;
  words: ReturnType<typeof wordPage>;
  withFound: number;
  withTotal: number;
  withoutPresent: number;
  withoutTotal: number;
}

function scorePage(r: PageRun): PageScore {
  return {
    type: r.page.type,
    words: wordPage(r.text, r.page.truth),
    withFound: snippetsFound(r.text, r.page.with),
    withTotal: r.page.with.length,
    withoutPresent: snippetsFound(r.text, r.page.without),
    withoutTotal: r.page.without.length,
  };
}

function typeSummary(pages: PageScore[]): TypeSummary {
  const sum = (key: 'withFound' | 'withTotal' | 'withoutPresent' | 'withoutTotal'): number => pages.reduce((s, p) => s + p[key], 0);
  return {
    ...averageWords(pages.map((p) => p.words)),
    withFound: sum('withFound'),
    withTotal: sum('withTotal'),
    withoutPresent: sum('withoutPresent'),
    withoutTotal: sum('withoutTotal'),
  };
}

export function summarise(dataset: Dataset, runs: PageRun[], peakRss: number): ExtractorSummary {
  const ms = runs.map((r) => r.ms);
  const totalSec = ms.reduce((s, x) => s + x, 0) / 1000;
  const speed = {
    medianMs: percentile(ms, 0.5),
    p95Ms: percentile(ms, 0.95),
    pagesPerSec: totalSec ? runs.length / totalSec : 0,
    peakRssMb: peakRss / 2 ** 20,
    failures: runs.filter((r) => r.failed).map((r) => r.page.id),
    emptyOutput: runs.filter((r) => !r.failed && r.text.trim() === '').map((r) => r.page.id),
  };
  if (dataset.name === 'scrapinghub') return { score: averageShingles(runs.map((r) => shinglePage(r.text, r.page.truth))), ...speed };
  const pages = runs.map(scorePage);
  const types = [...new Set(pages.map((p) => p.type))].sort();
  const byType = Object.fromEntries(types.map((t) => [t, typeSummary(pages.filter((p) => p.type === t))]));
  return { score: typeSummary(pages), byType, ...speed };
}
