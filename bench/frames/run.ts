// `npm run bench:frames`: framelens's frame presence against human coders, every figure from 5-fold
// cross-validation: generic frames on the narrative-framing articles (AUC of strength, F1 of
// present, outlets ranked by frame share), the top policy frame on the FrAC sentences, each beside a
// TF-IDF + logistic regression peer on the same folds, the folds dealt --repeats ways and the figures
// averaged (bench/repeats.ts); then the calibration of the outlet-difference test on the same
// articles. Not part of `npm test`: it needs ../shared.
import { parseCommandLine } from '../../src/cli/command.ts';
import { loadSettings } from '../../src/settings/load-settings.ts';
import type { UncertaintySettings } from '../../src/settings/settings-schema.ts';
import { scoreSegment } from '../../src/analyze/sentiment.ts';
import { CV as GENERIC_CV, GENERIC_FRAMES } from '../../train/generic-layer.ts';
import { CV as POLICY_CV } from '../../train/policy-layer.ts';
import { readData } from '../extract/datasets.ts';
import { fixed, table, type Row } from '../extract/table.ts';
import { checkAtLeast, checkAtMost, goalLine, type GoalCheck } from '../goals.ts';
import { calibrationCheck, type Calibration } from './calibration.ts';
import { fracFigures, type FracFigures } from './frac.ts';
import { MIN_OUTLET_ARTICLES, narrativeDeals, type NarrativeFigures } from './narrative.ts';
import { DEFAULT_REPEATS, meanShape, parseRepeats, repeatSeeds } from '../repeats.ts';

const USAGE = `Usage: npm run bench:frames -- [--data DIR] [--repeats N] [--json]

  --data DIR     folder with narrative-framing.dev.tsv and frac.dev.csv (default ../shared/bench/frames)
  --repeats N    deal the 5 folds N ways (seeds 13, 14, …) and judge the mean (default ${DEFAULT_REPEATS});
                 1 gives the figures the training scripts write into the models
  --json         print a machine-readable summary instead of the tables`;

const OPTIONS = {
  data: { type: 'string', default: '../shared/bench/frames' },
  repeats: { type: 'string', default: String(DEFAULT_REPEATS) },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Random splits of the articles into two outlets; the seed makes the check repeatable. */
const CALIBRATION = { splits: 200, seed: 13 } as const;

/** Issue 13's targets. */
const GOALS = { macroAuc: 0.85, macroF1: 0.6, outletRanking: 0.6, fracMacroF1: 0.7, claimedShare: 0.05 } as const;

/**
 * Per article: framelens's out-of-fold strength of each generic frame (the calibrated chance of
 * presence the report averages and tests) and the whole-text sentiment; the planted difference is
 * the human economic label.
 */
function calibration(n: NarrativeFigures, settings: UncertaintySettings): Calibration {
  const items = n.examples.map((e, i) => ({
    measures: {
      ...Object.fromEntries(GENERIC_FRAMES.map((f) => [f, n.presence[i]![f].strength])),
      sentiment: scoreSegment(e.segments[0]!).score.comparative,
    },
    planted: e.labels['generic.economic'],
  }));
  return calibrationCheck(items, CALIBRATION, settings);
}

/** framelens's figure must beat the peer's, measured in the same run. */
function abovePeer(label: string, peer: number, value: number): GoalCheck {
  return { label, target: `> peer ${fixed(peer)}`, value, met: value > peer };
}

function checkGoals(n: NarrativeFigures, frac: FracFigures, cal: Calibration): GoalCheck[] {
  const { framelens: fl, peer } = n;
  return [
    checkAtLeast('generic frames macro AUC', GOALS.macroAuc, fl.macroAuc),
    checkAtLeast('generic frames macro F1', GOALS.macroF1, fl.macroF1),
    abovePeer('macro AUC above the peer', peer.macroAuc, fl.macroAuc),
    abovePeer('macro F1 above the peer', peer.macroF1, fl.macroF1),
    checkAtLeast('outlet ranking, mean Spearman (presence share)', GOALS.outletRanking, fl.outletShare),
    checkAtLeast('outlet ranking, mean Spearman (corpus report)', GOALS.outletRanking, fl.outletCorpus),
    checkAtLeast('FrAC macro-F1', GOALS.fracMacroF1, frac.framelens.macroF1),
    checkAtMost('random splits with a claimed difference', GOALS.claimedShare, cal.claimedShare),
    checkAtLeast('planted difference found (1 = yes)', 1, cal.plantedFound ? 1 : 0),
  ];
}

/** One fold assignment's figures. */
interface Deal {
  seed: number;
  n: NarrativeFigures;
  frac: FracFigures;
}

/** framelens's headline figures of one deal, for the spread table and --json. */
function dealSummary({ seed, n, frac }: Deal) {
  const fl = n.framelens;
  return { seed, macroAuc: fl.macroAuc, macroF1: fl.macroF1, outletShare: fl.outletShare, outletCorpus: fl.outletCorpus, fracMacroF1: frac.framelens.macroF1 };
}

function spread(deals: readonly Deal[]): string {
  const rows: Row[] = deals.map((d) => {
    const s = dealSummary(d);
    return [`seed ${s.seed}`, [s.macroAuc, s.macroF1, s.outletShare, s.outletCorpus, s.fracMacroF1].map((v) => fixed(v))];
  });
  return `framelens in each fold assignment (the tables above are their mean):\n${table(['macro AUC', 'macro F1', 'outlets', 'corpus', 'FrAC F1'], rows, '')}`;
}

function render(n: NarrativeFigures, frac: FracFigures, cal: Calibration, deals: number): string {
  const both = (pick: (s: NarrativeFigures['framelens']) => number) => [fixed(pick(n.framelens)), fixed(pick(n.peer))];
  const cv = deals > 1 ? `5-fold CV, mean of ${deals} fold assignments` : '5-fold CV';
  const rows: Row[] = [`Narrative framing, generic frames (${n.articles} articles, ${cv})`];
  for (const f of GENERIC_FRAMES) {
    rows.push([`${f} AUC / F1`, [n.framelens, n.peer].map((s) => `${fixed(s.perFrame[f].auc)} / ${fixed(s.perFrame[f].f1)}`)]);
  }
  rows.push(
    ['macro AUC of strength', both((s) => s.macroAuc), `>= ${GOALS.macroAuc}`],
    ['macro F1 of present', both((s) => s.macroF1), `>= ${GOALS.macroF1}`],
    ['largest gap, mean strength vs label share', both((s) => s.strengthGap)],
    `Outlets with >= ${MIN_OUTLET_ARTICLES} articles (${n.outlets}): Spearman with the human label share`,
  );
  for (const f of GENERIC_FRAMES) rows.push([`${f} (presence share)`, both((s) => s.outletPerFrame[f]!)]);
  rows.push(
    ['mean, presence share (mean strength)', both((s) => s.outletShare), `>= ${GOALS.outletRanking}`],
    ['mean, share marked present', both((s) => s.outletCount)],
    [`mean, corpus report (${n.framelens.corpusStories} stories by month)`, both((s) => s.outletCorpus), `>= ${GOALS.outletRanking}`],
    `FrAC sentences, top policy frame (${frac.sentences} sentences, ${cv})`,
    ['accuracy', [fixed(frac.framelens.accuracy), fixed(frac.peer.accuracy)]],
    ['macro-F1', [fixed(frac.framelens.macroF1), fixed(frac.peer.macroF1)], `>= ${GOALS.fracMacroF1}`],
  );
  const calibrationLines = [
    `Calibration of the outlet-difference test (${cal.splits} random splits of the ${n.articles} articles; measures: out-of-fold strength of the 5 generic frames${deals > 1 ? ' in the first fold assignment' : ''}, sentiment):`,
    `  random splits with a claimed difference: ${fixed(cal.claimedShare)} (goal <= ${GOALS.claimedShare})`,
    `  planted difference (human economic label): ${cal.plantedFound ? 'found' : 'NOT found'}, adjusted p ${fixed(cal.plantedP, 4)}`,
  ];
  return `${table(['framelens', 'peer'], rows)}\n\n${calibrationLines.join('\n')}`;
}

function main(): number {
  const { values } = parseCommandLine('bench:frames', USAGE, { options: OPTIONS });
  const repeats = parseRepeats('bench:frames', USAGE, values.repeats);
  const measured = readData(() => {
    const settings = loadSettings();
    const policySeeds = repeatSeeds(POLICY_CV.seed, repeats);
    const narrative = narrativeDeals(values.data, settings);
    const deals = repeatSeeds(GENERIC_CV.seed, repeats).map((seed, i): Deal => {
      if (repeats > 1) process.stderr.write(`fold assignment ${i + 1} of ${repeats} (seed ${seed})…\n`);
      return { seed, n: narrative(seed), frac: fracFigures(values.data, policySeeds[i]) };
    });
    // The calibration check reads one deal's out-of-fold strength: the first, the training scripts' own.
    return { deals, cal: calibration(deals[0]!.n, settings.uncertainty) };
  });
  if (!measured) return 2;
  const { deals, cal } = measured;
  const n = meanShape(deals.map((d) => d.n));
  const frac = meanShape(deals.map((d) => d.frac));
  const goals = checkGoals(n, frac, cal);
  if (values.json) {
    const { examples: _e, presence: _p, ...narrative } = n;
    process.stdout.write(`${JSON.stringify({ repeats, narrative, frac, deals: deals.map(dealSummary), calibration: cal, goals }, null, 2)}\n`);
    return 0;
  }
  const each = repeats > 1 ? `\n\n${spread(deals)}` : '';
  process.stdout.write(`${render(n, frac, cal, repeats)}${each}\n\nGoals:\n${goals.map((g) => goalLine(g)).join('\n')}\n`);
  return 0;
}

process.exitCode = main();
