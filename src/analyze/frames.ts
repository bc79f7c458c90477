// Scores framing by counting lexical cues for the Policy Frames Codebook dimensions and the
// Semetko & Valkenburg generic news frames. Each hit keeps its span, so every score can be checked.
import { phraseAt, scanPhrases } from '../text/phrases.ts';
import { tokenize } from '../text/segment.ts';
import { round } from '../round.ts';
import type { FrameFamily, FrameHit, FrameInfo, FrameScore, Part, Segment, Token } from '../types.ts';
import { table } from '../settings/tables.ts';

const policyData = table('frames/policy-frames');
const genericData = table('frames/generic-frames');

interface FrameEntry {
  id: string;
  label: string;
  description: string;
  cues: { words: string[]; phrases: string[]; forms?: string[] };
  exclude?: string[];
  context?: Array<{ cues: string[]; unlessNear: string[]; window: number }>;
}

/** Words that, within `window` tokens of the cue in the same sentence, show it is used in another sense. */
interface Veto {
  stems: Set<string>;
  window: number;
}

interface Cue {
  /** Index into the catalog. */
  frame: number;
  text: string;
  keys: string[];
  /** Compared on the word as written (lower-cased), for cues whose stem takes in unrelated words. */
  byNorm: boolean;
  /** The frame's exclusions that contain this cue, each with the cue's token offset inside it. */
  exclusions: Array<{ exclusion: Exclusion; offset: number }>;
  vetoes: Veto[];
}

/** A phrase inside which the frame's cues do not count. */
interface Exclusion {
  byNorm: boolean;
  keys: string[];
  stems: string[];
}

interface Family {
  /** Candidate cues by their first stem, longest first, then catalog order: the first that fits wins. */
  byFirst: Map<string, Cue[]>;
}

function cueTokens(cue: string, frameId: string): Token[] {
  const tokens = tokenize(cue);
  if (tokens.length === 0) throw new Error(`frame ${frameId}: empty cue "${cue}"`);
  return tokens;
}

/** Where `part` occurs inside `whole`, as token offsets. */
function offsetsOf(part: string[], whole: string[]): number[] {
  const found: number[] = [];
  for (let o = 0; o + part.length <= whole.length; o++) {
    if (part.every((p, k) => whole[o + k] === p)) found.push(o);
  }
  return found;
}

const catalog: FrameInfo[] = [];

function loadFamily(name: FrameFamily, entries: FrameEntry[]): Family {
  const byFirst = new Map<string, Cue[]>();
  for (const entry of entries) {
    const frame = catalog.length;
    catalog.push({ id: entry.id, label: entry.label, family: name, description: entry.description });
    // A one-word exclusion shares its stem with the cue ("morale"/"moral"), so it is compared on the word itself.
    const exclusions: Exclusion[] = (entry.exclude ?? []).map((text) => {
      const tokens = cueTokens(text, entry.id);
      const stems = tokens.map((t) => t.stem);
      return tokens.length === 1 ? { byNorm: true, keys: [tokens[0]!.norm], stems } : { byNorm: false, keys: stems, stems };
    });
    const unused = new Set(exclusions);
    const vetoes = new Map<string, Veto[]>();
    for (const rule of entry.context ?? []) {
      const veto = { stems: new Set(rule.unlessNear.map((w) => cueTokens(w, entry.id)[0]!.stem)), window: rule.window };
      for (const cue of rule.cues) vetoes.set(cue, [...(vetoes.get(cue) ?? []), veto]);
    }
    const add = (text: string, phrase: boolean, byNorm: boolean): void => {
      const tokens = cueTokens(text, entry.id);
      if (phrase !== tokens.length > 1) {
        throw new Error(`frame ${entry.id}: "${text}" is listed as a ${phrase ? 'phrase' : 'word'}`);
      }
      const stems = tokens.map((t) => t.stem);
      // Matched exclusions are found once here, so scanning only tries the few that can apply.
      const inside = exclusions.flatMap((exclusion) => offsetsOf(stems, exclusion.stems).map((offset) => ({ exclusion, offset })));
      for (const { exclusion } of inside) unused.delete(exclusion);
      // Indexed by stem even when compared on the word, so one lookup per token finds every candidate.
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ frame, text, keys: byNorm ? tokens.map((t) => t.norm) : stems, byNorm, exclusions: inside, vetoes: vetoes.get(text) ?? [] });
      byFirst.set(stems[0]!, list);
      vetoes.delete(text);
    };
    for (const word of entry.cues.words) add(word, false, false);
    for (const phrase of entry.cues.phrases) add(phrase, true, false);
    for (const form of entry.cues.forms ?? []) add(form, false, true);
    if (vetoes.size) throw new Error(`frame ${entry.id}: context names unknown cues ${[...vetoes.keys()].join(', ')}`);
    if (unused.size) {
      const texts = [...unused].map((e) => e.keys.join(' '));
      throw new Error(`frame ${entry.id}: exclusions that contain none of its cues: ${texts.join(', ')}`);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length || a.frame - b.frame);
  return { byFirst };
}

const families: Family[] = [loadFamily('policy', policyData.frames as FrameEntry[]), loadFamily('generic', genericData.frames as FrameEntry[])];

/** One sentence as the scan reads it. */
interface Scan {
  text: string;
  tokens: Token[];
}

/** Whether the cue at token `at` lies inside an occurrence of one of its frame's exclusions. */
function excluded(scan: Scan, at: number, cue: Cue): boolean {
  return cue.exclusions.some(({ exclusion, offset }) => phraseAt(scan.text, scan.tokens, at - offset, exclusion));
}

/** Whether a veto word of the cue stands within its window of tokens [from, to). */
function vetoed(scan: Scan, from: number, to: number, cue: Cue): boolean {
  for (const { stems, window } of cue.vetoes) {
    const last = Math.min(scan.tokens.length, to + window);
    for (let j = Math.max(0, from - window); j < last; j++) {
      if ((j < from || j >= to) && stems.has(scan.tokens[j]!.stem)) return true;
    }
  }
  return false;
}

/** Greedy left-to-right scan: at each token the longest fitting cue of the family consumes its tokens. */
function scanSentence(family: Family, scan: Scan, part: Part, sentence: number, evidence: FrameHit[][]): void {
  const accept = (c: Cue, i: number): boolean => !excluded(scan, i, c) && !vetoed(scan, i, i + c.keys.length, c);
  for (const { cue, at } of scanPhrases(family.byFirst, scan.text, scan.tokens, accept)) {
    const start = scan.tokens[at]!.start;
    const end = scan.tokens[at + cue.keys.length - 1]!.end;
    evidence[cue.frame]!.push({ cue: cue.text, span: { part, sentence, start, end } });
  }
}

/** The frames scored: the 15 policy frames, then the 5 generic frames, each in its source's order. */
export function frameCatalog(): FrameInfo[] {
  return catalog.map((f) => ({ ...f }));
}

/** Scores the segments together; one score per catalog frame, in catalog order. */
export function scoreFrames(segments: Segment[]): FrameScore[] {
  const evidence: FrameHit[][] = catalog.map(() => []);
  let tokenCount = 0;
  for (const seg of segments) {
    for (const sentence of seg.sentences) {
      const scan: Scan = { text: seg.text, tokens: sentence.tokens };
      tokenCount += scan.tokens.length;
      for (const family of families) scanSentence(family, scan, seg.part, sentence.index, evidence);
    }
  }
  return summarize(evidence, tokenCount);
}

/**
 * The scores of several parts taken together (headline + body = whole), without scanning again:
 * each part's evidence is already in text order, and the parts are given in order.
 */
export function mergeFrames(parts: FrameScore[][], tokenCount: number): FrameScore[] {
  return summarize(
    catalog.map((_, i) => parts.flatMap((p) => p[i]!.evidence)),
    tokenCount,
  );
}

function summarize(evidence: FrameHit[][], tokenCount: number): FrameScore[] {
  const familyTotals = new Map<FrameFamily, number>();
  catalog.forEach((f, i) => familyTotals.set(f.family, (familyTotals.get(f.family) ?? 0) + evidence[i]!.length));
  return catalog.map((f, i) => {
    const hits = evidence[i]!;
    const total = familyTotals.get(f.family)!;
    const seen = new Set<string>();
    const sentences: FrameScore['sentences'] = [];
    for (const { span } of hits) {
      const key = `${span.part}:${span.sentence}`;
      if (!seen.has(key)) {
        seen.add(key);
        sentences.push({ part: span.part, sentence: span.sentence });
      }
    }
    return {
      id: f.id,
      label: f.label,
      family: f.family,
      hits: hits.length,
      rate: tokenCount ? round((hits.length * 1000) / tokenCount) : 0,
      share: total ? round(hits.length / total) : 0,
      sentences,
      evidence: hits,
    };
  });
}
