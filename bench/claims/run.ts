// `npm run bench:claims`: how long claim clustering takes on a 1,000-article story built from real
// news sentences (see story.ts). Not part of `npm test`: it needs ../shared.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { findClaims } from '../../src/compare/claims.ts';
import { DataError } from '../extract/datasets.ts';
import { fixed, table } from '../extract/table.ts';
import { goalLine, type GoalCheck } from '../goals.ts';
import { DEFAULT_FILES, loadDataset } from '../sentiment/datasets.ts';
import { buildStory, SHAPE } from './story.ts';

const DEFAULT_DATA = fileURLToPath(new URL('../../../shared/bench', import.meta.url));
const MAX_SECONDS = 10;

const USAGE = `Usage: npm run bench:claims -- [--data DIR] [--json]

  --data DIR  the shared benchmark folder (default ${DEFAULT_DATA}); the story is built from
              DIR/sentiment/${DEFAULT_FILES.newsmtsc}
  --json      print a machine-readable summary instead of the table`;

const OPTIONS = {
  data: { type: 'string', default: DEFAULT_DATA },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

function main(): number {
  let values;
  try {
    values = parseArgs({ options: OPTIONS }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const started = performance.now();
  let dataset;
  try {
    dataset = loadDataset('newsmtsc', join(values.data, 'sentiment', DEFAULT_FILES.newsmtsc));
  } catch (err) {
    if (!(err instanceof DataError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  const story = buildStory(dataset.items);
  const clustering = performance.now();
  const coverage = findClaims(story.sentences, story.outlets);
  const clusterSeconds = seconds(clustering);
  const totalSeconds = seconds(started);
  const figures = {
    articles: new Set(story.sentences.map((s) => s.article)).size,
    outlets: story.outlets.length,
    sentences: story.sentences.length,
    claims: coverage.claims.length,
    multiOutlet: coverage.claims.filter((c) => c.outlets.length > 1).length,
    core: coverage.core.length,
    clusterSeconds,
    totalSeconds,
  };
  const goal: GoalCheck = {
    label: 'findClaims on the 1,000-article story, seconds',
    target: `<= ${MAX_SECONDS}`,
    value: clusterSeconds,
    met: clusterSeconds <= MAX_SECONDS,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ data: dataset.path, shape: SHAPE, figures, goal }, null, 2)}\n`);
    return 0;
  }
  const rows: Array<[string, string[], string?]> = [
    ['articles', [String(figures.articles)]],
    ['outlets', [String(figures.outlets)]],
    ['sentences', [String(figures.sentences)]],
    ['claims', [String(figures.claims)]],
    ['claims made by 2+ outlets', [String(figures.multiOutlet)]],
    ['core claims (half the outlets or more)', [String(figures.core)]],
    ['findClaims s (tokenise, index, cluster)', [fixed(clusterSeconds, 2)], goal.target],
    ['whole run s (read file, build story, findClaims)', [fixed(totalSeconds, 2)]],
  ];
  process.stdout.write(`Story built from ${dataset.path} (see bench/claims/story.ts)\n\n${table(['framelens'], rows)}\n\n`);
  process.stdout.write(`Goals (issue 5: "the claim clustering of a 1,000-article story finishes in seconds", taken as at most ${MAX_SECONDS} s):\n${goalLine(goal)}\n`);
  return 0;
}

process.exitCode = main();
