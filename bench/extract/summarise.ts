// Runs one extractor over one dataset and reduces the per-page scores to the dataset's published metric.
import { performance } from 'node:perf_hooks';
import type { Dataset, Page } from './datasets.ts';
import {
  averageShingles,
  averageWords,
  percentile,
  shinglePage,
  snippetsFound,
  wordPage,
  type Averages,
} from './metrics.ts';
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
    if ((i + 1) % 50 === 0 || i + 1 === dataset.pages.length)
      process.stderr.write(`${dataset.name} ${label}: ${i + 1}/${dataset.pages.length}\n`);
  });
  return { runs, peakRss };
}

function typeSummary(runs: PageRun[]): TypeSummary {
  const withFound = runs.reduce((s, r) => s + snippetsFound(r.text, r.page.with), 0);
  const withoutPresent = runs.reduce((s, r) => s + snippetsFound(r.text, r.page.without), 0);
  return {
    ...averageWords(runs.map((r) => wordPage(r.text, r.page.truth))),
    withFound,
    withTotal: runs.reduce((s, r) => s + r.page.with.length, 0),
    withoutPresent,
    withoutTotal: runs.reduce((s, r) => s + r.page.without.length, 0),
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
  if (dataset.name === 'scrapinghub')
    return { score: averageShingles(runs.map((r) => shinglePage(r.text, r.page.truth))), ...speed };
  const types = [...new Set(runs.map((r) => r.page.type))].sort();
  const byType = Object.fromEntries(types.map((t) => [t, typeSummary(runs.filter((r) => r.page.type === t))]));
  return { score: typeSummary(runs), byType, ...speed };
}
