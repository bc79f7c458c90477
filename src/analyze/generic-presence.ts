// Generic frame presence at article level, the way Semetko & Valkenburg's coders record it: for each
// of the five generic frames whether the article carries it and how strongly, from a linear layer
// trained on human-labelled articles (data/models/generic-frames.json) over the article's words
// (TF-IDF), the cue lexicon's counts, the shares of sentences carrying each frame (by the lexicon and
// by the policy layer) and a few named cues of the codebook's indicator questions.
// Every decision lists the features that moved it and the sentences they came from.
import { frameCatalog } from './frames.ts';
import { policyPresence } from './policy-presence.ts';
import { cueFeatures, wordTerms } from './frame-features.ts';
import { WORD_PREFIX } from '../learn/feature-names.ts';
import { quoteRanges } from './sentiment-quotation.ts';
import { decide, outputFit, type LinearModelFile } from '../learn/linear-model.ts';
import { tfidf } from '../learn/tfidf.ts';
import type { Features } from '../learn/logistic.ts';
import type { FramePresence, FrameScore, Segment } from '../types.ts';
import { table } from '../settings/tables.ts';

export const GENERIC_MODEL: LinearModelFile = table('models/generic-frames');

/** Feature name of a general text cue (not a word, not a lexicon count). */
export const TEXT_PREFIX = 'x:';

// The text cues, each standing in for one of the codebook's indicator questions.
const MONEY = /[$€£¥]\s?\d|\b\d[\d.,]*\s?(?:million|billion|trillion|bn|m)\b/giu;
const AGE = /\b\d{1,3}[- ]years?[- ]old\b/giu;
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', "i'm", "i've", "i'd", "i'll", 'we', 'us', 'our', "we're", "we've"]);
const OBLIGATION = new Set(['should', 'must', 'ought', 'need', 'needs', 'shall']);

/**
 * General cues of the indicator questions, damped like the cue counts:
 * - `x:money`: sums of money and amounts in millions or more (economic: "are costs or the size of an
 *   expense mentioned?");
 * - `x:ages`: a person's age, "82-year-old" (human interest: "does it give the issue a human face?");
 * - `x:first-person`: first-person words per 100 tokens (human interest: personal accounts, quoted);
 * - `x:obligation`: should/must/need per 100 tokens (morality: "does it prescribe how people should
 *   behave?"; responsibility: "does it say the problem needs urgent action?");
 * - `x:quoted`: share of the text inside quotation marks (conflict: sides speaking for themselves);
 * - `x:length`: ln(1 + tokens) / 7, about 1 for a 1,000-token article (long pieces take up more
 *   aspects of the issue).
 */
export function textFeatures(segments: readonly Segment[]): Features {
  let tokens = 0;
  let firstPerson = 0;
  let obligation = 0;
  let money = 0;
  let ages = 0;
  let quoted = 0;
  let chars = 0;
  for (const seg of segments) {
    money += seg.text.match(MONEY)?.length ?? 0;
    ages += seg.text.match(AGE)?.length ?? 0;
    quoted += quoteRanges(seg.text).reduce((n, [a, b]) => n + b - a, 0);
    chars += seg.text.length;
    for (const s of seg.sentences) {
      tokens += s.tokens.length;
      for (const t of s.tokens) {
        if (FIRST_PERSON.has(t.norm)) firstPerson++;
        else if (OBLIGATION.has(t.norm)) obligation++;
      }
    }
  }
  const per100 = (k: number): number => (tokens ? Math.log1p((100 * k) / tokens) : 0);
  const out: Features = new Map();
  const put = (name: string, v: number): void => {
    if (v !== 0) out.set(TEXT_PREFIX + name, v);
  };
  put('money', Math.log1p(money));
  put('ages', Math.log1p(ages));
  put('first-person', per100(firstPerson));
  put('obligation', per100(obligation));
  put('quoted', chars ? quoted / chars : 0);
  put('length', Math.log1p(tokens) / 7);
  return out;
}

/** Word stems of the segments, for TF-IDF. */
export function segmentTerms(segments: readonly Segment[]): string[] {
  return segments.flatMap((seg) => seg.sentences.flatMap((s) => wordTerms(s.tokens)));
}

/** Feature name of the share of sentences carrying a frame's cues (both lexicons). */
export const SENTENCE_PREFIX = 's:';
/** Feature name of the share of sentences the policy layer gives a policy frame. */
export const POLICY_PREFIX = 'p:';

/**
 * How widely the article carries each frame, as shares of its sentences: `s:<frame>` the sentences
 * with the frame's cues, `p:<policy frame>` the sentences the policy layer (trained on FrAC) gives
 * that frame. A frame that runs through the article differs from one mentioned once, which counts
 * alone do not show; and the policy layer's policy-prescription and political sentences stand in for
 * the responsibility questions ("can some level of government ease the problem?", "are solutions
 * put forward?").
 */
export function sentenceShares(segments: Segment[], frames: FrameScore[], policy: FramePresence[] = policyPresence(segments, frames)): Features {
  const n = segments.reduce((k, seg) => k + seg.sentences.filter((s) => s.tokens.length > 0).length, 0);
  const out: Features = new Map();
  if (n === 0) return out;
  for (const f of frames) if (f.sentences.length) out.set(SENTENCE_PREFIX + f.id, f.sentences.length / n);
  for (const p of policy) if (p.sentences.length) out.set(POLICY_PREFIX + p.id, p.sentences.length / n);
  return out;
}

/**
 * The features that do not depend on the fitted idf: the lexicon's cue counts, sentence shares and
 * the text cues. `policy` is the policy layer's presence, when the caller has it already.
 */
export function countFeatures(segments: Segment[], frames: FrameScore[], policy?: FramePresence[]): Features {
  return new Map([...cueFeatures(frames), ...sentenceShares(segments, frames, policy), ...textFeatures(segments)]);
}

/** The row the layer reads: TF-IDF of the words, then the cue counts and text cues. */
export function genericRow(terms: readonly string[], counts: Features, idf: ReadonlyMap<string, number>): Features {
  const row = tfidf(terms, idf, WORD_PREFIX);
  for (const [name, v] of counts) row.set(name, v);
  return row;
}

const GENERIC_IDS = frameCatalog()
  .filter((f) => f.family === 'generic')
  .map((f) => f.id);

/** Per model file, its fits and idf read once. */
const prepared = new WeakMap<LinearModelFile, { idf: Map<string, number>; fits: Map<string, ReturnType<typeof outputFit>> }>();

function prepare(model: LinearModelFile) {
  let p = prepared.get(model);
  if (!p) {
    p = { idf: new Map(Object.entries(model.idf ?? {})), fits: new Map(model.outputs.map((o) => [o.id, outputFit(o)])) };
    prepared.set(model, p);
  }
  return p;
}

/** Where each word stem occurs, so a word's evidence can point at its sentences. */
function sentencesOfStems(segments: readonly Segment[]): Map<string, FramePresence['sentences']> {
  const out = new Map<string, FramePresence['sentences']>();
  for (const seg of segments) {
    for (const s of seg.sentences) {
      for (const stem of new Set(wordTerms(s.tokens))) {
        const list = out.get(stem) ?? [];
        list.push({ part: seg.part, sentence: s.index });
        out.set(stem, list);
      }
    }
  }
  return out;
}

/**
 * The five generic frames in catalog order: present, strength (the layer's probability) and the
 * features that decided it. `sentences` are those holding the frame's own cue matches and the
 * words that pushed the decision towards the frame, in text order.
 */
export function genericPresence(segments: Segment[], frames: FrameScore[], model: LinearModelFile = GENERIC_MODEL, policy?: FramePresence[]): FramePresence[] {
  const { idf, fits } = prepare(model);
  const row = genericRow(segmentTerms(segments), countFeatures(segments, frames, policy), idf);
  const stemSentences = sentencesOfStems(segments);
  const partOrder = new Map(segments.map((s, i) => [s.part, i]));
  return GENERIC_IDS.map((id) => {
    const output = model.outputs.find((o) => o.id === id);
    if (!output) throw new Error(`${model.name}: no output for ${id}`);
    const decision = decide(output, fits.get(id)!, row);
    const found = new Map<string, FramePresence['sentences'][number]>();
    const add = (s: FramePresence['sentences'][number]): void => {
      found.set(`${s.part}:${s.sentence}`, s);
    };
    for (const s of frames.find((f) => f.id === id)?.sentences ?? []) add(s);
    for (const { feature, contribution } of decision.evidence) {
      if (contribution > 0 && feature.startsWith(WORD_PREFIX)) for (const s of stemSentences.get(feature.slice(WORD_PREFIX.length)) ?? []) add(s);
    }
    const sentences = [...found.values()].sort((a, b) => partOrder.get(a.part)! - partOrder.get(b.part)! || a.sentence - b.sentence);
    return { id, family: 'generic', present: decision.present, strength: decision.probability, evidence: decision.evidence, sentences };
  });
}
