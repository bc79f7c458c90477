// Policy frame presence, the way the FrAC and Media Frames Corpus coders record it: every sentence
// is given its most probable policy class by a linear layer over the sentence's cue counts and word
// stems (data/models/policy-frames.json, written by `npm run train:frames-policy`); a class that
// merges several codebook frames goes to the ones the sentence has cues for; and the sentence
// decisions are gathered to the text, so a headline, a FrAC sentence and a whole article are
// decided the same way.
import { frameCatalog } from './frames.ts';
import { cueFeatures, wordTerms } from './frame-features.ts';
import { WORD_PREFIX } from '../learn/feature-names.ts';
import { round } from '../round.ts';
import { decide, outputFit, probabilities, weightsByFeature, type LinearModelFile, type LinearOutput, type WeightsByFeature } from '../learn/linear-model.ts';
import { tfidf } from '../learn/tfidf.ts';
import type { Features } from '../learn/logistic.ts';
import type { FeatureContribution, FramePresence, FrameScore, Part, Segment, Token } from '../types.ts';
import { table } from '../settings/tables.ts';

/** A text of up to `shortTextSentences` sentences carries a frame when one sentence does, a longer one needs two; `evidence` contributions are kept per decision (data/analysis.json). */
export const { shortTextSentences: SHORT_TEXT, evidence: EVIDENCE } = table('analysis').framePresence;

/** What the layer's settings must say for it to be read: the classes it predicts and their frames. */
export interface PolicyLayerSettings {
  /** Output id → the catalog frames the class stands for. */
  classes: Record<string, string[]>;
  /** The class that means "no policy frame" (FrAC's 15, other): it has no frames. */
  noFrame: string;
}

interface Prepared {
  idf: Map<string, number>;
  outputs: Array<{ output: LinearOutput; fit: ReturnType<typeof outputFit>; members: string[] }>;
  /** The same weights by feature, to score every class of a sentence in one pass. */
  layer: WeightsByFeature;
  classOf: Map<string, string>;
  noFrame: string;
}

const policyIds = frameCatalog()
  .filter((f) => f.family === 'policy')
  .map((f) => f.id);

function settingsOf(model: LinearModelFile): PolicyLayerSettings {
  const { classes, noFrame } = model.settings as Partial<PolicyLayerSettings>;
  if (!classes || typeof noFrame !== 'string' || classes[noFrame]?.length !== 0) {
    throw new Error(`${model.name}: settings need "classes" (output → frames) and a "noFrame" class without frames`);
  }
  for (const [id, members] of Object.entries(classes)) {
    const unknown = members.filter((m) => !policyIds.includes(m));
    if (unknown.length) throw new Error(`${model.name}: class ${id} names frames not in the policy catalog: ${unknown.join(', ')}`);
  }
  return { classes, noFrame };
}

const prepared = new WeakMap<LinearModelFile, Prepared>();

/** The model's weights as maps, built once per model. */
function prepare(model: LinearModelFile): Prepared {
  let p = prepared.get(model);
  if (!p) {
    const { classes, noFrame } = settingsOf(model);
    const missing = model.outputs.filter((o) => !(o.id in classes));
    if (missing.length) throw new Error(`${model.name}: outputs without a class: ${missing.map((o) => o.id).join(', ')}`);
    const classOf = new Map<string, string>();
    for (const [id, members] of Object.entries(classes)) for (const m of members) classOf.set(m, id);
    const outputs = model.outputs.map((output) => ({ output, fit: outputFit(output), members: classes[output.id]! }));
    p = {
      idf: new Map(Object.entries(model.idf ?? {})),
      outputs,
      layer: weightsByFeature(outputs.map((o) => o.fit)),
      classOf,
      noFrame,
    };
    prepared.set(model, p);
  }
  return p;
}

export const POLICY_MODEL: LinearModelFile = table('models/policy-frames');

/**
 * The layer's input for one sentence (or one FrAC item): TF-IDF of its word stems and the damped
 * cue count of every frame that matched in it. Training and scoring build rows only through here.
 */
export function policyRow(tokens: readonly Token[], hits: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): Features {
  const row = tfidf(wordTerms(tokens), idf, WORD_PREFIX);
  const counts = [...hits].map(([id, n]) => ({ id, hits: n, rate: 0 }));
  for (const [name, value] of cueFeatures(counts, { rate: false })) row.set(name, value);
  return row;
}

/** Cue matches per frame in each sentence, read off the scores' evidence (no second scan). */
function hitsBySentence(frames: readonly FrameScore[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const f of frames) {
    for (const { span } of f.evidence) {
      const key = `${span.part}:${span.sentence}`;
      const hits = out.get(key) ?? new Map<string, number>();
      hits.set(f.id, (hits.get(f.id) ?? 0) + 1);
      out.set(key, hits);
    }
  }
  return out;
}

/** One frame in one sentence. */
interface SentenceFrame {
  strength: number;
  /** The sentence's class is this frame's, and the frame has cues in the sentence. */
  carried: boolean;
  /** The sentence's row and the frame's class (its index among the outputs): its evidence, made only where shown. */
  row: Features;
  output: number;
}

/**
 * Every class is scored, and the sentence carries the most probable (first output on ties) of the
 * classes it has cues for and the no-frame class: the layer weighs the lexicon's candidates against
 * each other and against "no frame", so every frame it marks points to a cue in the sentence. Within
 * a class the frame with the most cues takes the class probability as its strength, and each other
 * frame of the class a share in proportion to its cues; a frame without cues in the sentence has 0.
 */
function decideSentence(p: Prepared, row: Features, hits: ReadonlyMap<string, number>): Map<string, SentenceFrame> {
  const count = (m: string): number => hits.get(m) ?? 0;
  const probability = probabilities(p.layer, row);
  let best = -1;
  p.outputs.forEach(({ members }, i) => {
    const candidate = members.length === 0 || members.some((m) => count(m) > 0);
    if (candidate && (best < 0 || probability[i]! > probability[best]!)) best = i;
  });
  const out = new Map<string, SentenceFrame>();
  p.outputs.forEach(({ members }, i) => {
    const most = Math.max(0, ...members.map(count));
    for (const m of members) {
      const share = most > 0 ? count(m) / most : 0;
      out.set(m, { strength: probability[i]! * share, carried: i === best && share > 0, row, output: i });
    }
  });
  return out;
}

// The article's sentences are decided for their part and again for the whole article: once is enough
// for the same sentence, model and cue matches.
const decided = new WeakMap<readonly Token[], { p: Prepared; hits: string; frames: Map<string, SentenceFrame> }>();

function sentenceFrames(p: Prepared, tokens: readonly Token[], hits: ReadonlyMap<string, number>): Map<string, SentenceFrame> {
  const key = [...hits].join(';');
  const earlier = decided.get(tokens);
  if (earlier?.p === p && earlier.hits === key) return earlier.frames;
  const frames = decideSentence(p, policyRow(tokens, hits, p.idf), hits);
  decided.set(tokens, { p, hits: key, frames });
  return frames;
}

/** The layer's top contributions to the frame's class in its sentence. */
function evidenceOf(p: Prepared, frame: SentenceFrame): FeatureContribution[] {
  const { output, fit } = p.outputs[frame.output]!;
  return decide(output, fit, frame.row, EVIDENCE).evidence;
}

/**
 * Presence of the 15 policy frames in the segments read together, in catalog order. A frame is
 * present when at least `needed` sentences carry it (one in a text of up to SHORT_TEXT sentences,
 * two in a longer one, so a single stray sentence does not mark an article); its strength is the
 * needed-th highest sentence strength, so a text ranks high only when that many sentences carry the
 * frame strongly. Evidence: the layer's top contributions in the frame's strongest sentence.
 * `policy.other` has no class of its own (FrAC's "other" also means "no frame") and is never present.
 */
export function policyPresence(segments: Segment[], frames: FrameScore[], model: LinearModelFile = POLICY_MODEL): FramePresence[] {
  const p = prepare(model);
  const hitsAt = hitsBySentence(frames);
  const sentences: Array<{ part: Part; sentence: number; frames: Map<string, SentenceFrame> }> = [];
  for (const seg of segments) {
    for (const s of seg.sentences) {
      if (s.tokens.length === 0) continue;
      const hits = hitsAt.get(`${seg.part}:${s.index}`) ?? new Map<string, number>();
      sentences.push({ part: seg.part, sentence: s.index, frames: sentenceFrames(p, s.tokens, hits) });
    }
  }
  const needed = sentences.length <= SHORT_TEXT ? 1 : 2;
  return policyIds.map((id): FramePresence => {
    const carriers: Array<{ part: Part; sentence: number }> = [];
    const strengths: number[] = [];
    // The first of the strongest, in reading order.
    let strongest: SentenceFrame | undefined;
    for (const s of sentences) {
      const f = s.frames.get(id);
      if (!f) continue;
      strengths.push(f.strength);
      if (f.carried) carriers.push({ part: s.part, sentence: s.sentence });
      if (!strongest || f.strength > strongest.strength) strongest = f;
    }
    strengths.sort((a, b) => b - a);
    return {
      id,
      family: 'policy',
      present: carriers.length >= needed,
      strength: round(strengths[needed - 1] ?? 0),
      evidence: strongest && strongest.strength > 0 ? evidenceOf(p, strongest) : [],
      sentences: carriers,
    };
  });
}

/** The class a frame belongs to in the layer (FrAC's numbering), the no-frame class for null or a frame outside every class. */
export function policyClass(frame: string | null, model: LinearModelFile = POLICY_MODEL): string {
  const p = prepare(model);
  return (frame && p.classOf.get(frame)) ?? p.noFrame;
}
