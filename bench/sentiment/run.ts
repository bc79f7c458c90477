// `npm run bench:sentiment`: framelens against the `sentiment` package as shipped and VADER on the NYT
// editorial snippets and NewsMTSC, same run, same lines, scored through the command's own records.
// framelens's target layer was trained on this NewsMTSC file, so its NewsMTSC figures are
// cross-validated (5 folds grouped by article, trained.ts, dealt --repeats ways and averaged); the
// shipped layer's run gives its speed.
// Not part of `npm test`: it needs ../shared.
import { join } from 'node:path';
import { parseCommandLine } from '../../src/cli/command.ts';
import { CV } from '../../train/target-layer.ts';
import { fixed, table } from '../extract/table.ts';
import { readData } from '../extract/datasets.ts';
import { goalLine, SUBJECT } from '../goals.ts';
import { DEFAULT_REPEATS, meanShape, parseRepeats, repeatSeeds } from '../repeats.ts';
import { DEFAULT_FILES, loadDataset, type Dataset } from './datasets.ts';
import { checkGoals, goalFor, type Results } from './goals.ts';
import { PEERS } from './peers.ts';
import { newsmtscFigures, nytFigures, runScorer } from './summarise.ts';
import { peerTargetScores, stanceFigures, targetFigures, targetValidations, type TargetValidation } from './trained.ts';

const USAGE = `Usage: npm run bench:sentiment -- [--data DIR] [--nyt FILE] [--newsmtsc FILE] [--repeats N] [--json]

  --data DIR       folder with both files (default ../shared/bench/sentiment)
  --nyt FILE       NYT snippets TSV (default DIR/${DEFAULT_FILES.nyt})
  --newsmtsc FILE  NewsMTSC JSON Lines (default DIR/${DEFAULT_FILES.newsmtsc})
  --repeats N      deal the cross-validation's 5 folds N ways (seeds 13, 14, …) and judge the mean
                   (default ${DEFAULT_REPEATS}); 1 gives the figures npm run train:target writes
  --json           print a machine-readable summary instead of the tables`;

const OPTIONS = {
  data: { type: 'string', default: '../shared/bench/sentiment' },
  nyt: { type: 'string' },
  newsmtsc: { type: 'string' },
  repeats: { type: 'string', default: String(DEFAULT_REPEATS) },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** framelens's cross-validated figures in one deal of the folds. */
type Deal = { seed: number; macroF1: number; stanceMacroF1: number; stanceNegativeAuc: number };

/** The stance figures under the names the results table uses. */
function stanceOf(stance: ReturnType<typeof stanceFigures>) {
  return { stanceArticles: stance.articles, stanceMacroF1: stance.macroF1, stanceNegativeAuc: stance.negativeAuc };
}

/** A peer's stance figures in each deal: its scores do not depend on the folds, its stance labels do (the neutral band is chosen on the other folds). */
function peerDeals(validations: readonly TargetValidation[], items: Dataset['items'], run: ReturnType<typeof runScorer>) {
  const [scores, polarities] = [peerTargetScores(items, run, 'score'), peerTargetScores(items, run, 'polarity')];
  return validations.map((v) => stanceOf(stanceFigures(v, polarities, scores)));
}

function spread(deals: readonly Deal[]): string {
  const rows = deals.map((d): [string, string[]] => [`seed ${d.seed}`, [d.macroF1, d.stanceMacroF1, d.stanceNegativeAuc].map((v) => fixed(v))]);
  return `framelens's NewsMTSC figures in each fold assignment (the table above gives their mean):\n${table(['target F1', 'stance F1', 'stance AUC'], rows, '')}`;
}

function render(datasets: Dataset[], results: Results, repeats: number): string {
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
    `NewsMTSC train (${mtsc[0]!.sentences} sentences, ${mtsc[0]!.targets} targets${badNote(dm)}; framelens by 5-fold CV grouped by article${repeats > 1 ? `, mean of ${repeats} fold assignments` : ''})`,
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
  const repeats = parseRepeats('bench:sentiment', USAGE, values.repeats);
  const datasets = readData((): [Dataset, Dataset] => [
    loadDataset('nyt', values.nyt ?? join(values.data, DEFAULT_FILES.nyt)),
    loadDataset('newsmtsc', values.newsmtsc ?? join(values.data, DEFAULT_FILES.newsmtsc)),
  ]);
  if (!datasets) return 2;
  const [nyt, mtsc] = datasets;
  const results: Results = { nyt: {}, newsmtsc: {} };
  const seeds = repeatSeeds(CV.seed, repeats);
  const validate = targetValidations(mtsc.items);
  const validations = seeds.map((seed, i) => {
    if (repeats > 1) process.stderr.write(`fold assignment ${i + 1} of ${repeats} (seed ${seed})…\n`);
    return validate(seed);
  });
  // framelens's figures come from the cross-validated decisions alone, one set per deal.
  const framelensDeals = validations.map((v) => {
    const scores = v.decided.map((d) => d.score);
    return { ...targetFigures(v), ...stanceOf(stanceFigures(v, scores, scores)) };
  });
  const deals: Deal[] = framelensDeals.map((d, i) => ({ seed: seeds[i]!, macroF1: d.macroF1, stanceMacroF1: d.stanceMacroF1, stanceNegativeAuc: d.stanceNegativeAuc }));
  for (const { name, scorer } of PEERS) {
    results.nyt[name] = nytFigures(nyt.items, runScorer(nyt.items, scorer));
    const run = runScorer(mtsc.items, scorer);
    // framelens's cross-validated target figures replace those of its run; a peer's stay its run's.
    const perDeal: Array<ReturnType<typeof stanceOf> & Partial<ReturnType<typeof targetFigures>>> = name === SUBJECT ? framelensDeals : peerDeals(validations, mtsc.items, run);
    results.newsmtsc[name] = { ...newsmtscFigures(mtsc.items, run), ...meanShape(perDeal) };
  }
  const goals = checkGoals(results);
  if (values.json) {
    const files = Object.fromEntries(datasets.map((d) => [d.name, { path: d.path, unreadable: d.bad }]));
    process.stdout.write(`${JSON.stringify({ files, repeats, goals, results, deals }, null, 2)}\n`);
    return 0;
  }
  for (const d of datasets) for (const b of d.bad.slice(0, 5)) process.stderr.write(`${d.path}:${b}\n`);
  const each = repeats > 1 ? `\n\n${spread(deals)}` : '';
  process.stdout.write(`${render(datasets, results, repeats)}${each}\n\nGoals:\n${goals.map((g) => goalLine(g)).join('\n')}\n`);
  return 0;
}

process.exitCode = main();
