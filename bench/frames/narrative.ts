// Generic frames on the narrative-framing articles: framelens's layer and the peer, both scored by
// the same 5-fold cross-validation (each refitted on the training folds, never scored on a row it
// was fitted on): AUC of strength and F1 of present per frame, and the outlet ranking.
import { join } from 'node:path';
import { tokenize } from '../../src/text/segment.ts';
import { splits } from '../../src/learn/folds.ts';
import { fitLogistic, logit, sigmoid } from '../../src/learn/logistic.ts';
import { fitIdf, tfidf } from '../../src/learn/tfidf.ts';
import {
  CV,
  crossValidatedPresence,
  GENERIC_FRAMES,
  genericExample,
  NARRATIVE_FILE,
  narrativeFolds,
  readNarrative,
  type GenericExample,
  type GenericFrameId,
  type NarrativeItem,
} from '../../train/generic-layer.ts';
import { need } from '../extract/datasets.ts';
import { mean } from '../extract/metrics.ts';
import { auc, f1 } from './metrics.ts';
import { outletGroups, outletRanking } from './outlets.ts';
import { corpusRanking } from './corpus-ranking.ts';
import type { CorpusRunSettings } from '../../src/settings/settings-schema.ts';

/** Outlets with fewer articles are left out of the ranking: a share of 2 articles says little. */
export const MIN_OUTLET_ARTICLES = 5;

type Presence = Record<GenericFrameId, { strength: number; present: boolean }>;

export interface ScorerFigures {
  perFrame: Record<GenericFrameId, { auc: number; f1: number }>;
  macroAuc: number;
  macroF1: number;
  /**
   * Mean Spearman over the frames: outlets ranked by human label share against the share the report
   * gives, the mean of each article's strength (framelens's is calibrated: chancePresent).
   */
  outletShare: number;
  /** The same with the share of articles marked present (counting decisions) in its place. */
  outletCount: number;
  /** The share ranking as the corpus report gives it (articles filed by month as stories, pooled by src/corpus). */
  outletCorpus: number;
  /** Stories the articles were filed into for outletCorpus. */
  corpusStories: number;
  /** outletShare per frame. */
  outletPerFrame: Record<string, number>;
  /** The largest gap over the frames between the mean strength and the share of articles the coders marked: how far a share read off strength strays. */
  strengthGap: number;
}

export interface NarrativeFigures {
  articles: number;
  outlets: number;
  framelens: ScorerFigures;
  peer: ScorerFigures;
  /** framelens's out-of-fold presence per article, for the calibration check. */
  examples: GenericExample[];
  presence: Presence[];
}

/**
 * The usual baseline, as scikit-learn builds it by default with balanced class weights: lower-cased
 * word tokens, every term of the training fold, logistic regression per frame with L2 at C = 1
 * (1/n per row here), classes weighed to balance, present at probability 0.5.
 */
function peerPresence(items: readonly NarrativeItem[], fold: readonly number[]): Presence[] {
  const docs = items.map((item) => tokenize(item.text).map((t) => t.norm));
  const out = new Array<Presence>(items.length);
  for (const { train, test } of splits(fold, CV.folds)) {
    const idf = fitIdf(
      train.map((i) => docs[i]!),
      1,
    );
    const rows = train.map((i) => tfidf(docs[i]!, idf));
    const fits = GENERIC_FRAMES.map((frame) =>
      fitLogistic(
        rows,
        train.map((i) => items[i]!.labels[frame]),
        { l2: 1 / train.length, balanced: true },
      ),
    );
    for (const i of test) {
      const row = tfidf(docs[i]!, idf);
      out[i] = Object.fromEntries(
        GENERIC_FRAMES.map((frame, k) => {
          const p = sigmoid(logit(fits[k]!, row));
          return [frame, { strength: p, present: p >= 0.5 }];
        }),
      ) as Presence;
    }
  }
  return out;
}

function figures(items: readonly NarrativeItem[], presence: readonly Presence[], groups: Map<string, number[]>, settings: CorpusRunSettings): ScorerFigures {
  const perFrame = {} as ScorerFigures['perFrame'];
  let strengthGap = 0;
  for (const frame of GENERIC_FRAMES) {
    const labels = items.map((item) => item.labels[frame]);
    strengthGap = Math.max(strengthGap, Math.abs(mean(presence.map((p) => p[frame].strength)) - mean(labels.map(Number))));
    perFrame[frame] = {
      auc: auc(
        presence.map((p) => p[frame].strength),
        labels,
      ),
      f1: f1(
        presence.map((p) => p[frame].present),
        labels,
      ),
    };
  }
  const human = (i: number, frame: string) => items[i]!.labels[frame as GenericFrameId];
  const shares = outletRanking(groups, GENERIC_FRAMES, human, (i, frame) => presence[i]![frame as GenericFrameId].strength);
  const counts = outletRanking(groups, GENERIC_FRAMES, human, (i, frame) => (presence[i]![frame as GenericFrameId].present ? 1 : 0));
  const corpus = corpusRanking(items, presence, groups, settings);
  return {
    perFrame,
    macroAuc: mean(GENERIC_FRAMES.map((f) => perFrame[f].auc)),
    macroF1: mean(GENERIC_FRAMES.map((f) => perFrame[f].f1)),
    outletShare: shares.mean,
    outletCount: counts.mean,
    outletCorpus: corpus.mean,
    corpusStories: corpus.stories,
    outletPerFrame: shares.perFrame,
    strengthGap,
  };
}

/**
 * Reads `dataDir`/narrative-framing.dev.tsv and segments its articles once (a missing file is a
 * DataError); gives framelens's and the peer's figures with the folds dealt by a seed.
 */
export function narrativeDeals(dataDir: string, settings: CorpusRunSettings): (seed?: number) => NarrativeFigures {
  const items = readNarrative(need(join(dataDir, NARRATIVE_FILE)));
  const examples = items.map(genericExample);
  const groups = outletGroups(
    items.map((item) => item.source),
    MIN_OUTLET_ARTICLES,
  );
  return (seed = CV.seed) => {
    const fold = narrativeFolds(examples, seed);
    const presence = crossValidatedPresence(examples, fold);
    return {
      articles: items.length,
      outlets: groups.size,
      framelens: figures(items, presence, groups, settings),
      peer: figures(items, peerPresence(items, fold), groups, settings),
      examples,
      presence,
    };
  };
}
