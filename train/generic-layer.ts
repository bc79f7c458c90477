// The generic frame layer trained on the Narrative Frames Corpus articles: reading them, the fit
// (per frame, L2 and threshold chosen by an inner cross-validation on the training rows alone) and
// the cross-validated strengths that measure it. The training command and the benchmark both use
// these, so the figures written into the model file and the benchmark's are made the same way.
import { readFileSync } from 'node:fs';
import { scoreFrames } from '../src/analyze/frames.ts';
import { countFeatures, genericPresence, genericRow, POLICY_PREFIX, segmentTerms, SENTENCE_PREFIX, TEXT_PREFIX } from '../src/analyze/generic-presence.ts';
import { CUE_PREFIX, WORD_PREFIX } from '../src/learn/feature-names.ts';
import { segment } from '../src/text/segment.ts';
import { assignFolds, splits } from '../src/learn/folds.ts';
import { rateThreshold, toOutput, type LinearModelFile } from '../src/learn/linear-model.ts';
import { fitLogistic, logit, sigmoid, type Features } from '../src/learn/logistic.ts';
import { fitIdf } from '../src/learn/tfidf.ts';
import { fitPlatt, type PlattMap } from '../src/learn/platt.ts';
import { foldLatent, latentDirections, project, type LatentBasis } from '../src/learn/latent.ts';
import { seedFor, seededRandom, shuffled } from '../src/learn/random.ts';
import { round } from '../src/round.ts';
import type { FrameScore, Segment } from '../src/types.ts';
import { auc } from '../bench/frames/metrics.ts';

export const NARRATIVE_FILE = 'narrative-framing.dev.tsv';

/** The corpus's label columns and the generic frames they code (RE: resolution, i.e. responsibility and solutions). */
export const LABEL_COLUMNS = {
  CO: 'generic.conflict',
  HI: 'generic.human-interest',
  EC: 'generic.economic',
  MO: 'generic.morality',
  RE: 'generic.responsibility',
} as const;

export type GenericFrameId = (typeof LABEL_COLUMNS)[keyof typeof LABEL_COLUMNS];
/** The five generic frames in catalog order. */
export const GENERIC_FRAMES: readonly GenericFrameId[] = ['generic.conflict', 'generic.human-interest', 'generic.economic', 'generic.morality', 'generic.responsibility'];

/**
 * The fit, per frame: logistic regression with classes weighed to balance. L2 and the weight of the
 * frame's own cue counts are picked by the AUC of out-of-fold probabilities of an inner
 * cross-validation over the training rows; the threshold, on those same probabilities, marks as many
 * training articles present as the coders did (the base rate): an F1-best threshold over-marks the
 * common frames, and outlet presence shares then ranked outlets worse (mean Spearman 0.43 against
 * 0.50 in cross-validation). While fitting, the cue counts and text cues are shrunk (`countScale`;
 * the frame's own counts by one of `ownCueGrid`; sentence shares, already between 0 and 1, are not)
 * and the stored weights scaled back, so the file reads the raw counts: each count is of order one,
 * while the unit-length word block spreads one unit over hundreds of terms, and unshrunk counts would
 * swamp the words. A larger own scale lets the frame's lexicon act as a strong prior (it ranks human
 * interest better than the words do), a smaller one leaves more to the words and the other lexicon
 * (morality is carried by the policy lexicon's morality cues too). The grid also offers the row's
 * coordinates along the leading latent directions of the training words (`latentDirections`,
 * weighed by one of `latentGrid`, 0 for none): a fit on a couple of hundred articles then shares
 * weight among words that occur together, rather than leaning on the few it saw with the label.
 * Responsibility gains most (AUC 0.72 against 0.67 in cross-validation). The latent weights fold
 * back into the words, so the file stays one named weight per feature.
 */
export const FIT = {
  l2Grid: [0.001, 0.01],
  ownCueGrid: [0.1, 1],
  latentGrid: [0, 3],
  latentDirections: 50,
  countScale: 0.1,
  balanced: true,
  epochs: 300,
  learningRate: 0.05,
  minDf: 2,
  bags: 15,
  bagShare: 0.8,
} as const;
/** Cross-validation: 5 folds stratified by the five labels together, seeded; the inner one likewise. */
export const CV = { folds: 5, seed: 13 } as const;

export interface NarrativeItem {
  id: string;
  source: string;
  /** Publication date as the corpus gives it (YYYY-MM-DD), or empty. */
  date: string;
  text: string;
  labels: Record<GenericFrameId, boolean>;
}

/** A tab-separated field, unquoted when the writer quoted it ("" inside stands for "). */
function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
}

/** The articles of a narrative-framing TSV; a malformed file throws, naming the line. */
export function readNarrative(path: string): NarrativeItem[] {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const names = (header ?? '').split('\t');
  const at = (name: string): number => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column "${name}" in the header`);
    return i;
  };
  const [id, source, date, text] = [at('ID'), at('source'), at('date'), at('text')];
  const columns = Object.entries(LABEL_COLUMNS).map(([column, frame]) => [at(column), frame] as const);
  return lines.map((line, n) => {
    const cells = line.split('\t');
    if (cells.length !== names.length) throw new Error(`${path}: line ${n + 2} has ${cells.length} fields, the header ${names.length}`);
    const labels = {} as Record<GenericFrameId, boolean>;
    for (const [i, frame] of columns) {
      const v = cells[i];
      if (v !== 'True' && v !== 'False') throw new Error(`${path}: line ${n + 2}: label ${names[i]} is "${v}", not True or False`);
      labels[frame] = v === 'True';
    }
    return { id: cells[id]!, source: cells[source]!, date: cells[date]!, text: unquote(cells[text]!), labels };
  });
}

/** An article read the way the analyzer reads a text, with what the fit needs precomputed. */
export interface GenericExample {
  labels: Record<GenericFrameId, boolean>;
  segments: Segment[];
  frames: FrameScore[];
  terms: string[];
  counts: Features;
}

export function genericExample(item: NarrativeItem): GenericExample {
  const segments = [segment('body', item.text)];
  const frames = scoreFrames(segments);
  return { labels: item.labels, segments, frames, terms: segmentTerms(segments), counts: countFeatures(segments, frames) };
}

/** The folds every narrative-framing figure is measured on; another seed deals another assignment (repeated cross-validation). */
export function narrativeFolds(examples: readonly { labels: Record<GenericFrameId, boolean> }[], seed: number = CV.seed): number[] {
  const strata = examples.map((e) => GENERIC_FRAMES.map((f) => (e.labels[f] ? '1' : '0')).join(''));
  return assignFolds(examples.length, CV.folds, seed, { strata });
}

/** How much a feature is shrunk while fitting for `frame`, its own cue counts by `own`. */
function fitScale(name: string, frame: GenericFrameId, own: number): number {
  if (name.startsWith(WORD_PREFIX) || name.startsWith(SENTENCE_PREFIX) || name.startsWith(POLICY_PREFIX)) return 1;
  return name === `${CUE_PREFIX}${frame}` || name === `${CUE_PREFIX}${frame}:rate` ? own : FIT.countScale;
}

function scaleRow(row: Features, frame: GenericFrameId, own: number): Features {
  return new Map([...row].map(([name, v]) => [name, v * fitScale(name, frame, own)]));
}

const fitOne = (rows: readonly Features[], labels: readonly boolean[], l2: number) => fitLogistic(rows, labels, { l2, balanced: FIT.balanced, epochs: FIT.epochs, learningRate: FIT.learningRate });

/** Name of a row's coordinate along a latent direction while fitting; folded back into the words before the file is written. */
const LATENT_PREFIX = 'z:';

/** The latent directions of the words of the `train` rows, and every row's coordinates along them. */
function latentCoordinates(rows: readonly Features[], train: readonly number[]): { basis: LatentBasis; coordinates: number[][] } {
  const basis = latentDirections(
    train.map((i) => rows[i]!),
    FIT.latentDirections,
    WORD_PREFIX,
  );
  return { basis, coordinates: rows.map((row) => project(row, basis)) };
}

/** The rows with their latent coordinates, times `scale`, added as features; unchanged at 0. */
function withLatent(rows: readonly Features[], coordinates: readonly number[][], scale: number): readonly Features[] {
  if (scale === 0) return rows;
  return rows.map((row, i) => {
    const out = new Map(row);
    coordinates[i]!.forEach((z, d) => out.set(`${LATENT_PREFIX}${d}`, scale * z));
    return out;
  });
}

interface Choice {
  l2: number;
  own: number;
  /** Weight of the latent coordinates (0: words alone). */
  latent: number;
  threshold: number;
  auc: number;
  /** From the same out-of-fold scores: their map to probabilities that match the base rate. */
  platt: PlattMap;
}

/**
 * L2, own-cue scale, latent scale and threshold for one frame, from an inner cross-validation over
 * the training rows only; each inner split's latent directions come from its own training rows.
 */
function chooseSettings(raw: readonly Features[], labels: readonly boolean[], frame: GenericFrameId): Choice {
  const fold = assignFolds(raw.length, CV.folds, CV.seed, { strata: labels.map(String) });
  const parts = splits(fold, CV.folds).map(({ train, test }) => ({ train, test, coordinates: latentCoordinates(raw, train).coordinates }));
  let best: Choice = { l2: FIT.l2Grid[0], own: FIT.ownCueGrid[0], latent: FIT.latentGrid[0], threshold: 0.5, auc: -1, platt: { slope: 1, intercept: 0 } };
  for (const own of FIT.ownCueGrid) {
    const scaled = raw.map((row) => scaleRow(row, frame, own));
    for (const latent of FIT.latentGrid) {
      const partRows = parts.map(({ coordinates }) => withLatent(scaled, coordinates, latent));
      for (const l2 of FIT.l2Grid) {
        const scores = new Array<number>(raw.length).fill(0);
        for (const [k, { train, test }] of parts.entries()) {
          const rows = partRows[k]!;
          const fit = fitOne(
            train.map((i) => rows[i]!),
            train.map((i) => labels[i]!),
            l2,
          );
          for (const i of test) scores[i] = logit(fit, rows[i]!);
        }
        const oof = scores.map(sigmoid);
        const a = auc(oof, labels);
        if (a > best.auc) best = { l2, own, latent, threshold: rateThreshold(oof, labels), auc: a, platt: fitPlatt(scores, labels) };
      }
    }
  }
  return best;
}

/**
 * The mean of `FIT.bags` fits on seeded subsamples (`FIT.bagShare` of the rows, without replacement),
 * to damp how much one fit on a couple of hundred articles follows its sample: the mean of linear
 * fits is itself one linear fit (averaging weights and biases averages the logits), so the file
 * stays one named weight per feature. Bootstrap samples (with replacement) did worse in
 * cross-validation (macro AUC 0.823 against 0.827), their repeated rows weakening L2; the
 * threshold still comes from chooseSettings' single fits.
 */
function baggedFit(rows: readonly Features[], labels: readonly boolean[], l2: number, frame: string): { bias: number; weights: Map<string, number> } {
  const random = seededRandom(seedFor(CV.seed, frame));
  const weights = new Map<string, number>();
  let bias = 0;
  for (let b = 0; b < FIT.bags; b++) {
    const sample = shuffled(
      rows.map((_, i) => i),
      random,
    ).slice(0, Math.round(rows.length * FIT.bagShare));
    const fit = fitOne(
      sample.map((i) => rows[i]!),
      sample.map((i) => labels[i]!),
      l2,
    );
    bias += fit.bias / FIT.bags;
    for (const [name, w] of fit.weights) weights.set(name, (weights.get(name) ?? 0) + w / FIT.bags);
  }
  return { bias, weights };
}

/** The layer fitted on `examples`, as the file ships it (rounded weights and idf). */
export function fitGenericLayer(examples: readonly GenericExample[]): LinearModelFile {
  const idf = new Map(
    [
      ...fitIdf(
        examples.map((e) => e.terms),
        FIT.minDf,
      ),
    ].map(([t, v]) => [t, round(v, 5)]),
  );
  const raw = examples.map((e) => genericRow(e.terms, e.counts, idf));
  const latent = latentCoordinates(
    raw,
    raw.map((_, i) => i),
  );
  const chosen: Record<string, { l2: number; ownCueScale: number; latentScale: number; threshold: number; plattSlope: number; plattIntercept: number }> = {};
  const outputs = GENERIC_FRAMES.map((frame) => {
    const labels = examples.map((e) => e.labels[frame]);
    const { l2, own, latent: latentScale, threshold, platt } = chooseSettings(raw, labels, frame);
    chosen[frame] = { l2, ownCueScale: own, latentScale, threshold: round(threshold, 4), plattSlope: round(platt.slope, 4), plattIntercept: round(platt.intercept, 4) };
    const fit = baggedFit(
      withLatent(
        raw.map((row) => scaleRow(row, frame, own)),
        latent.coordinates,
        latentScale,
      ),
      labels,
      l2,
      frame,
    );
    // The latent weights folded into the words they are made of; back to the raw counts the
    // analyzer's row carries, w·(s·x) = (s·w)·x; and the Platt map folded in, a·(b + w·x) + c: one
    // linear layer still, whose probability is calibrated. The map is monotone, so the threshold
    // moves with it and every present decision stays as it was.
    const words = foldLatent(fit.weights, latent.basis, latentScale, LATENT_PREFIX);
    const weights = new Map([...words].map(([name, w]) => [name, w * fitScale(name, frame, own) * platt.slope]));
    const calibrated = (z: number): number => sigmoid(platt.slope * z + platt.intercept);
    return toOutput(frame, { bias: platt.slope * fit.bias + platt.intercept, weights }, calibrated(Math.log(threshold / (1 - threshold))));
  });
  return {
    name: 'generic-frames',
    description:
      "Generic frame presence of an article (Semetko & Valkenburg): one logistic output per frame over the TF-IDF of the word stems (w:…; where the inner cross-validation chose to add latent directions of the training words, their weights folded into the stems), the damped cue counts of every frame of both lexicons (cue:…), the share of sentences carrying each frame's cues (s:…) and each policy frame by the policy layer (p:…), and text cues of the indicator questions (x:…, src/analyze/generic-presence.ts); present at or above the output's threshold (set to match the training base rate); strength = probability, calibrated: a Platt map fitted on the inner cross-validation's out-of-fold scores is folded into the weights and the threshold (chosen: the map, and the threshold before it), so a group's mean strength estimates the share of its articles carrying the frame.",
    data: {
      source:
        'Narrative Frames Corpus, even-numbered half (225 climate-change articles from many outlets, article-level labels of five generic frames): Frermann, Li, Khanehzar and Mikolajczak (2023), "Conflicts, Villains, Resolutions: Towards models of Narrative Media Framing", ACL 2023.',
      licence: 'MIT',
      files: [`frames/${NARRATIVE_FILE}`],
    },
    trainedBy: 'npm run train:frames-generic',
    settings: {
      labels: LABEL_COLUMNS,
      features: `${WORD_PREFIX} TF-IDF of content-word stems (sublinear tf, smoothed idf, unit length, terms in >= minDf articles); cue: ln(1 + cue matches) and ln(1 + matches per 1,000 tokens) per frame, both lexicons; ${SENTENCE_PREFIX} share of sentences with cues of the frame, both lexicons; ${POLICY_PREFIX} share of sentences the policy layer (data/models/policy-frames.json) gives the policy frame; ${TEXT_PREFIX} money, ages, first-person, obligation, quoted, length`,
      ...FIT,
      ...CV,
      chosen,
    },
    crossValidated: {},
    idf: Object.fromEntries(idf),
    outputs,
  };
}

/** Per example, the strength and presence of each generic frame from the layer refitted without its fold. */
export function crossValidatedPresence(examples: readonly GenericExample[], fold: readonly number[]): Array<Record<GenericFrameId, { strength: number; present: boolean }>> {
  const out = new Array<Record<GenericFrameId, { strength: number; present: boolean }>>(examples.length);
  for (const { train, test } of splits(fold, CV.folds)) {
    const model = fitGenericLayer(train.map((i) => examples[i]!));
    for (const i of test) {
      const e = examples[i]!;
      const found = genericPresence(e.segments, e.frames, model);
      out[i] = Object.fromEntries(found.map((p) => [p.id, { strength: p.strength, present: p.present }])) as Record<GenericFrameId, { strength: number; present: boolean }>;
    }
  }
  return out;
}
