// The settings framelens runs with, the thresholds and limits in data/limits.json, fetch.json,
// distribute.json, claims.json, reuse.json, pairs.json, uncertainty.json, corpus.json and
// compare.json, defined once: the JSON Schema that checks a file and the TypeScript type the code
// sees both come from this definition, so they cannot drift apart. The notes beside each value (why,
// reason, …Why, and each file's source and licence) are allowed but are not part of the settings.
import { Type, type Static, type TObject, type TProperties } from '@sinclair/typebox';

/** The keys of notes: allowed beside any setting, and left out of the settings as loaded. */
export const NOTE_KEY = '^(why|reason|source|licence)$|Why$';

const NOTES = { [NOTE_KEY]: Type.String() };

/** An object of exactly these settings, and notes. */
const Part = <T extends TProperties>(properties: T): TObject<T> => Type.Object(properties, { additionalProperties: false, patternProperties: NOTES });

const Count = (minimum = 1) => Type.Integer({ minimum });
const Ms = () => Type.Integer({ minimum: 0 });
const Share = () => Type.Number({ minimum: 0, maximum: 1 });
const Positive = () => Type.Number({ exclusiveMinimum: 0 });

const Limits = Part({
  file: Part({ maxBytes: Part({ text: Count(), html: Count() }) }),
  gzip: Part({ maxInflatedBytes: Count() }),
  text: Part({ maxLines: Count() }),
  html: Part({ maxDepth: Count() }),
  sentences: Part({ few: Count(0) }),
  pool: Part({ minArticles: Count(), restArticles: Count(), jobsPerProcess: Count(), writesInFlight: Count() }),
  heap: Part({ collectAfterGrowthBytes: Count(0) }),
});

const Fetch = Part({
  userAgent: Part({ product: Type.String({ pattern: '^[A-Za-z0-9_-]+$' }), homepage: Type.String({ minLength: 1 }) }),
  timeouts: Part({ responseMs: Count(), totalMs: Count() }),
  size: Part({ maxBytes: Count() }),
  redirects: Part({ max: Count(0) }),
  retries: Part({ attempts: Count(0), baseMs: Ms(), maxDelayMs: Ms(), statuses: Type.Array(Type.Integer({ minimum: 100, maximum: 599 })) }),
  politeness: Part({ hostDelayMs: Ms(), maxCrawlDelayMs: Ms(), concurrency: Count() }),
  contentTypes: Part({ allowed: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }) }),
  robots: Part({ maxBytes: Count() }),
});

const Distribute = Part({
  queue: Part({ name: Type.String({ pattern: '^[A-Za-z0-9_-]+$' }) }),
  inFlight: Part({ articles: Count() }),
  worker: Part({ jobsPerProcess: Count() }),
  locks: Part({ durationMs: Count(), stalledCheckMs: Count(), maxStalledCount: Count(0) }),
  attempts: Part({ perArticle: Count() }),
  connect: Part({ timeoutMs: Count() }),
  results: Part({ eventsKept: Count(), sweepMs: Count(), keepHours: Positive() }),
});

const Claims = Part({
  fragment: Part({ minFeatures: Count() }),
  weights: Part({ stem: Positive(), number: Positive(), actor: Positive() }),
  link: Part({ similarity: Share() }),
  commonFeature: Part({ maxClaims: Count() }),
  shared: Part({ max: Count() }),
  core: Part({ share: Share(), minOutlets: Count() }),
});

const Reuse = Part({
  shingle: Part({ words: Count() }),
  passage: Part({ minWords: Count() }),
  repost: Part({ containment: Share() }),
  excerpt: Part({ maxChars: Count() }),
  commonShingle: Part({ maxArticles: Count(2) }),
});

const Pairs = Part({
  allPairs: Part({ maxOutlets: Count(2) }),
  extremes: Part({ listed: Count() }),
});

const Uncertainty = Part({
  alpha: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }),
  seed: Type.Integer(),
  /** Bootstrap resamples per interval. */
  resamples: Count(),
  /** Permutations per comparison (all of them when there are fewer), and the most a large family may ask for. */
  permutations: Count(),
  maxPermutations: Count(),
  /** Exceedances after which a permutation test stops (Besag–Clifford). */
  stopAfter: Count(),
  /** Articles on the smaller side from which the permutation distribution is taken as normal. */
  normalFrom: Count(),
  /** Articles each side needs to be tested. */
  minArticles: Count(),
  /** Outlets tested at most: those with the most articles. */
  maxOutlets: Count(2),
});

const Corpus = Part({
  /** Stories that must name an actor for the stance toward it to be pooled. */
  actorMinStories: Count(),
  /** Actors whose stance is tested between outlets and shown on the page: those the most stories name. */
  maxActors: Count(0),
  /** Outlets the page's tables show (most articles first), and stories the coverage table shows. */
  maxOutletRows: Count(),
  maxStoryColumns: Count(),
});

const Compare = Part({
  /** Distinctive words: the prior's weight as a share of the story's content words, the least z kept, and how many per outlet. */
  distinctive: Part({ priorShare: Positive(), minZ: Type.Number(), limit: Count() }),
  /** Dominant frames: present in at least `share` of an outlet's articles, at most `max` per family. */
  dominant: Part({ share: Share(), max: Count() }),
});

/** Each settings file of data/, by the name it has there. */
export const SETTINGS_FILES = {
  limits: Limits,
  fetch: Fetch,
  distribute: Distribute,
  claims: Claims,
  reuse: Reuse,
  pairs: Pairs,
  uncertainty: Uncertainty,
  corpus: Corpus,
  compare: Compare,
} as const;

export type Limits = Static<typeof Limits>;
export type FetchTable = Static<typeof Fetch>;
export type DistributeSettings = Static<typeof Distribute>;
export type ClaimSettings = Static<typeof Claims>;
export type ReuseSettings = Static<typeof Reuse>;
export type PairSettings = Static<typeof Pairs>;
export type UncertaintySettings = Static<typeof Uncertainty>;
export type CorpusSettings = Static<typeof Corpus>;
export type DistinctiveSettings = Static<typeof Compare>['distinctive'];

export type Settings = { [K in keyof typeof SETTINGS_FILES]: Static<(typeof SETTINGS_FILES)[K]> };

/** What the compare stage needs of them. */
export type CompareSettings = Pick<Settings, 'claims' | 'reuse' | 'pairs' | 'uncertainty' | 'compare'>;

/** What a corpus report needs of them. */
export type CorpusRunSettings = Pick<Settings, 'uncertainty' | 'corpus'>;
