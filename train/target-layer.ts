// The target-sentiment layer trained on NewsMTSC: reading the targets, the fit, and the
// cross-validated decisions that measure it (grouped by article, so no sentence is scored by a
// layer that saw its article). The training command and bench:sentiment both use these, so the
// figures in the model file and the benchmark's are made the same way.
import { meanStance } from '../src/analyze/actors/stance.ts';
import { segment } from '../src/text/segment.ts';
import { ruleTargetIn, scoreTargetIn, targetSentence, type TargetSentence } from '../src/analyze/target-sentiment.ts';
import { CLASSES, targetRow, targetTerms, type RuleReading, type TargetFeatureSettings, type TargetTerms } from '../src/analyze/target/layer.ts';
import { assignFolds, splits } from '../src/learn/folds.ts';
import { toOutput, type LinearModelFile } from '../src/learn/linear-model.ts';
import { fitLogistic } from '../src/learn/logistic.ts';
import { fitIdf } from '../src/learn/tfidf.ts';
import { readSentimentFile, type Polarity, type SentimentItem } from '../src/load/sentiment-lines.ts';
import { round } from '../src/round.ts';
import { macroF1 } from '../bench/sentiment/metrics.ts';

export const NEWSMTSC_FILE = 'newsmtsc-train.jsonl';

/** The features' settings (see TargetFeatureSettings). */
export const FEATURES: TargetFeatureSettings = { window: 3, ruleScale: 2 };
/**
 * One-vs-rest logistic regression per polarity with a light L2 (the sentence terms are many and
 * sparse: 1e-4 and 3e-5 tied under grouped CV, 1e-3 lost 0.03 macro-F1); terms in three or more
 * sentences and weights of 0.01 or more (grouped CV: minDf 2 scored the same at twice the file,
 * minDf 5 lost 0.0015 at half of it).
 */
export const FIT = { l2: 1e-4, epochs: 300, learningRate: 0.05, minDf: 3, minWeight: 0.01 } as const;
/** Cross-validation: folds grouped by article, seeded. */
export const CV = { folds: 5, seed: 13 } as const;

/** One NewsMTSC target, read the way the analyzer reads a sentence. */
export interface TargetExample {
  /** The article the sentence is from (NewsMTSC's gid before the sentence number). */
  article: string;
  /** The person the target names, from NewsMTSC's gid ("winner" for "She" in an article on Reality Leigh Winner). */
  person: string;
  gold: Polarity;
  sentence: TargetSentence;
  mention: { from: number; to: number };
  terms: TargetTerms;
  rules: RuleReading;
}

/** "allsides_1000_401_25_…" and "polusa_v1_4333948_-1_6_…": the first three parts name the article. */
export const articleOf = (gid: string): string => gid.split('_').slice(0, 3).join('_');

/**
 * The person in a target's gid (the parts between the sentence number and the offsets), keyed by
 * its last capitalised word, so "President Trump", "Mr. Trump" and "Trump's" are one person.
 */
export function personOf(gid: string): string {
  const parts = gid.split('_');
  const name = parts.slice(parts[0] === 'polusa' ? 5 : 4, -2).join(' ');
  const words = name
    .split(/\s+/u)
    .map((w) => w.replace(/['’]s$/u, '').replace(/[^\p{L}.-]/gu, ''))
    .filter((w) => /^\p{Lu}[\p{L}-]+$/u.test(w));
  return (words.at(-1) ?? name).toLowerCase();
}

/** Every target with a gold polarity, read once (its sentence segmented and scored by the rules). */
export function targetExamples(items: readonly SentimentItem[]): TargetExample[] {
  return items.flatMap((item) => {
    const sentence = targetSentence(segment('body', item.text));
    return (item.targets ?? []).flatMap((t) => {
      if (t.gold === undefined) return [];
      const mention = { from: t.from, to: t.to };
      return [
        {
          article: articleOf(item.id),
          person: t.gid ? personOf(t.gid) : (t.mention ?? '').toLowerCase(),
          gold: t.gold,
          sentence,
          mention,
          terms: targetTerms(sentence.tokens, mention, FEATURES.window),
          rules: { target: ruleTargetIn(sentence, mention), sentence: sentence.sentenceScore },
        },
      ];
    });
  });
}

/** The items of a NewsMTSC file; a line that does not parse throws, naming it. */
export function readNewsMtsc(path: string): SentimentItem[] {
  return readSentimentFile(path).map(({ line, parsed }) => {
    if (!parsed.ok) throw new Error(`${path}:${line}: ${parsed.error}`);
    return parsed.item;
  });
}

/** The layer fitted on `examples`, as the file ships it (rounded weights and idf), so what cross-validation scores is exactly what would be written. */
export function fitTargetLayer(examples: readonly TargetExample[]): LinearModelFile {
  const idfOf = (docs: string[][]) => [...fitIdf(docs, FIT.minDf)];
  const idf = new Map([...idfOf(examples.map((e) => e.terms.sentence)), ...idfOf(examples.map((e) => e.terms.window))].map(([t, v]) => [t, round(v, 5)]));
  const rows = examples.map((e) => targetRow(e.terms, e.rules, idf, FEATURES));
  const outputs = CLASSES.map((c, k) => {
    const fit = fitLogistic(
      rows,
      examples.map((e) => e.gold === k - 1),
      FIT,
    );
    // The decision is the most probable polarity, not a cut-off, so the threshold is unused (0).
    return toOutput(c, fit, 0, FIT.minWeight);
  });
  return {
    name: 'target-sentiment',
    description:
      "Sentiment toward the person a mention names: one logistic output per polarity over the TF-IDF of the sentence's stems with the mention as '<t>' (s:, unigrams and bigrams), the stems just left (l:) and right (r:) of it, the rules' target score (rule, as tanh(score / ruleScale)) and polarity (rule:negative, rule:positive) and the sentence scorer's score (sentence); the most probable polarity is the target's (src/analyze/target/layer.ts).",
    data: {
      source:
        'NewsMTSC training split: Felix Hamborg and Karsten Donnay (2021), "NewsMTSC: A Dataset for (Multi-)Target-dependent Sentiment Classification in Political News Articles", EACL 2021, pp. 1663-1675; sentences from news articles of the AllSides and POLUSA collections. No sentence is stored here: only word weights and idf.',
      licence: 'MIT (NewsMTSC repository, Copyright 2020 Felix Hamborg; LICENSE-newsmtsc)',
      files: [`sentiment/${NEWSMTSC_FILE}`],
    },
    trainedBy: 'npm run train:target',
    settings: {
      classes: CLASSES,
      ...FEATURES,
      ...FIT,
      ...CV,
      groupedBy: 'article',
    },
    crossValidated: {},
    idf: Object.fromEntries(idf),
    outputs,
  };
}

/** The article-grouped folds every NewsMTSC figure is measured on; another seed deals another assignment. */
export function targetFolds(examples: readonly TargetExample[], seed: number = CV.seed): number[] {
  return assignFolds(examples.length, CV.folds, seed, { groups: examples.map((e) => e.article) });
}

/** Each target's polarity and score from the layer refitted without its fold, through the analyzer's own scorer. */
export function crossValidatedTargets(examples: readonly TargetExample[], fold: readonly number[]): Array<{ polarity: Polarity; score: number }> {
  const out = new Array<{ polarity: Polarity; score: number }>(examples.length);
  for (const { train, test } of splits(fold, CV.folds)) {
    const model = fitTargetLayer(train.map((i) => examples[i]!));
    for (const i of test) {
      const { polarity, score } = scoreTargetIn(examples[i]!.sentence, examples[i]!.mention, model);
      out[i] = { polarity, score };
    }
  }
  return out;
}

/** One article's portrayal of one person, as the stance check reads it. */
export interface StanceGroup {
  /** The person's targets (indices into the examples), two or more. */
  members: number[];
  /** The majority of their gold polarities. */
  gold: Polarity;
}

/**
 * Every article and person with two or more targets whose gold polarities have a strict majority:
 * the article-level check of actor stance (NewsMTSC rates sentences, not articles, so the
 * majority of an article's sentences about a person stands for the article's portrayal).
 */
export function stanceGroups(examples: readonly TargetExample[]): StanceGroup[] {
  const byKey = new Map<string, number[]>();
  examples.forEach((e, i) => {
    const key = `${e.article}\0${e.person}`;
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  return [...byKey.values()].flatMap((members) => {
    if (members.length < 2) return [];
    const counts = [-1, 0, 1].map((p) => members.filter((i) => examples[i]!.gold === p).length);
    const top = Math.max(...counts);
    if (counts.filter((c) => c === top).length > 1) return [];
    return [{ members, gold: (counts.indexOf(top) - 1) as Polarity }];
  });
}

/** Neutral bands tried for the article stance. */
export const BANDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5] as const;

const POLARITY = { negative: -1, neutral: 0, positive: 1 } as const;

/** Each group's stance from its members' sentence scores with the given band. */
export function groupStances(groups: readonly StanceGroup[], scores: readonly number[], band: number): Polarity[] {
  return groups.map(
    (g) =>
      POLARITY[
        meanStance(
          g.members.map((i) => scores[i]!),
          band,
        ).label
      ],
  );
}

/** The band with the best stance macro-F1 on these groups (ties: the narrower band). */
export function bestBand(groups: readonly StanceGroup[], scores: readonly number[]): number {
  const gold = groups.map((g) => g.gold);
  let best: { band: number; f1: number } = { band: BANDS[0], f1: -1 };
  for (const band of BANDS) {
    const f1 = macroF1(gold, groupStances(groups, scores, band));
    if (f1 > best.f1) best = { band, f1 };
  }
  return best.band;
}

/**
 * Each group's stance from out-of-fold sentence scores, its band chosen on the groups of the other
 * folds: neither the sentence layer nor the band saw the article it labels.
 */
export function crossValidatedStances(groups: readonly StanceGroup[], scores: readonly number[], fold: readonly number[]): Polarity[] {
  const foldOf = groups.map((g) => fold[g.members[0]!]!);
  const out = new Array<Polarity>(groups.length).fill(0);
  for (let f = 0; f < CV.folds; f++) {
    const band = bestBand(
      groups.filter((_, k) => foldOf[k] !== f),
      scores,
    );
    const held = groups.flatMap((g, k) => (foldOf[k] === f ? [{ g, k }] : []));
    groupStances(
      held.map((h) => h.g),
      scores,
      band,
    ).forEach((p, j) => (out[held[j]!.k] = p));
  }
  return out;
}
