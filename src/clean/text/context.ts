// The state the text cleaner's passes share: one label per line, decided by the first pass that claims it.
import { features, hasStoplist, isBodyLike, type LineFeatures } from './features.ts';
import type { Line } from './lines.ts';

export type LineClass = 'title' | 'body' | 'heading' | 'chrome' | 'comment';

export interface Label {
  cls: LineClass;
  rule: string;
}

/** What a line said about the article's provenance, with the rule that read it. */
export interface TextClue {
  kind: 'author' | 'published' | 'outlet' | 'source' | 'forum';
  value: string;
  evidence: string;
  rule: string;
  /** From a page-title line ("Headline | Site | date"): its headline, which must be the article's for the clue to hold. */
  headline?: string;
}

export interface ForumPanel {
  /** Index of the panel's first and last line. */
  start: number;
  end: number;
  user: string;
}

export interface CleanContext {
  lines: Line[];
  feats: LineFeatures[];
  good: boolean[];
  /** The page's language is covered by the stop-word list (see hasStoplist). */
  stoplist: boolean;
  labels: Array<Label | undefined>;
  clues: TextClue[];
  panels: ForumPanel[];
  titleIndex: number;
}

export function createContext(lines: Line[]): CleanContext {
  const feats = lines.map((l) => features(l.text));
  const stoplist = hasStoplist(feats);
  return {
    lines,
    feats,
    good: feats.map((f) => isBodyLike(f, stoplist)),
    stoplist,
    labels: new Array<Label | undefined>(lines.length),
    clues: [],
    panels: [],
    titleIndex: -1,
  };
}

export function label(ctx: CleanContext, i: number, cls: LineClass, rule: string): void {
  ctx.labels[i] ??= { cls, rule };
}

/** Index of the first unlabelled body-like line after `from`, or the line count. */
export function firstGood(ctx: CleanContext, from = 0): number {
  for (let i = from; i < ctx.lines.length; i++) if (!ctx.labels[i] && ctx.good[i]) return i;
  return ctx.lines.length;
}

/** A line's prose mass in words; without a stop list, letters stand in for words (scripts without spaces). */
export function proseWeight(ctx: CleanContext, i: number, charsPerWord: number): number {
  const f = ctx.feats[i]!;
  return ctx.stoplist ? f.words : Math.max(f.words, f.chars / charsPerWord);
}
