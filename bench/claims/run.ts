// `npm run bench:claims`: how long claim clustering takes on a 1,000-article story built from real
// news sentences (see story.ts). Not part of `npm test`: it needs ../shared.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCommandLine } from '../../src/cli/command.ts';
import { findClaims } from '../../src/compare/claims.ts';
import { loadSettings } from '../../src/settings/load-settings.ts';
import { readData } from '../extract/datasets.ts';
import { fixed, table, type Row } from '../extract/table.ts';
import { DATA_OPTIONS, dataUsage } from '../data-options.ts';
import { checkAtMost, goalLine } from '../goals.ts';
import { DEFAULT_FILES, loadDataset } from '../sentiment/datasets.ts';
import { buildStory, SHAPE } from './story.ts';

const MAX_SECONDS = 10;

const USAGE = dataUsage('bench:claims', `the story is built from\n              DIR/sentiment/${DEFAULT_FILES.newsmtsc}`);

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

function main(): number {
  const { values } = parseCommandLine('bench:claims', USAGE, { options: DATA_OPTIONS });
  const started = performance.now();
  const dataset = readData(() => loadDataset('newsmtsc', join(values.data, 'sentiment', DEFAULT_FILES.newsmtsc)));
  if (!dataset) return 2;
  const story = buildStory(dataset.items);
  const clustering = performance.now();
  const coverage = findClaims(story.sentences, story.outlets, loadSettings().claims);
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
  const goal = checkAtMost('findClaims on the 1,000-article story, seconds', MAX_SECONDS, clusterSeconds);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ data: dataset.path, shape: SHAPE, figures, goal }, null, 2)}\n`);
    return 0;
  }
  const rows: Row[] = [
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
