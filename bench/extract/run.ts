// `npm run bench:extract`: framelens vs Mozilla Readability on the ScrapingHub and WCXB dev pages,
// same run, same pages (HTML mode); then the text cleaner on the same pages converted to plain text,
// against the unclean text as a reference (text mode); and the title, author and date each reads
// from the WCXB pages against their annotation. Not part of `npm test`: it needs ../shared.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { goalLine } from '../goals.ts';
import { loadDatasets, readData, readHtml, type Dataset, type Page } from './datasets.ts';
import { checkGoals } from './goals.ts';
import { renderMetadata, scoreMetadata } from './metadata.ts';
import { pageToText } from './page-text.ts';
import { extractorsByMode, type Extractor, type Mode } from './peers.ts';
import { renderDataset } from './render.ts';
import { runPages, summarise, type DatasetResult } from './summarise.ts';

const MODES: Mode[] = ['html', 'text'];

/** Text mode converts each page once, untimed, and every text-mode column reads that text. */
function inputFor(mode: Mode): (page: Page) => string {
  if (mode === 'html') return readHtml;
  const cache = new Map<string, string>();
  return (page) => {
    let text = cache.get(page.path);
    if (text === undefined) cache.set(page.path, (text = pageToText(readHtml(page))));
    return text;
  };
}

function runMode(mode: Mode, datasets: Dataset[], chosen: Extractor[]): DatasetResult[] {
  return datasets.map((d) => {
    // One cache per dataset, so a dataset's converted pages are freed before the next is read.
    const inputOf = inputFor(mode);
    const extractors = chosen.map((e) => {
      const { runs, peakRss } = runPages(d, e, inputOf, `${mode} ${e.name}`);
      return [e.name, summarise(d, runs, peakRss)] as const;
    });
    return { dataset: d.name, pages: d.pages.length, skipped: d.skipped, extractors: Object.fromEntries(extractors) };
  });
}

function main(): number {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: '../shared/bench/extraction' },
      json: { type: 'boolean', default: false },
      only: { type: 'string' },
      limit: { type: 'string' },
      mode: { type: 'string', default: 'all' },
    },
  });
  const modes = values.mode === 'all' ? MODES : MODES.filter((m) => m === values.mode);
  if (modes.length === 0) {
    process.stderr.write('--mode must be html, text or all\n');
    return 2;
  }
  const chosen = Object.fromEntries(modes.map((m) => [m, extractorsByMode[m].filter((e) => !values.only || e.name === values.only)])) as Record<Mode, Extractor[]>;
  if (modes.every((m) => chosen[m].length === 0)) {
    const names = new Set(modes.flatMap((m) => extractorsByMode[m].map((e) => e.name)));
    process.stderr.write(`--only must be one of: ${[...names].join(', ')}\n`);
    return 2;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    process.stderr.write('--limit must be a positive integer\n');
    return 2;
  }
  const datasets = readData(() => loadDatasets(values.data, limit));
  if (!datasets) return 2;

  const started = performance.now();
  const results: Partial<Record<Mode, DatasetResult[]>> = {};
  for (const m of modes) if (chosen[m].length) results[m] = runMode(m, datasets, chosen[m]);
  // The annotated title, author and date come with the WCXB pages only.
  const metadata = modes.includes('html') ? datasets.filter((d) => d.pages.some((p) => p.meta)).map((d) => ({ dataset: d.name, scores: scoreMetadata(d) })) : [];
  const seconds = (performance.now() - started) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const goals = checkGoals(results);

  if (values.json) {
    const summary = { data: values.data, limit: limit ?? null, modes, seconds, maxRssMb, goals, results, metadata };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  }
  for (const m of modes) {
    if (m === 'text' && results.text) process.stdout.write('Text mode: each page converted to plain text by html-to-text (untimed), then cleaned by cleanText.\n\n');
    for (const r of results[m] ?? []) {
      process.stdout.write(
        `${renderDataset(
          m,
          r,
          chosen[m].map((e) => e.name),
        )}\n`,
      );
      if (r.skipped.length) process.stdout.write(`  skipped, no ground-truth text: ${r.skipped.join(', ')}\n`);
      process.stdout.write('\n');
    }
  }
  for (const m of metadata) process.stdout.write(`${renderMetadata(m.dataset, m.scores)}\n\n`);
  process.stdout.write(
    `Goals:\n${goals
      .filter((g) => modes.includes(g.mode))
      .map((g) => goalLine(g, `[${g.mode}] `))
      .join('\n')}\n`,
  );
  process.stdout.write(`Total ${seconds.toFixed(1)} s, process max RSS ${maxRssMb.toFixed(0)} MB.\n`);
  return 0;
}

process.exitCode = main();
