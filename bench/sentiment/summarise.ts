// Scores one dataset with one scorer through the command's record function, then reduces the
// records to the figures the README publishes.
import { performance } from 'node:perf_hooks';
import { sentimentRecord, type SentimentRecord, type SentimentScorer } from '../../src/analyze/sentiment-record.ts';
import type { Polarity, SentimentItem } from '../../src/load/sentiment-lines.ts';
import { accuracy, macroF1, pearson, ratingClass } from './metrics.ts';

export interface Run {
  records: SentimentRecord[];
  seconds: number;
}

export interface NytFigures {
  sentences: number;
  pearson: number;
  macroF1: number;
  /** Sign of the score against the sign of the rating, on sentences rated |gold| >= 1; 0 is a miss. */
  binaryAccuracy: number;
  binarySentences: number;
  sentencesPerSec: number;
}

export interface NewsMtscFigures {
  sentences: number;
  targets: number;
  macroF1: number;
  accuracy: number;
  sentencesPerSec: number;
  /** Article stance toward a person (see trained.ts): articles checked, macro-F1, AUC of negative portrayals. */
  stanceArticles: number;
  stanceMacroF1: number;
  stanceNegativeAuc: number;
}

export function runScorer(items: SentimentItem[], scorer: SentimentScorer): Run {
  const start = performance.now();
  const records = items.map((item) => sentimentRecord(item, { scorer }));
  return { records, seconds: (performance.now() - start) / 1000 };
}

const perSec = (n: number, seconds: number): number => (seconds > 0 ? n / seconds : Number.NaN);

export function nytFigures(items: SentimentItem[], run: Run): NytFigures {
  const pairs = items.flatMap((item, i) => (item.rating === undefined ? [] : [{ gold: item.rating, record: run.records[i]! }]));
  const binary = pairs.filter((p) => Math.abs(p.gold) >= 1);
  return {
    sentences: pairs.length,
    pearson: pearson(
      pairs.map((p) => p.record.score),
      pairs.map((p) => p.gold),
    ),
    macroF1: macroF1(
      pairs.map((p) => ratingClass(p.gold)),
      pairs.map((p) => p.record.polarity),
    ),
    binaryAccuracy: accuracy(
      binary.map((p) => Math.sign(p.gold)),
      binary.map((p) => Math.sign(p.record.score)),
    ),
    binarySentences: binary.length,
    sentencesPerSec: perSec(run.records.length, run.seconds),
  };
}

/** Sentence-level figures of a run; the stance figures are added by the caller (trained.ts). */
export function newsmtscFigures(items: SentimentItem[], run: Run): Omit<NewsMtscFigures, `stance${string}`> {
  const gold: Polarity[] = [];
  const predicted: Polarity[] = [];
  items.forEach((item, i) => {
    (item.targets ?? []).forEach((t, j) => {
      const p = run.records[i]?.targets?.[j];
      if (t.gold === undefined || !p) return;
      gold.push(t.gold);
      predicted.push(p.polarity);
    });
  });
  return {
    sentences: items.length,
    targets: gold.length,
    macroF1: macroF1(gold, predicted),
    accuracy: accuracy(gold, predicted),
    sentencesPerSec: perSec(run.records.length, run.seconds),
  };
}
