// `npm run bench:extract`: framelens vs Mozilla Readability on the ScrapingHub and WCXB dev pages,
// same run, same pages. Not part of `npm test`: it needs ../shared and takes minutes.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadDatasets, MissingDataError, readHtml, type Dataset, type Page } from './datasets.ts';
import {
  averageShingles,
  averageWords,
  percentile,
  shinglePage,
  snippetsFound,
  wordPage,
  type Averages,
} from './metrics.ts';
import { extractors, type Extractor, type ExtractorName } from './peers.ts';
import { fixed, percent, table, type Row } from './table.ts';

const GOALS = {
  scrapinghubF1: 0.965,
  wcxbArticleF1: 0.94,
  wcxbForumF1: 0.82,
  medianMs: 'framelens median ms <= readability median ms',
};

interface PageRun {
  page: Page;
  text: string;
  ms: number;
  failed: boolean;
}

interface TypeSummary extends Averages {
  withFound: number;
  withTotal: number;
  withoutPresent: number;
  withoutTotal: number;
}

interface ExtractorSummary {
  score: Averages;
  /** WCXB only: scores per page type. */
  byType?: Record<string, TypeSummary>;
  medianMs: number;
  p95Ms: number;
  /** Pages over the summed extraction time (reading and gunzipping excluded). */
  pagesPerSec: number;
  /** Max RSS sampled after each of this extractor's pages; the process is shared, see the report. */
  peakRssMb: number;
  failures: string[];
  emptyOutput: string[];
}

function runPages(dataset: Dataset, ex: Extractor): { runs: PageRun[]; peakRss: number } {
  const runs: PageRun[] = [];
  let peakRss = 0;
  dataset.pages.forEach((page, i) => {
    const html = readHtml(page);
    const start = performance.now();
    let text = '';
    let failed = false;
    try {
      text = ex.extract(html, page.type);
    } catch {
      failed = true;
    }
    runs.push({ page, text, ms: performance.now() - start, failed });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if ((i + 1) % 50 === 0 || i + 1 === dataset.pages.length)
      process.stderr.write(`${dataset.name} ${ex.name}: ${i + 1}/${dataset.pages.length}\n`);
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

function summarise(dataset: Dataset, runs: PageRun[], peakRss: number): ExtractorSummary {
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

function speedRows(s: ExtractorSummary[]): Row[] {
  return [
    ['median ms/page', s.map((x) => fixed(x.medianMs, 1)), '<= readability'],
    ['p95 ms/page', s.map((x) => fixed(x.p95Ms, 1))],
    ['pages/s', s.map((x) => fixed(x.pagesPerSec, 1))],
    ['peak RSS MB', s.map((x) => fixed(x.peakRssMb, 0))],
    ['failures (scored empty)', s.map((x) => String(x.failures.length))],
    ['empty output', s.map((x) => String(x.emptyOutput.length))],
  ];
}

function wcxbRows(label: string, s: TypeSummary[], goal?: number): Row[] {
  return [
    `${label} (${s[0]?.pages ?? 0} pages)`,
    ['word precision', s.map((x) => fixed(x.precision))],
    ['word recall', s.map((x) => fixed(x.recall))],
    ['word F1', s.map((x) => fixed(x.f1)), goal === undefined ? undefined : `>= ${goal}`],
    ['with snippets found', s.map((x) => percent(x.withFound, x.withTotal))],
    ['without snippets present', s.map((x) => percent(x.withoutPresent, x.withoutTotal))],
  ];
}

function render(name: Dataset['name'], names: ExtractorName[], s: ExtractorSummary[]): string {
  if (name === 'scrapinghub')
    return table(names, [
      `ScrapingHub (${s[0]?.score.pages ?? 0} pages, 4-token shingles)`,
      ['precision', s.map((x) => fixed(x.score.precision))],
      ['recall', s.map((x) => fixed(x.score.recall))],
      ['F1', s.map((x) => fixed(x.score.f1)), `>= ${GOALS.scrapinghubF1}`],
      ...speedRows(s),
    ]);
  const goals: Record<string, number> = { article: GOALS.wcxbArticleF1, forum: GOALS.wcxbForumF1 };
  const types = Object.keys(s[0]?.byType ?? {});
  return table(names, [
    ...types.flatMap((t) => wcxbRows(`WCXB dev: ${t}`, s.map((x) => x.byType![t]!), goals[t])),
    ...wcxbRows('WCXB dev: all', s.map((x) => x.score as TypeSummary)),
    ...speedRows(s),
  ]);
}

function main(): number {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: '../shared/bench/extraction' },
      json: { type: 'boolean', default: false },
      only: { type: 'string' },
      limit: { type: 'string' },
    },
  });
  const chosen = extractors.filter((e) => !values.only || e.name === values.only);
  if (chosen.length === 0) {
    process.stderr.write(`--only must be one of: ${extractors.map((e) => e.name).join(', ')}\n`);
    return 2;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    process.stderr.write('--limit must be a positive integer\n');
    return 2;
  }
  let datasets: Dataset[];
  try {
    datasets = loadDatasets(values.data, limit);
  } catch (err) {
    if (!(err instanceof MissingDataError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }

  const started = performance.now();
  const results = datasets.map((d) => ({
    dataset: d.name,
    pages: d.pages.length,
    skipped: d.skipped,
    extractors: Object.fromEntries(
      chosen.map((e) => {
        const { runs, peakRss } = runPages(d, e);
        return [e.name, summarise(d, runs, peakRss)] as const;
      }),
    ) as Partial<Record<ExtractorName, ExtractorSummary>>,
  }));
  const seconds = (performance.now() - started) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ data: values.data, limit: limit ?? null, seconds, maxRssMb, goals: GOALS, results }, null, 2)}\n`);
    return 0;
  }
  const names = chosen.map((e) => e.name);
  for (const r of results) {
    process.stdout.write(`${render(r.dataset, names, names.map((n) => r.extractors[n]!))}\n`);
    if (r.skipped.length) process.stdout.write(`  skipped, no ground-truth text: ${r.skipped.join(', ')}\n`);
    process.stdout.write('\n');
  }
  process.stdout.write(`Goals: ScrapingHub F1 >= ${GOALS.scrapinghubF1}; WCXB article word F1 >= ${GOALS.wcxbArticleF1}; `);
  process.stdout.write(`WCXB forum word F1 >= ${GOALS.wcxbForumF1}; ${GOALS.medianMs}.\n`);
  process.stdout.write(`Total ${seconds.toFixed(1)} s, process max RSS ${maxRssMb.toFixed(0)} MB.\n`);
  return 0;
}

process.exitCode = main();
