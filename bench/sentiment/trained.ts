// framelens's NewsMTSC figures, which come from a trained layer: every target is scored by the
// layer refitted without its article's fold (the training command's own functions), and the
// article stance is checked on the articles that name a person in several sentences. The peers'
// stance is built the same way from their sentence scores, so the rows compare like with like.
import { auc } from '../frames/metrics.ts';
import { accuracy, macroF1 } from './metrics.ts';
import type { Run } from './summarise.ts';
import type { Polarity, SentimentItem } from '../../src/load/sentiment-lines.ts';
import { crossValidatedStances, crossValidatedTargets, stanceGroups, targetExamples, targetFolds, type StanceGroup, type TargetExample } from '../../train/target-layer.ts';

export interface StanceFigures {
  /** Articles (article and person) in the check. */
  articles: number;
  /** Of the stance label against the majority of the gold sentence labels, its band chosen on the other folds. */
  macroF1: number;
  /** How well the stance score (low first) singles out the articles whose majority is negative. */
  negativeAuc: number;
}

/** What one cross-validation of the layer gives: the targets' out-of-fold decisions and the check's articles. */
export interface TargetValidation {
  examples: TargetExample[];
  fold: number[];
  decided: Array<{ polarity: Polarity; score: number }>;
  groups: StanceGroup[];
}

/**
 * The targets read and their stance groups made once; gives one cross-validation of the layer with
 * the folds dealt by a seed (the training script's when not given).
 */
export function targetValidations(items: readonly SentimentItem[]): (seed?: number) => TargetValidation {
  const examples = targetExamples(items);
  const groups = stanceGroups(examples);
  return (seed) => {
    const fold = targetFolds(examples, seed);
    return { examples, fold, decided: crossValidatedTargets(examples, fold), groups };
  };
}

export function targetFigures(v: TargetValidation): { macroF1: number; accuracy: number } {
  const gold = v.examples.map((e) => e.gold);
  const predicted = v.decided.map((d) => d.polarity);
  return { macroF1: macroF1(gold, predicted), accuracy: accuracy(gold, predicted) };
}

/**
 * Stance figures from scores per target (in the examples' order): labels by the mean of `labelBy`
 * and a neutral band chosen on the other folds' articles, AUC by the mean of `rankBy`.
 */
export function stanceFigures(v: TargetValidation, labelBy: readonly number[], rankBy: readonly number[] = labelBy): StanceFigures {
  const gold = v.groups.map((g) => g.gold);
  const mean = (g: StanceGroup): number => g.members.reduce((s, i) => s + rankBy[i]!, 0) / g.members.length;
  return {
    articles: v.groups.length,
    macroF1: v.groups.length ? macroF1(gold, crossValidatedStances(v.groups, labelBy, v.fold)) : Number.NaN,
    negativeAuc: auc(
      v.groups.map((g) => -mean(g)),
      gold.map((g) => g === -1),
    ),
  };
}

/**
 * A scorer's figure per target, in the examples' order: its score (to rank), or its polarity (to
 * label: the peers' scores have scales of their own, their polarities do not).
 */
export function peerTargetScores(items: readonly SentimentItem[], run: Run, of: 'score' | 'polarity'): number[] {
  return items.flatMap((item, i) => (item.targets ?? []).flatMap((t, j) => (t.gold === undefined ? [] : [run.records[i]?.targets?.[j]?.[of] ?? 0])));
}
