// `npm run bench:sentiment`: framelens against the `sentiment` package as shipped and VADER on the NYT
// editorial snippets and NewsMTSC, same run, same lines, scored through the command's own records.
// framelens's target layer was trained on this NewsMTSC file, so its NewsMTSC figures are
// cross-validated (5 folds grouped by article, trained.ts); the shipped layer's run gives its speed.
// Not part of `npm test`: it needs ../shared.
import { join } from 'node:path';
import { parseCommandLine } from '../../src/cli/command.ts';
import { fixed, table } from '../extract/table.ts';
import { readData } from '../extract/datasets.ts';
import { goalLine, SUBJECT } from '../goals.ts';
import { DEFAULT_FILES, loadDataset, type Dataset } from './datasets.ts';
import { checkGoals, goalFor, type Results } from './goals.ts';
import { PEERS } from './peers.ts';
import { newsmtscFigures, nytFigures, runScorer } from './summarise.ts';
import { peerTargetScores, stanceFigures, targetFigures, validateTargets } from './trained.ts';

const USAGE = `Usage: npm run bench:sentiment -- [--data DIR] [--nyt FILE] [--newsmtsc FILE] [--json]

  --data DIR       folder with both files (default ../shared/bench/sentiment)
  --nyt FILE       NYT snippets TSV (default DIR/${DEFAULT_FILES.nyt})
  --newsmtsc FILE  NewsMTSC JSON Lines (default DIR/${DEFAULT_FILES.newsmtsc})
  --json           print a machine-readable summary instead of the tables`;

const OPTIONS = {
  data: { type: 'string', default: '../shared/bench/sentiment' },
  nyt: { type: 'string' },
  newsmtsc: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function render(datasets: Dataset[], results: Results): string {
  const names = PEERS.map((p) => p.name);
  const [nyt, mtsc] = [names.map((n) => results.nyt[n]!), names.map((n) => results.newsmtsc[n]!)];
  const badNote = (d: Dataset) => (d.bad.length ? `, ${d.bad.length} unreadable lines skipped` : '');
  const [dn, dm] = datasets as [Dataset, Dataset];
  return table(names, [
    `NYT editorial snippets (${nyt[0]!.sentences} sentences${badNote(dn)})`,
    ['Pearson r with human mean', nyt.map((x) => fixed(x.pearson)), goalFor('nyt', 'pearson')],
    ['3-class macro-F1', nyt.map((x) => fixed(x.macroF1)), goalFor('nyt', 'macroF1')],
    [`binary accuracy, |gold| >= 1 (${nyt[0]!.binarySentences})`, nyt.map((x) => fixed(x.binaryAccuracy))],
    ['sentences/s', nyt.map((x) => fixed(x.sentencesPerSec, 0))],
    `NewsMTSC train (${mtsc[0]!.sentences} sentences, ${mtsc[0]!.targets} targets${badNote(dm)}; framelens by 5-fold CV grouped by article)`,
    ['target macro-F1', mtsc.map((x) => fixed(x.macroF1)), goalFor('newsmtsc', 'macroF1')],
    ['target accuracy', mtsc.map((x) => fixed(x.accuracy))],
    ['sentences/s', mtsc.map((x) => fixed(x.sentencesPerSec, 0))],
    `Article stance toward a person (${mtsc[0]!.stanceArticles} NewsMTSC articles naming one in 2+ sentences; gold: their majority label)`,
    ['stance macro-F1', mtsc.map((x) => fixed(x.stanceMacroF1)), goalFor('newsmtsc', 'stanceMacroF1')],
    ['AUC of negative portrayals', mtsc.map((x) => fixed(x.stanceNegativeAuc)), goalFor('newsmtsc', 'stanceNegativeAuc')],
  ]);
}

function main(): number {
  const { values } = parseCommandLine('bench:sentiment', USAGE, { options: OPTIONS });
  const datasets = readData((): [Dataset, Dataset] => [
    loadDataset('nyt', values.nyt ?? join(values.data, DEFAULT_FILES.nyt)),
    loadDataset('newsmtsc', values.newsmtsc ?? join(values.data, DEFAULT_FILES.newsmtsc)),
  ]);
  if (!datasets) return 2;
  const [nyt, mtsc] = datasets;
  const results: Results = { nyt: {}, newsmtsc: {} };
  const validation = validateTargets(mtsc.items);
  for (const { name, scorer } of PEERS) {
    results.nyt[name] = nytFigures(nyt.items, runScorer(nyt.items, scorer));
    const run = runScorer(mtsc.items, scorer);
    const trained = name === SUBJECT;
    const scores = trained ? validation.decided.map((d) => d.score) : peerTargetScores(mtsc.items, run, 'score');
    const stance = stanceFigures(validation, trained ? scores : peerTargetScores(mtsc.items, run, 'polarity'), scores);
    results.newsmtsc[name] = {
      ...newsmtscFigures(mtsc.items, run),
      ...(trained ? targetFigures(validation) : {}),
      stanceArticles: stance.articles,
      stanceMacroF1: stance.macroF1,
      stanceNegativeAuc: stance.negativeAuc,
    };
  }
  const goals = checkGoals(results);
  if (values.json) {
    const files = Object.fromEntries(datasets.map((d) => [d.name, { path: d.path, unreadable: d.bad }]));
    process.stdout.write(`${JSON.stringify({ files, goals, results }, null, 2)}\n`);
    return 0;
  }
  for (const d of datasets) for (const b of d.bad.slice(0, 5)) process.stderr.write(`${d.path}:${b}\n`);
  process.stdout.write(`${render(datasets, results)}\n\nGoals:\n${goals.map((g) => goalLine(g)).join('\n')}\n`);
  return 0;
}

process.exitCode = main();
