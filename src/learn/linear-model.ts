// The shipped form of a trained layer: a data file of named weights with the data's source and
// licence, the command that made it and its cross-validated figures. Scoring returns the features
// that pushed the decision most, so every trained decision carries its evidence.
import { Type, type Static } from '@sinclair/typebox';
import { round } from '../round.ts';
import { sigmoid, type Features, type LogisticFit } from './logistic.ts';

const LinearOutputSchema = Type.Object(
  {
    id: Type.String(),
    bias: Type.Number(),
    /** Probability at or above which the output counts as present (chosen by cross-validation). */
    threshold: Type.Number({ minimum: 0, maximum: 1 }),
    weights: Type.Record(Type.String(), Type.Number()),
  },
  { additionalProperties: false },
);

/** The file of a trained layer; its schema checks the file when it is read (src/settings/tables.ts). */
export const LinearModelSchema = Type.Object(
  {
    name: Type.String(),
    description: Type.String(),
    /** The data the weights were fitted on, and its licence. */
    data: Type.Object({ source: Type.String({ minLength: 1 }), licence: Type.String({ minLength: 1 }), files: Type.Array(Type.String()) }, { additionalProperties: false }),
    /** The command that writes this file from ../shared/bench (deterministic). */
    trainedBy: Type.String(),
    /** Settings of the fit and of the features, so the file explains itself. */
    settings: Type.Record(Type.String(), Type.Unknown()),
    /** Cross-validated figures measured by the training command (never on the fitted rows). */
    crossValidated: Type.Record(Type.String(), Type.Number()),
    /** Inverse document frequencies of the word features, when the layer uses TF-IDF. */
    idf: Type.Optional(Type.Record(Type.String(), Type.Number())),
    outputs: Type.Array(LinearOutputSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);

/** One output of a layer: a frame, a polarity class. */
export type LinearOutput = Static<typeof LinearOutputSchema>;
export type LinearModelFile = Static<typeof LinearModelSchema>;

export interface Contribution {
  feature: string;
  /** weight × value: how far the feature moved the logit. */
  contribution: number;
}

export interface LinearDecision {
  id: string;
  probability: number;
  present: boolean;
  /** The largest contributions by size, strongest first. */
  evidence: Contribution[];
}

/** A fit as it is written to the file: weights rounded, the negligible ones dropped, names sorted. */
export function toOutput(id: string, fit: LogisticFit, threshold: number, minWeight = 1e-4): LinearOutput {
  const weights: Record<string, number> = {};
  for (const [name, w] of [...fit.weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (Math.abs(w) >= minWeight) weights[name] = round(w, 5);
  }
  return { id, bias: round(fit.bias, 5), threshold: round(threshold, 4), weights };
}

/** Weights as a map, read once per output. */
export function outputFit(output: LinearOutput): { bias: number; weights: Map<string, number> } {
  return { bias: output.bias, weights: new Map(Object.entries(output.weights)) };
}

// Evidence order: the larger contribution first, ties by feature name.
const before = (feature: string, contribution: number, other: Contribution): boolean =>
  Math.abs(contribution) > Math.abs(other.contribution) || (Math.abs(contribution) === Math.abs(other.contribution) && feature < other.feature);

/** Scores one row against one output, with the `top` contributions as evidence. */
export function decide(output: LinearOutput, fit: { bias: number; weights: ReadonlyMap<string, number> }, row: Features, top = 5): LinearDecision {
  // One pass gives the logit and keeps the strongest `top` in order: rows have hundreds of features,
  // evidence five (forEach: iterating entries would allocate a pair for each).
  let z = fit.bias;
  const evidence: Contribution[] = [];
  row.forEach((v, feature) => {
    const w = fit.weights.get(feature);
    if (!w) return;
    const contribution = w * v;
    z += contribution;
    if (evidence.length >= top) {
      if (top === 0 || !before(feature, contribution, evidence[top - 1]!)) return;
      evidence.pop();
    }
    let at = evidence.length;
    while (at > 0 && before(feature, contribution, evidence[at - 1]!)) at--;
    evidence.splice(at, 0, { feature, contribution });
  });
  const probability = sigmoid(z);
  return {
    id: output.id,
    probability: round(probability),
    present: probability >= output.threshold,
    evidence: evidence.map((c) => ({ feature: c.feature, contribution: round(c.contribution) })),
  };
}

/** A layer's weights by feature: one lookup gives a feature's weight in every output (0 where it has none). */
export interface WeightsByFeature {
  biases: Float64Array;
  byFeature: Map<string, Float64Array>;
}

export function weightsByFeature(fits: ReadonlyArray<{ bias: number; weights: ReadonlyMap<string, number> }>): WeightsByFeature {
  const byFeature = new Map<string, Float64Array>();
  fits.forEach(({ weights }, o) => {
    for (const [feature, w] of weights) {
      let ws = byFeature.get(feature);
      if (!ws) byFeature.set(feature, (ws = new Float64Array(fits.length)));
      ws[o] = w;
    }
  });
  return { biases: Float64Array.from(fits, (f) => f.bias), byFeature };
}

/**
 * Every output's probability for the row, equal to what `decide` gives (the same sums in the same
 * order; a missing weight adds 0), without evidence: for layers scored on many rows, of which few
 * have their evidence shown.
 */
export function probabilities(layer: WeightsByFeature, row: Features): number[] {
  const z = Float64Array.from(layer.biases);
  row.forEach((v, feature) => {
    const ws = layer.byFeature.get(feature);
    if (ws) for (let o = 0; o < z.length; o++) z[o] = z[o]! + ws[o]! * v;
  });
  return Array.from(z, (x) => round(sigmoid(x)));
}

/**
 * The probability threshold at which as many scores lie at or above it as there are positive labels,
 * so the share of items marked present matches the base rate (ties: cut below the tied scores).
 */
export function rateThreshold(scores: readonly number[], labels: readonly boolean[]): number {
  const sorted = [...scores].sort((a, b) => b - a);
  const k = labels.filter(Boolean).length;
  if (k === 0) return 1;
  if (k >= sorted.length) return 0;
  return (sorted[k - 1]! + sorted[k]!) / 2;
}

/** A table of named numbers, one entry a line and unindented: tens of thousands of weights stay small on disk and diff line by line. */
function tableText(table: Record<string, number>): string {
  const lines = Object.entries(table).map(([name, value]) => `${JSON.stringify(name)}: ${value}`);
  return lines.length ? `{\n${lines.join(',\n')}\n}` : '{}';
}

/** The text a training command writes: the description, data and settings indented for reading, the idf and weight tables compact. */
export function modelFileText(model: LinearModelFile): string {
  const tables: string[] = [];
  // A table is swapped for a placeholder no JSON string can hold as written, then put back whole.
  const text = JSON.stringify(
    model,
    (key, value: unknown) => ((key === 'idf' || key === 'weights') && value && typeof value === 'object' ? `\u0000${tables.push(tableText(value as Record<string, number>)) - 1}` : value),
    2,
  );
  return `${text.replace(/"\\u0000(\d+)"/g, (_, i: string) => tables[Number(i)]!)}\n`;
}
