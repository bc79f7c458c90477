// The trained layer of target sentiment (data/models/target-sentiment.json, written by
// `npm run train:target` from NewsMTSC): one logistic output per polarity over the words of the
// sentence with the mention replaced by a marker, the words just left and right of the mention, and
// the rules' own reading of the target and of the sentence. The rules know negation, clauses and
// who blames whom; the words teach what news prose says of a person around such cues.
import { mentionTokens } from './mention.ts';
import { decide, outputFit, probabilities, weightsByFeature, type Contribution, type LinearModelFile, type WeightsByFeature } from '../../learn/linear-model.ts';
import type { Features } from '../../learn/logistic.ts';
import { tfidf } from '../../learn/tfidf.ts';
import { round } from '../../round.ts';
import { table } from '../../settings/tables.ts';
import type { StanceLabel, Token } from '../../types.ts';

/** Stands for the mention in the sentence's terms, so "<t> said" and "accused <t>" are features. */
export const MARKER = '<t>';
/** Feature names: sentence unigrams and bigrams, the words left and right of the mention. */
export const SENTENCE_PREFIX = 's:';
export const LEFT_PREFIX = 'l:';
export const RIGHT_PREFIX = 'r:';
/** The rules' target score (squashed), their polarity, and the sentence scorer's score. */
export const RULE_FEATURE = 'rule';
export const SENTENCE_FEATURE = 'sentence';

/** How the words are read; written into the model's settings by the training command. */
export interface TargetFeatureSettings {
  /** Words on each side of the mention taken as window features. */
  window: number;
  /** The rules' score s enters as tanh(s / ruleScale): a few strong cues saturate. */
  ruleScale: number;
}

/** The polarity classes, in output order; −1, 0, 1. */
export const CLASSES: readonly StanceLabel[] = ['negative', 'neutral', 'positive'];

export interface TargetTerms {
  sentence: string[];
  window: string[];
}

/**
 * The sentence's stems with the mention as one marker, as unigrams and bigrams, and up to `window`
 * stems on each side of the mention. A mention that covers no token gets the marker before the
 * token that follows it.
 */
export function targetTerms(tokens: readonly Token[], mention: { from: number; to: number }, window: number): TargetTerms {
  const { inMention, first } = mentionTokens(tokens, mention);
  const inside = new Set(inMention);
  const seq: string[] = [];
  let at = -1;
  tokens.forEach((t, i) => {
    if (i === first) {
      at = seq.length;
      seq.push(MARKER);
    }
    if (!inside.has(i)) seq.push(t.stem);
  });
  if (at < 0) {
    at = seq.length;
    seq.push(MARKER);
  }
  const sentence = seq.map((w) => SENTENCE_PREFIX + w);
  for (let i = 0; i + 1 < seq.length; i++) sentence.push(`${SENTENCE_PREFIX}${seq[i]} ${seq[i + 1]}`);
  const left = seq.slice(Math.max(0, at - window), at).map((w) => LEFT_PREFIX + w);
  const right = seq.slice(at + 1, at + 1 + window).map((w) => RIGHT_PREFIX + w);
  return { sentence, window: [...left, ...right] };
}

/** What the rules said of the target and of its sentence. */
export interface RuleReading {
  target: { score: number; polarity: -1 | 0 | 1 };
  sentence: number;
}

/** The layer's input row; training and scoring build rows only through here. */
export function targetRow(terms: TargetTerms, rules: RuleReading, idf: ReadonlyMap<string, number>, settings: TargetFeatureSettings): Features {
  // The sentence's names ("s:…") and the window's ("l:…", "r:…") never meet, so one row holds both.
  const row = tfidf(terms.window, idf, '', tfidf(terms.sentence, idf));
  row.set(RULE_FEATURE, Math.tanh(rules.target.score / settings.ruleScale));
  if (rules.target.polarity !== 0) row.set(`${RULE_FEATURE}:${CLASSES[rules.target.polarity + 1]}`, 1);
  if (rules.sentence !== 0) row.set(SENTENCE_FEATURE, rules.sentence);
  return row;
}

export interface TargetDecision {
  polarity: -1 | 0 | 1;
  /**
   * P(positive) − P(negative) (the three outputs' probabilities scaled to sum to 1) when the
   * polarity is not neutral; 0 when it is, so a neutral sentence never pulls an actor's stance.
   */
  score: number;
  /** The three probabilities, scaled to sum to 1, in CLASSES order. */
  probabilities: [number, number, number];
  /** The winning output's strongest contributions. */
  evidence: Contribution[];
}

interface Prepared {
  idf: Map<string, number>;
  settings: TargetFeatureSettings;
  outputs: Array<{ output: LinearModelFile['outputs'][number]; fit: ReturnType<typeof outputFit> }>;
  /** The three outputs' weights by feature: one pass over a row gives every probability. */
  layer: WeightsByFeature;
}

const prepared = new WeakMap<LinearModelFile, Prepared>();

/** The model's weights and idf as maps, built once per model; a file without the three outputs is refused. */
export function prepareTargetModel(model: LinearModelFile): Prepared {
  let p = prepared.get(model);
  if (!p) {
    const outputs = CLASSES.map((id) => {
      const output = model.outputs.find((o) => o.id === id);
      if (!output) throw new Error(`${model.name}: no output "${id}"`);
      return { output, fit: outputFit(output) };
    });
    const { window, ruleScale } = model.settings as Partial<TargetFeatureSettings>;
    if (typeof window !== 'number' || typeof ruleScale !== 'number') throw new Error(`${model.name}: settings need "window" and "ruleScale"`);
    p = { idf: new Map(Object.entries(model.idf ?? {})), settings: { window, ruleScale }, outputs, layer: weightsByFeature(outputs.map((o) => o.fit)) };
    prepared.set(model, p);
  }
  return p;
}

export const TARGET_MODEL: LinearModelFile = table('models/target-sentiment');

/** The most probable polarity (the first on ties), its score and its evidence. */
export function decideTarget(row: Features, model: LinearModelFile, top: number): TargetDecision {
  const { layer, outputs } = prepareTargetModel(model);
  const raw = probabilities(layer, row);
  const total = raw.reduce((s, p) => s + p, 0);
  let best = 0;
  raw.forEach((p, i) => {
    if (p > raw[best]!) best = i;
  });
  const scaled = raw.map((p) => round(total > 0 ? p / total : 0)) as [number, number, number];
  const polarity = (best - 1) as -1 | 0 | 1;
  // Only the winner's evidence is shown, so only its contributions are ranked.
  const { output, fit } = outputs[best]!;
  return { polarity, score: polarity === 0 ? 0 : round(scaled[2] - scaled[0]), probabilities: scaled, evidence: decide(output, fit, row, top).evidence };
}
