// The one record that flows through the stages: load → clean → analyze → compare → report.
// `StoryReport` is written as report.json (the source of truth); the HTML is rendered from it alone.

import type { DiagnosticCode } from './diagnostics.ts';
import type { CorpusSettings } from './settings/settings-schema.ts';

export const SCHEMA_VERSION = 2;

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
  /** The id of the rule behind each modifier, in the same order (`negation`, `contrast-before`, …). */
  rules: SentimentRule[];
  span: Span;
  /** Inside quotation marks: a quoted speaker's words, not the outlet's. */
  quoted: boolean;
}

/** The rules that reweigh a rated word, by id. */
export type SentimentRule =
  | 'excess'
  | 'negation'
  | 'negation-unbound'
  | 'intensifier'
  | 'dampener'
  | 'hedge'
  | 'contrast-before'
  | 'contrast-after'
  | 'concession-clause'
  | 'concession-main'
  | 'negativity'
  | 'news-lexicon'
  | 'vader-lexicon'
  | 'quotation';

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

/** One feature's push on a trained decision: weight × value (a word stem `w:…`, a cue count `cue:…`). */
export interface FeatureContribution {
  feature: string;
  contribution: number;
}

/** Whether a frame is present, the way human coders record it, and how strongly (issue 13). */
export interface FramePresence {
  id: string;
  family: FrameFamily;
  present: boolean;
  /** 0..1: orders texts by how strongly they carry the frame (the trained layer's probability; a generic frame's is calibrated, so it reads as the chance coders would mark it). */
  strength: number;
  /** The features that decided it, strongest first, and the sentences whose cues fed them. */
  evidence: FeatureContribution[];
  sentences: Array<{ part: Part; sentence: number }>;
}

export interface PartScores {
  tokens: number;
  sentiment: SentimentScore;
  frames: FrameScore[];
  /** Presence and strength of every catalog frame, in catalog order. */
  presence: FramePresence[];
  /** The strongest present frame of each family, null when none is present. */
  top: { policy: string | null; generic: string | null };
  /** Frame ids, strongest first, per family. */
  dominant: { policy: string[]; generic: string[] };
}

export interface SentenceSentiment {
  part: Part;
  sentence: number;
  /** Sum of the sentence's hit weights. */
  score: number;
  /** `score` squashed into −1…1 (score / √(score² + 15), as VADER's compound): comparable across sentences, unlike the article's per-token `comparative`. */
  normalised: number;
}

// ---------- actors, voices, language ----------

export type ActorKind = 'person' | 'organisation' | 'country' | 'place' | 'other';

/** An actor a story's story.json lists: always reported, with the names it goes by. */
export interface ListedActor {
  name: string;
  aliases?: string[];
  kind?: ActorKind;
}

/** Sentiment toward an actor in one sentence, from the target scorer. */
export interface ActorSentimentEvidence {
  span: Span;
  /** Target score in the sentence (negative: portrayed badly). */
  score: number;
  polarity: -1 | 0 | 1;
  /** The contributions that decided the polarity, each with the rules that shaped it. */
  cues: string[];
  /** Set on outlet level: the article the sentence is in. */
  article?: string;
}

export interface ActorSentiment {
  /** Mean target score over the sentences that mention the actor. */
  mean: number;
  /** Sentences scored. */
  n: number;
  /** Non-neutral sentences, strongest first. */
  evidence: ActorSentimentEvidence[];
}

/** How an actor is described: an appositive ("a senior director at …"), a title or an adjective before the name. */
export interface ActorDescriptor {
  text: string;
  kind: 'appositive' | 'title' | 'adjective';
  span: Span;
  /** Set on outlet level: the article the descriptor is in. */
  article?: string;
}

export type StanceLabel = 'negative' | 'neutral' | 'positive';

/** How an article portrays an actor, from the sentences that name or refer to it. */
export interface ActorStance {
  label: StanceLabel;
  /** Negative: portrayed badly; the aggregate of the sentence-level target scores. */
  score: number;
  /** Sentences that decided it. */
  n: number;
  evidence: ActorSentimentEvidence[];
}

export interface ArticleActor {
  /** Canonical name ("China", "Michael Steele"). */
  name: string;
  kind: ActorKind;
  /** The forms the article uses for the actor, most frequent first ("Beijing", "Chinese", "CNSA"). */
  aliases: string[];
  /** Listed in story.json `actors`: always reported. */
  listed: boolean;
  mentions: number;
  /** Share of the article's sentences (headline and body) that mention the actor. */
  sentenceShare: number;
  /** The first mention; null for a listed actor the article does not mention. */
  first: Span | null;
  /** Every mention, in text order. */
  spans: Span[];
  sentiment: ActorSentiment;
  stance: ActorStance;
  descriptors: ActorDescriptor[];
}

export interface OutletActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  listed: boolean;
  mentions: number;
  /** Articles of the outlet that mention the actor. */
  articles: number;
  /** Mean over the outlet's articles (0 where the actor is not mentioned). */
  sentenceShare: number;
  sentiment: ActorSentiment;
  /** Mean article stance score with its interval (articles that name the actor), and the label it gives. */
  stance: Interval & { label: StanceLabel };
  descriptors: ActorDescriptor[];
}

/** Who a speaker is, as far as the text tells: officials (government, agencies, their spokespeople), experts (researchers, analysts, think tanks), organisations and media speaking as such, or others. */
export type SpeakerCategory = 'official' | 'expert' | 'organisation' | 'media' | 'other' | 'unknown';

export interface Quote {
  /** Canonical actor name of the speaker, or null when the text does not say who speaks. */
  speaker: string | null;
  /** The speaker's role or affiliation as the text gives it ("a senior director at …"). */
  role: string | null;
  category: SpeakerCategory;
  /** The attribution verb or phrase ("said", "warned", "according to"), a framing cue. */
  verb: string | null;
  /** Direct quotation (within quotation marks) or indirect speech. */
  direct: boolean;
  /** The quoted or reported words. */
  text: string;
  span: Span;
  words: number;
}

export interface ArticleVoices {
  quotes: Quote[];
  /** Share of the body's words that are inside direct quotations. */
  quotedShare: number;
}

export interface SpeakerSummary {
  name: string;
  category: SpeakerCategory;
  role: string | null;
  quotes: number;
  /** Words quoted directly. */
  words: number;
  /** Attribution verbs used for the speaker, with counts. */
  verbs: Record<string, number>;
  articles: string[];
}

export interface OutletVoices {
  speakers: SpeakerSummary[];
  /** Quoted words per speaker category. */
  categories: Partial<Record<SpeakerCategory, number>>;
  /** Attribution verbs over all the outlet's quotes, with counts. */
  verbs: Record<string, number>;
  /** Share of the outlet's body words that are direct quotation. */
  quotedShare: number;
}

export type LanguageKind = 'loaded' | 'intensifier' | 'hedge';

export interface LanguageHit {
  cue: string;
  kind: LanguageKind;
  span: Span;
}

export interface LanguageRate {
  count: number;
  /** Per 1,000 words. */
  rate: number;
  /** The cues found, most frequent first. */
  examples: Array<{ cue: string; count: number }>;
}

export interface LanguageProfile {
  words: number;
  loaded: LanguageRate;
  intensifier: LanguageRate;
  hedge: LanguageRate;
}

export interface ArticleLanguage extends LanguageProfile {
  hits: LanguageHit[];
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

/** The language an article is written in (ISO 639-3, as franc gives it). */
export interface ArticleLanguageId {
  code: string;
  name: string;
  /** Scored with the English lexicons: English, or too short to tell. */
  scored: boolean;
}

export interface ArticleReport {
  id: string;
  file: string;
  kind: InputKind;
  /** SHA-256 of the input file's bytes (of the page, for a fetched snapshot): tells a changed article from an unchanged one between runs. */
  sha256: string;
  outlet: OutletRef;
  title: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
  lang: ArticleLanguageId;
  /** Clean body text: blocks separated by blank lines. */
  text: string;
  blocks: Array<{ kind: BlockKind; start: number; end: number }>;
  sentences: { headline: Sentence[]; body: Sentence[] };
  sentenceSentiment: SentenceSentiment[];
  removed: RemovedBlock[];
  comments: Comment[];
  scores: { headline: PartScores; body: PartScores; whole: PartScores };
  actors: ArticleActor[];
  voices: ArticleVoices;
  language: ArticleLanguage;
}

// ---------- compare ----------

/**
 * A per-outlet figure with its uncertainty: a 95% percentile-bootstrap interval over the outlet's
 * articles, or over its sentences where it has a single article (`over: 'sentences'`).
 */
export interface Interval {
  n: number;
  estimate: number;
  low: number;
  high: number;
  over: 'articles' | 'sentences';
}

/** An outlet difference unlikely to be chance, after correction for every comparison made. */
export interface Difference {
  /** What is compared: "sentiment", "frame:generic.conflict", "stance:China", "quotedShare". */
  measure: string;
  label: string;
  /** The outlet that scores higher, and the one it is compared with. */
  higher: string;
  lower: string;
  /** higher's estimate − lower's, in the measure's unit. */
  effect: number;
  /** 95% bootstrap interval of the effect. */
  low: number;
  high: number;
  /** Two-sided permutation p, and after Holm's correction over all outlets × measures tested. */
  p: number;
  pAdjusted: number;
  /** Articles behind each side. */
  n: { higher: number; lower: number };
}

/** How the differences were tested, so a reader can redo it. */
export interface DifferenceTest {
  method: string;
  /** Comparisons made (the family Holm's correction runs over). */
  comparisons: number;
  /** Outlet pairs × measures left untested: a side has fewer than two articles, or too few for any p below alpha. */
  untested: number;
  alpha: number;
  seed: number;
  resamples: number;
}

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
  /** Per frame id, the share of the outlet's articles where the frame is present, with its interval (a generic frame's: the mean of its calibrated strength, chancePresent). */
  presence: Record<string, Interval>;
  /** Mean comparative sentiment with its interval. */
  sentimentInterval: Interval;
  /** Mean share of quoted words with its interval. */
  quotedShareInterval: Interval;
  dominant: { policy: string[]; generic: string[] };
  distinctive: DistinctiveWord[];
  actors: OutletActor[];
  voices: OutletVoices;
  language: LanguageProfile;
  /** Articles counted under this outlet because they repost one of its articles verbatim. */
  reposts: string[];
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
  /** Its opening (data/reuse.json `excerpt`), with an ellipsis when cut; the offsets give the whole. */
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

/** One sentence of a claim. */
export interface ClaimMember {
  article: string;
  outlet: string;
  part: Part;
  sentence: number;
  /** Offsets into the article's part text. */
  start: number;
  end: number;
  /** Similarity to the claim's shown sentence (1 for the shown sentence itself). */
  similarity: number;
}

/** The same fact told by one or more outlets: a cluster of similar sentences. */
export interface Claim {
  id: string;
  /** The member sentence most like the others, shown as the claim's text. */
  text: string;
  /** Outlets that make the claim, in comparison order. */
  outlets: string[];
  members: ClaimMember[];
  /** Stems, numbers and actors the members share: why they were put together. */
  shared: string[];
}

export interface ClaimCoverage {
  /** Claims made by two or more outlets (most outlets first), then claims only one outlet makes. */
  claims: Claim[];
  /** Ids of the story's core: claims made by at least half the outlets (and at least two). */
  core: string[];
  /** Per outlet: the core claims it leaves out, and the claims only it makes. */
  outlets: Array<{ name: string; omits: string[]; only: string[] }>;
}

export interface Comparison {
  outlets: OutletComparison[];
  pairs: PairDistance[];
  mostAlike: PairDistance | null;
  mostDifferent: PairDistance | null;
  /** Passages shared between articles, strongest first. */
  reuse: ReuseLink[];
  claims: ClaimCoverage;
  /** Outlet differences unlikely to be chance, largest effect first; empty when none passes. */
  differences: Difference[];
  test: DifferenceTest;
  /** Findings in words, each a tested difference (or the one saying there is none), then the rest of the picture. */
  findings: string[];
  summary: string;
}

// ---------- report ----------

export interface Diagnostic {
  level: 'error' | 'warning';
  /** What went wrong, from one closed list (src/diagnostics.ts), which fixes the level and the stage. */
  code: DiagnosticCode;
  stage: 'load' | 'clean' | 'analyze' | 'compare' | 'report';
  /** File relative to the story folder, or the story folder itself ("."). */
  file: string;
  /** Where in the file, when the problem has a place: a 1-based line. */
  place?: { line: number };
  message: string;
}

export interface FrameInfo {
  id: string;
  label: string;
  family: FrameFamily;
  description: string;
}

/** One article in the story's index: what the story page lists, and where its full record and page are. */
export interface ArticleEntry {
  id: string;
  file: string;
  /** The article's full record (an ArticleRecord) and its page, relative to the story's report folder. */
  record: string;
  page: string;
  sha256: string;
  outlet: OutletRef;
  title: string | null;
  url: string | null;
  published: string | null;
  lang: ArticleLanguageId;
  /** Tokens of headline and body. */
  tokens: number;
  /** Whole-text comparative sentiment. */
  sentiment: number;
  top: { policy: string | null; generic: string | null };
}

/** What a story's report was made with beyond its frames and test, so that its page renders from it alone. */
export interface ReportSettings {
  /** A claim is the story's core when at least this share of the outlets make it (and at least two). */
  claimsCoreShare: number;
  /** The shortest passage, in words, counted as shared between two articles. */
  reuseMinWords: number;
  /** Where the loaded-language, intensifier and hedge lists come from. */
  languageSources: Record<LanguageKind, string>;
  /** sha256 of the data tables the report was made with (cache/fingerprint.ts). */
  tables: string;
}

export interface StoryReport {
  schemaVersion: typeof SCHEMA_VERSION;
  generator: { name: 'framelens'; version: string };
  story: { id: string; title: string; generatedAt?: string };
  settings: ReportSettings;
  /** The frames scored, in display order, so the report explains itself. */
  frames: FrameInfo[];
  /** The index of the story's articles, in file order; each full record is a file of its own. */
  articles: ArticleEntry[];
  comparison: Comparison;
  diagnostics: Diagnostic[];
}

/** `articles/<id>.json`: one article's full record, with what its page needs to stand alone. */
export interface ArticleRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  generator: { name: 'framelens'; version: string };
  story: { id: string; title: string };
  frames: FrameInfo[];
  article: ArticleReport;
}

// ---------- corpus ----------

/** One article of the corpus, as articles.csv has it (a story's report and the article's record, reduced). */
export interface CorpusArticleRow {
  story: string;
  article: string;
  file: string;
  /** The outlet the article is counted under in its story's comparison. */
  outlet: string;
  /** Where the article reprints another outlet's article verbatim, that outlet (the story counts it there); else null. */
  original_outlet: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  lang: string;
  words: number;
  sentiment: number;
  /** 95% bootstrap interval of the sentiment over the article's sentences. */
  sentiment_lo: number;
  sentiment_hi: number;
}

export interface CorpusFrameRow {
  story: string;
  article: string;
  outlet: string;
  frame: string;
  family: FrameFamily;
  present: boolean;
  strength: number;
}

export interface CorpusActorRow {
  story: string;
  article: string;
  outlet: string;
  actor: string;
  kind: ActorKind;
  mentions: number;
  stance: StanceLabel;
  stance_score: number;
}

export interface CorpusVoiceRow {
  story: string;
  article: string;
  outlet: string;
  speaker: string | null;
  kind: SpeakerCategory;
  role: string | null;
  /** The attribution verb used most for the speaker in the article (first in text order on a tie). */
  verb: string | null;
  quotes: number;
  /** Words the article attributes to the speaker, quoted directly or reported. */
  words: number;
}

export interface CorpusClaimRow {
  story: string;
  claim: string;
  outlet: string;
  article: string;
  sentence: string;
  text: string;
}

/**
 * What the corpus needs of one story, read once from its report and records and kept in the cache
 * while the report is unchanged: the tidy rows, and per article the measures only the corpus pools.
 */
export interface StoryDigest {
  story: { id: string; title: string };
  /** The report it was made from (size and modification time of report.json), so a changed report is read again. */
  source: string;
  frames: FrameInfo[];
  articles: CorpusArticleRow[];
  /**
   * Per article (in `articles` order): whether its outlet is known (an unknown outlet is one article,
   * not an outlet to pool), the share of body words in direct quotation, and words voiced by speaker
   * kind; for an article alone in its outlet, its intervals by corpus measure: over its sentences,
   * those its story's comparison gives the outlet (`quotedShare`, `frame:<id>`, `stance:<actor>`),
   * and over its quotes, its shares of voiced words (`voices:<kind>`, with two quotes or more).
   */
  pooling: Array<{ known: boolean; quotedShare: number; byKind: Partial<Record<SpeakerCategory, number>>; lone?: Record<string, { low: number; high: number }> }>;
  frameRows: CorpusFrameRow[];
  actorRows: CorpusActorRow[];
  voiceRows: CorpusVoiceRow[];
  claimRows: CorpusClaimRow[];
}

/** A story's digest with which of its articles the filters keep. */
export interface KeptStory {
  digest: StoryDigest;
  kept: readonly boolean[];
}

/** A pooled per-outlet figure over the corpus, with the interval of a bootstrap over stories (over articles where the outlet covered one story). */
export interface PooledFigure {
  measure: string;
  label: string;
  value: number;
  low: number;
  high: number;
  articles: number;
  stories: number;
  /** What the interval resamples: the outlet's stories, its articles in its one story, or its one article's sentences (as its story's report gives them) or, for the shares of voiced words, its quotes. */
  over: 'stories' | 'articles' | 'sentences' | 'quotes';
}

export type { CorpusSettings };

/** The filters a corpus was made with. */
export interface CorpusFilters {
  since: string | null;
  until: string | null;
  outlets: string[];
  stories: string[];
}

/** A story left out of the corpus figures, or only partly in them, and why. */
export interface CorpusExclusion {
  story: string;
  reason: 'failed' | 'filtered' | 'no-report';
  detail: string;
  /** The story's own page, when it has one of this version. */
  href: string | null;
}

/** An outlet difference across stories unlikely to be chance: compared within the stories both covered. */
export interface CorpusDifference extends Difference {
  /** Stories both outlets covered: the comparison's units. */
  stories: number;
}

/** `reports/corpus.json`: every story's outlets compared across the corpus. */
export interface CorpusReport {
  schemaVersion: typeof SCHEMA_VERSION;
  generator: { name: 'framelens'; version: string };
  filters: CorpusFilters;
  /** What the corpus was pooled and shown with (data/corpus.json without its notes). */
  settings: CorpusSettings;
  stories: Array<{ id: string; title: string; articles: number; outlets: number; errors: number; href: string }>;
  /** Per outlet, articles in each story (story id → count), and totals. */
  coverage: Array<{ outlet: string; articles: number; stories: number; byStory: Record<string, number> }>;
  /** `tested`: compared between outlets (stances toward actors past the `maxActors` most named are figures only). */
  measures: Array<{ id: string; label: string; unit: 'share' | 'score'; tested: boolean }>;
  outlets: Array<{ name: string; articles: number; stories: number; figures: PooledFigure[] }>;
  /** Per frame, outlets from most to least often carrying it (outlets with at least `minArticles`). */
  rankings: Array<{ frame: string; label: string; outlets: Array<{ outlet: string; value: number; low: number; high: number; articles: number }> }>;
  differences: CorpusDifference[];
  test: DifferenceTest;
  findings: string[];
  excluded: CorpusExclusion[];
  /** Articles left out by the date and outlet filters, and those without a date when a date filter is set. */
  filteredArticles: number;
}
