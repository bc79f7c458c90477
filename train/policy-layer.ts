// The policy layer trained on FrAC: reading the sentences, the classes the layer predicts, the fit,
// and the cross-validated predictions that measure it. The training command and the benchmark both
// use these, so the figures written into the model file and the benchmark's are made the same way.
import { readFileSync } from 'node:fs';
import { accuracy, macroF1 } from '../bench/sentiment/metrics.ts';
import { topFrames } from '../src/analyze/frame-presence.ts';
import { wordTerms } from '../src/analyze/frame-features.ts';
import { scoreFrames } from '../src/analyze/frames.ts';
import { policyClass, policyPresence, policyRow, type PolicyLayerSettings } from '../src/analyze/policy-presence.ts';
import { segment } from '../src/text/segment.ts';
import { assignFolds, splits } from '../src/learn/folds.ts';
import { toOutput, type LinearModelFile } from '../src/learn/linear-model.ts';
import { fitLogistic } from '../src/learn/logistic.ts';
import { fitIdf } from '../src/learn/tfidf.ts';
import { round } from '../src/round.ts';
import type { FrameScore, Segment, Token } from '../src/types.ts';

export const FRAC_FILE = 'frac.dev.csv';

/**
 * FrAC's ten classes (Media Frames Corpus numbers) and the codebook frames each stands for, the
 * frame FrAC's number names first: 5 keeps legality and takes in crime, 6 policy prescription with
 * political, capacity and external regulation, 9 health with quality of life; 15 is "other", which
 * FrAC also gives sentences that carry no frame.
 */
export const FRAC_CLASSES: PolicyLayerSettings = {
  classes: {
    '1': ['policy.economic'],
    '3': ['policy.morality'],
    '4': ['policy.fairness'],
    '5': ['policy.legality', 'policy.crime'],
    '6': ['policy.policy', 'policy.political', 'policy.capacity', 'policy.external'],
    '8': ['policy.security'],
    '9': ['policy.health', 'policy.quality-of-life'],
    '11': ['policy.cultural-identity'],
    '12': ['policy.public-opinion'],
    '15': [],
  },
  noFrame: '15',
};

/** The fit: one-vs-rest logistic regression per class, classes weighed to balance, a mild L2. */
export const FIT = { l2: 0.03, balanced: true, epochs: 400, learningRate: 0.05, minDf: 2 } as const;
/** Cross-validation: stratified by class, seeded. */
export const CV = { folds: 5, seed: 13 } as const;

export interface FracItem {
  sentence: string;
  label: string;
}

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** The FrAC sentences of a `sentence,label` file; a malformed file throws, naming the line. */
export function readFrac(path: string): FracItem[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (header?.join(',') !== 'sentence,label') throw new Error(`${path}: expected the header "sentence,label"`);
  return rows.map(([sentence, label, ...rest], i) => {
    if (!sentence || !label || rest.length || !(label in FRAC_CLASSES.classes)) {
      throw new Error(`${path}: row ${i + 2} is not a sentence with one of FrAC's classes`);
    }
    return { sentence, label };
  });
}

/** A FrAC sentence read the way the analyzer reads text. */
export interface FracExample {
  label: string;
  segments: Segment[];
  frames: FrameScore[];
  tokens: Token[];
  /** Cue matches per frame, both families. */
  hits: Map<string, number>;
}

export function fracExample(item: FracItem): FracExample {
  const seg = segment('body', item.sentence);
  const frames = scoreFrames([seg]);
  return {
    label: item.label,
    segments: [seg],
    frames,
    tokens: seg.sentences.flatMap((s) => s.tokens),
    hits: new Map(frames.filter((f) => f.hits > 0).map((f) => [f.id, f.hits])),
  };
}

/**
 * The layer fitted on `examples`, as the file ships it (rounded weights and idf), so what
 * cross-validation scores is exactly what would be written. Each FrAC item is one row: its
 * sentences' words and cues together.
 */
export function fitPolicyLayer(examples: readonly FracExample[]): LinearModelFile {
  const idf = fitIdf(
    examples.map((e) => wordTerms(e.tokens)),
    FIT.minDf,
  );
  const rows = examples.map((e) => policyRow(e.tokens, e.hits, idf));
  const outputs = Object.keys(FRAC_CLASSES.classes)
    .sort((a, b) => Number(a) - Number(b))
    .map((c) => {
      const fit = fitLogistic(
        rows,
        examples.map((e) => e.label === c),
        FIT,
      );
      // The decision is the most probable class, not a cut-off, so the threshold is unused (0).
      return toOutput(c, fit, 0);
    });
  return {
    name: 'policy-frames',
    description:
      'Policy frame of a sentence: one logistic output per FrAC class over the damped cue counts of every frame (cue:…) and the TF-IDF of the word stems (w:…); a sentence takes the most probable of the classes it has cues for and the no-frame class 15, and a class that merges several codebook frames goes to those of its frames the sentence has cues for (src/analyze/policy-presence.ts).',
    data: {
      source:
        'FrAC gold-standard sentences (dev half): Guida, Otmakhova, Hovy and Frermann (2025), "Retain or reframe? A computational framework for the analysis of framing in news articles and reader comments", arXiv 2507.04612; article sentences from the SFU Opinion and Comments Corpus.',
      licence: 'CC BY 4.0 (annotations and SOCC sentences)',
      files: [`frames/${FRAC_FILE}`],
    },
    trainedBy: 'npm run train:frames-policy',
    settings: {
      ...FRAC_CLASSES,
      features: 'w: TF-IDF of content-word stems (sublinear tf, smoothed idf, unit length, terms in >= minDf items); cue: ln(1 + cue matches) per frame, both families',
      ...FIT,
      ...CV,
    },
    crossValidated: {},
    idf: Object.fromEntries([...idf].map(([t, v]) => [t, round(v, 5)])),
    outputs,
  };
}

/** FrAC's class for a text: the text's top policy frame mapped to its class, none → other. */
export function predictFrac(model: LinearModelFile, example: FracExample): string {
  const top = topFrames(policyPresence(example.segments, example.frames, model)).policy;
  return policyClass(top, model);
}

/** The stratified folds every FrAC figure is measured on; another seed deals another assignment. */
export function fracFolds(labels: readonly string[], seed: number = CV.seed): number[] {
  return assignFolds(labels.length, CV.folds, seed, { strata: labels });
}

/** Each item's class from the layer refitted without its fold. */
export function crossValidatedClasses(examples: readonly FracExample[], fold: readonly number[]): string[] {
  const out = new Array<string>(examples.length).fill(FRAC_CLASSES.noFrame);
  for (const { train, test } of splits(fold, CV.folds)) {
    const model = fitPolicyLayer(train.map((i) => examples[i]!));
    for (const i of test) out[i] = predictFrac(model, examples[i]!);
  }
  return out;
}

/** Accuracy and macro-F1 over FrAC's ten classes. */
export function fracScores(gold: readonly string[], predicted: readonly string[]): { accuracy: number; macroF1: number } {
  return { accuracy: accuracy(gold, predicted), macroF1: macroF1(gold, predicted, Object.keys(FRAC_CLASSES.classes)) };
}
