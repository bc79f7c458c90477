// The one record that flows through the stages: load → clean → analyze → compare → report.
// `StoryReport` is written as report.json (the source of truth); the HTML is rendered from it alone.

export const SCHEMA_VERSION = 1;

/** Which part of an article a place refers to: offsets are into `title` (headline) or `text` (body). */
export type Part = 'headline' | 'body';

/** A place in an article, so every finding can be checked against the text. */
export interface Span {
  part: Part;
  /** Index into the part's sentences. */
  sentence: number;
  /** Character offsets into the part's full text (the article's `title` or `text`). */
  start: number;
  end: number;
}

// ---------- load ----------

export type InputKind = 'text' | 'markdown' | 'html';

/** Metadata given by the user (front matter or story.json); wins over what the page says. */
export interface GivenMeta {
  outlet?: string;
  url?: string;
  title?: string;
  published?: string;
  author?: string;
}

/** One input file, read and decoded, before cleaning. */
export interface LoadedArticle {
  /** Path relative to the story folder, with forward slashes: the article's stable id. */
  file: string;
  kind: InputKind;
  /** Decoded text without front matter (HTML source for `html`). */
  content: string;
  /** 1-based line in the file where `content` starts (after front matter). */
  firstLine: number;
  given: GivenMeta;
  sha256: string;
}

// ---------- clean ----------

export interface RemovedBlock {
  /** 1-based line in the source file (text inputs) or block index (HTML inputs). */
  line: number;
  text: string;
  /** Name of the rule that removed it: data/chrome-patterns.json (text) or data/html-chrome.json (HTML). */
  rule: string;
}

export interface Comment {
  author?: string;
  text: string;
  line?: number;
}

export type BlockKind = 'paragraph' | 'heading';

export interface Block {
  kind: BlockKind;
  text: string;
  /** 1-based source line or HTML block index. */
  line: number;
}

/** What the page or text itself says about its provenance; user metadata overrides it. */
export interface FoundMeta {
  title?: string;
  author?: string;
  published?: string;
  url?: string;
  siteName?: string;
  lang?: string;
  /** An outlet named by the text itself (masthead, "appeared originally on", a repost's source line). */
  outlet?: { name: string; evidence: string; rule: string };
  /** The text is a repost of `outlet`'s article somewhere else (a forum, an aggregator). */
  repost?: { on: string; evidence: string };
}

export interface CleanedArticle {
  title: string | null;
  blocks: Block[];
  removed: RemovedBlock[];
  comments: Comment[];
  found: FoundMeta;
}

// ---------- analyze ----------

export interface Token {
  text: string;
  /** Lower-cased, apostrophes normalised. */
  norm: string;
  stem: string;
  /** Offsets into the part's full text. */
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  /** Index of the paragraph (block) the sentence is in. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** A tokenised headline or body. */
export interface Segment {
  part: Part;
  text: string;
  sentences: Array<Sentence & { tokens: Token[] }>;
}

/** One word (or phrase) that moved a sentiment score. */
export interface SentimentHit {
  cue: string;
  /** Lexicon value before modifiers (AFINN-165, or the news-lexicon entry named in `modifiers`). */
  base: number;
  /** Contribution after negation, intensity and contrast weighting. */
  weight: number;
  /** Why `weight` differs from `base`, e.g. ["negated by 'not'", "but-clause ×0.5"]. */
  modifiers: string[];
  span: Span;
  /** Inside quotation marks: a quoted speaker's words, not the outlet's. */
  quoted: boolean;
}

export interface SentimentScore {
  /** Sum of hit weights. */
  score: number;
  /** Sum of the quoted hits' weights: the quoted speakers' part of `score`; the rest is the outlet's own voice. */
  quoted: number;
  /** score / tokens, the length-independent figure used for comparison. */
  comparative: number;
  tokens: number;
  hits: SentimentHit[];
}

export type FrameFamily = 'policy' | 'generic';

export interface FrameHit {
  cue: string;
  span: Span;
}

export interface FrameScore {
  id: string;
  label: string;
  family: FrameFamily;
  /** Number of cue matches. */
  hits: number;
  /** Matches per 1,000 tokens. */
  rate: number;
  /** This frame's share of the family's matches (0..1): the frame profile. */
  share: number;
  /** Sentences (indices, by part) that cue the frame. */
  sentences: Array<{ part: Part; sentence: number }>;
  evidence: FrameHit[];
}

export interface PartScores {
  tokens: number;
  sentiment: SentimentScore;
  frames: FrameScore[];
  /** Frame ids, strongest first, per family. */
  dominant: { policy: string[]; generic: string[] };
}

export interface SentenceSentiment {
  part: Part;
  sentence: number;
  score: number;
  comparative: number;
}

export interface OutletRef {
  /** Display name used to group articles; unknown outlets are `unknown (<file>)`. */
  name: string;
  known: boolean;
  /** Where the name came from: `metadata`, `text` (with the rule), or `unknown`. */
  source: 'metadata' | 'text' | 'unknown';
  evidence?: string;
  repost?: { on: string; evidence: string };
}

export interface ArticleReport {
  id: string;
  file: string;
  kind: InputKind;
  outlet: OutletRef;
  title: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
  /** Clean body text: blocks separated by blank lines. */
  text: string;
  blocks: Array<{ kind: BlockKind; start: number; end: number }>;
  sentences: { headline: Sentence[]; body: Sentence[] };
  sentenceSentiment: SentenceSentiment[];
  removed: RemovedBlock[];
  comments: Comment[];
  scores: { headline: PartScores; body: PartScores; whole: PartScores };
}

// ---------- compare ----------

export interface Stat {
  n: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
}

export interface DistinctiveWord {
  word: string;
  /** Count in this outlet's articles. */
  count: number;
  /** Count in the rest of the story. */
  restCount: number;
  logOdds: number;
  z: number;
}

export interface OutletComparison {
  name: string;
  known: boolean;
  articles: string[];
  /** Comparative sentiment of each article's whole text. */
  sentiment: Stat;
  /** Mean frame share per frame id, over the outlet's articles. */
  profile: Record<string, number>;
  dominant: { policy: string[]; generic: string[] };
  distinctive: DistinctiveWord[];
}

export interface PairDistance {
  a: string;
  b: string;
  /** Jensen–Shannon distance between the outlets' policy-frame profiles (0 = same, 1 = disjoint). */
  distance: number;
}

/** A passage two articles share word for word; offsets index each article's clean `text`. */
export interface ReusePassage {
  words: number;
  text: string;
  a: { start: number; end: number };
  b: { start: number; end: number };
}

/** Two articles that share passages; a repost when one is (nearly) contained in the other. */
export interface ReuseLink {
  a: string;
  b: string;
  /** Share of each article's 8-word shingles that occur in the other. */
  containment: { a: number; b: number };
  kind: 'repost' | 'shared passages';
  /**
   * For a repost, the article whose text is (nearly) all in the other. Which one copied cannot be
   * told from the text: a reprint may add lines (the original is contained) or cut them (the copy is).
   */
  contained?: string;
  words: number;
  passages: ReusePassage[];
}

export interface Comparison {
  outlets: OutletComparison[];
  pairs: PairDistance[];
  mostAlike: PairDistance | null;
  mostDifferent: PairDistance | null;
  /** Passages shared between articles, strongest first. */
  reuse: ReuseLink[];
  summary: string;
}

// ---------- report ----------

export interface Diagnostic {
  level: 'error' | 'warning';
  /** File relative to the story folder, or the story folder itself ("."). */
  file: string;
  stage: 'load' | 'clean' | 'analyze' | 'compare' | 'report';
  message: string;
}

export interface FrameInfo {
  id: string;
  label: string;
  family: FrameFamily;
  description: string;
}

export interface StoryReport {
  schemaVersion: typeof SCHEMA_VERSION;
  generator: { name: 'framelens'; version: string };
  story: { id: string; title: string; generatedAt?: string };
  /** The frames scored, in display order, so the report explains itself. */
  frames: FrameInfo[];
  articles: ArticleReport[];
  comparison: Comparison;
  diagnostics: Diagnostic[];
}
