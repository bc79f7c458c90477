// `npm run bench:frames`: framelens's frame presence against human coders, every figure from 5-fold
// cross-validation: generic frames on the narrative-framing articles (AUC of strength, F1 of
// present, outlets ranked by frame share), the top policy frame on the FrAC sentences, each beside a
// TF-IDF + logistic regression peer on the same folds; then the calibration of the outlet-difference
// test on the same articles. Not part of `npm test`: it needs ../shared.
import { parseCommandLine } from '../../src/cli/command.ts';
import { loadSettings } from '../../src/settings/load-settings.ts';
import type { UncertaintySettings } from '../../src/settings/settings-schema.ts';
import { scoreSegment } from '../../src/analyze/sentiment.ts';
import { GENERIC_FRAMES } from '../../train/generic-layer.ts';
import { readData } from '../extract/datasets.ts';
import { fixed, table, type Row } from '../extract/table.ts';
import { checkAtLeast, checkAtMost, goalLine, type GoalCheck } from '../goals.ts';
import { calibrationCheck, type Calibration } from './calibration.ts';
import { fracFigures, type FracFigures } from './frac.ts';
import { MIN_OUTLET_ARTICLES, narrativeFigures, type NarrativeFigures } from './narrative.ts';

const USAGE = `Usage: npm run bench:frames -- [--data DIR] [--json]

  --data DIR   folder with narrative-framing.dev.tsv and frac.dev.csv (default ../shared/bench/frames)
  --json       print a machine-readable summary instead of the tables`;

const OPTIONS = {
  data: { type: 'string', default: '../shared/bench/frames' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Random splits of the articles into two outlets; the seed makes the check repeatable. */
const CALIBRATION = { splits: 200, seed: 13 } as const;

/** Issue 13's targets. */
const GOALS = { macroAuc: 0.85, macroF1: 0.6, outletRanking: 0.6, fracMacroF1: 0.7, claimedShare: 0.05 } as const;

/**
 * Per article: framelens's out-of-fold presence (0/1) of each generic frame and the whole-text
 * sentiment; the planted difference is the human economic label.
 */
function calibration(n: NarrativeFigures, settings: UncertaintySettings): Calibration {
  const items = n.examples.map((e, i) => ({
    measures: {
      ...Object.fromEntries(GENERIC_FRAMES.map((f) => [f, n.presence[i]![f].present ? 1 : 0])),
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
    checkAtLeast('outlet ranking, mean Spearman (presence share)', GOALS.outletRanking, fl.outletPresence),
    checkAtLeast('outlet ranking, mean Spearman (corpus report)', GOALS.outletRanking, fl.outletCorpus),
    checkAtLeast('FrAC macro-F1', GOALS.fracMacroF1, frac.framelens.macroF1),
    checkAtMost('random splits with a claimed difference', GOALS.claimedShare, cal.claimedShare),
    checkAtLeast('planted difference found (1 = yes)', 1, cal.plantedFound ? 1 : 0),
  ];
}

function render(n: NarrativeFigures, frac: FracFigures, cal: Calibration): string {
  const both = (pick: (s: NarrativeFigures['framelens']) => number) => [fixed(pick(n.framelens)), fixed(pick(n.peer))];
  const rows: Row[] = [`Narrative framing, generic frames (${n.articles} articles, 5-fold CV)`];
  for (const f of GENERIC_FRAMES) {
    rows.push([`${f} AUC / F1`, [n.framelens, n.peer].map((s) => `${fixed(s.perFrame[f].auc)} / ${fixed(s.perFrame[f].f1)}`)]);
  }
  rows.push(
    ['macro AUC of strength', both((s) => s.macroAuc), `>= ${GOALS.macroAuc}`],
    ['macro F1 of present', both((s) => s.macroF1), `>= ${GOALS.macroF1}`],
    `Outlets with >= ${MIN_OUTLET_ARTICLES} articles (${n.outlets}): Spearman with the human label share`,
  );
  for (const f of GENERIC_FRAMES) rows.push([`${f} (presence share)`, both((s) => s.outletPerFrame[f]!)]);
  rows.push(
    ['mean, presence share', both((s) => s.outletPresence), `>= ${GOALS.outletRanking}`],
    ['mean, mean strength', both((s) => s.outletStrength)],
    [`mean, corpus report (${n.framelens.corpusStories} stories by month)`, both((s) => s.outletCorpus), `>= ${GOALS.outletRanking}`],
    `FrAC sentences, top policy frame (${frac.sentences} sentences, 5-fold CV)`,
    ['accuracy', [fixed(frac.framelens.accuracy), fixed(frac.peer.accuracy)]],
    ['macro-F1', [fixed(frac.framelens.macroF1), fixed(frac.peer.macroF1)], `>= ${GOALS.fracMacroF1}`],
  );
  const calibrationLines = [
    `Calibration of the outlet-difference test (${cal.splits} random splits of the ${n.articles} articles; measures: out-of-fold presence of the 5 generic frames, sentiment):`,
    `  random splits with a claimed difference: ${fixed(cal.claimedShare)} (goal <= ${GOALS.claimedShare})`,
    `  planted difference (human economic label): ${cal.plantedFound ? 'found' : 'NOT found'}, adjusted p ${fixed(cal.plantedP, 4)}`,
  ];
  return `${table(['framelens', 'peer'], rows)}\n\n${calibrationLines.join('\n')}`;
}

function main(): number {
  const { values } = parseCommandLine('bench:frames', USAGE, { options: OPTIONS });
  const measured = readData(() => {
    const settings = loadSettings();
    const n = narrativeFigures(values.data, settings);
    return { n, frac: fracFigures(values.data), cal: calibration(n, settings.uncertainty) };
  });
  if (!measured) return 2;
  const { n, frac, cal } = measured;
  const goals = checkGoals(n, frac, cal);
  if (values.json) {
    const { examples: _e, presence: _p, ...narrative } = n;
    process.stdout.write(`${JSON.stringify({ narrative, frac, calibration: cal, goals }, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${render(n, frac, cal)}\n\nGoals:\n${goals.map((g) => goalLine(g)).join('\n')}\n`);
  return 0;
}

process.exitCode = main();
