// The data tables framelens scores with (lexicons, cue lists, chrome patterns, the trained layers'
// weights), defined once: the JSON Schema that checks each file of data/ and the TypeScript type the
// code reads it as both come from these definitions. Notes beside the entries (why, reason, …Why)
// are allowed everywhere; every table says where it comes from (source, licence), or for a trained
// layer, its data's.
import { Type, type Static, type TObject, type TProperties } from '@sinclair/typebox';
import { LinearModelSchema } from '../learn/linear-model.ts';

const NOTES = { '^(why|reason)$|Why$|^why[A-Z]': Type.String() };

/** An object of exactly these entries, and notes. */
const Table = <T extends TProperties>(properties: T): TObject<T> => Type.Object(properties, { additionalProperties: false, patternProperties: NOTES });

/** A table file: its entries, with its source and licence. */
const Sourced = <T extends TProperties>(properties: T) => Table({ source: Type.String({ minLength: 1 }), licence: Type.String({ minLength: 1 }), ...properties });

const Words = () => Type.Array(Type.String());

const abbreviations = Sourced({
  abbreviations: Words(),
});

const stopwords = Sourced({
  words: Words(),
});

const outlets = Sourced({
  notes: Type.String(),
  sourceLineReach: Type.Integer({ minimum: 1 }),
  outlets: Type.Array(
    Table({
      name: Type.String(),
      aliases: Words(),
      domains: Words(),
    }),
  ),
});

const forumChrome = Sourced({
  notes: Table({
    engines: Type.String(),
    selectors: Type.String(),
  }),
  engines: Type.Array(
    Table({
      name: Type.String(),
      body: Type.String(),
      post: Type.String(),
      author: Type.Optional(Words()),
      authorAttr: Type.Optional(Type.String()),
      requires: Type.Optional(Type.String()),
      minPosts: Type.Optional(Type.Number()),
      distinctPosts: Type.Optional(Type.Boolean()),
    }),
  ),
  postChrome: Table({
    quote: Type.String(),
    signature: Type.String(),
    edited: Type.String(),
    reactions: Type.String(),
  }),
  limits: Table({
    minWords: Type.Number(),
    maxAuthorChars: Type.Number(),
    minCopyWords: Type.Number(),
  }),
  declared: Table({
    jsonLdTypes: Words(),
    microdata: Type.String(),
    generators: Words(),
    summary: Words(),
    emptyPageWords: Type.Number(),
  }),
  repeatedSiblings: Table({
    minItems: Type.Number(),
    minAuthoredShare: Type.Number(),
    minAverageWords: Type.Number(),
    maxLinkShare: Type.Number(),
    maxAuthorWords: Type.Number(),
    authorKey: Type.String(),
    authorAttributes: Words(),
    profileHref: Type.String(),
    bodyKey: Type.String(),
    bodyShare: Type.Number(),
    namedBodyShare: Type.Number(),
    containerTags: Words(),
    maxBodyDepth: Type.Number(),
  }),
});

const htmlChrome = Sourced({
  notes: Table({
    classKey: Type.String(),
    rules: Type.String(),
  }),
  invisibleTags: Words(),
  dropTags: Type.Record(Type.String(), Type.String()),
  keptInsideArticle: Words(),
  dropRoles: Words(),
  hiddenStyle: Type.String(),
  classExemptTags: Words(),
  protectedClass: Type.String(),
  classOverridesTag: Words(),
  enginePrefixes: Type.String(),
  maxIdWords: Type.Number(),
  chromeClasses: Type.Record(Type.String(), Type.String()),
  rescue: Table({
    tags: Words(),
    minChars: Type.Number(),
    minLongParagraphs: Type.Number(),
    longParagraphChars: Type.Number(),
    maxLinkDensity: Type.Number(),
    proseParagraphChars: Type.Number(),
    minProseChars: Type.Number(),
    pageProseShare: Type.Number(),
  }),
  teaserList: Table({
    minArticles: Type.Number(),
  }),
  comments: Table({
    sectionIds: Words(),
    sectionClasses: Words(),
    itemClasses: Words(),
    itemId: Type.String(),
    itemtypeContains: Type.String(),
    authorClasses: Words(),
    authorItemprops: Words(),
    authorSuffix: Type.String(),
    maxAuthorChars: Type.Integer({ minimum: 1 }),
  }),
  blockTags: Words(),
  headingTags: Words(),
  paragraphTags: Words(),
  tableCellTags: Words(),
  lineBreakTags: Words(),
  lineBreakClass: Type.String(),
  scoring: Table({
    scoredTags: Words(),
    minParagraphChars: Type.Number(),
    charsPerPoint: Type.Number(),
    maxLengthPoints: Type.Number(),
    ancestorLevels: Type.Number(),
    tagBonus: Type.Record(Type.String(), Type.Number()),
    hintWeight: Type.Number(),
    positiveHints: Type.String(),
    negativeHints: Type.String(),
    topCandidates: Type.Number(),
    alternativeRatio: Type.Number(),
    alternativeMin: Type.Number(),
    climbFloorRatio: Type.Number(),
    proseMinChars: Type.Number(),
    proseMaxLinkDensity: Type.Number(),
    widen: Table({
      coverRatio: Type.Number(),
      maxExtraLinkDensity: Type.Number(),
    }),
    siblingMinScore: Type.Number(),
    siblingRatio: Type.Number(),
    siblingSameClassBonus: Type.Number(),
    siblingClassOverlap: Type.Number(),
    siblingProseChars: Type.Number(),
    siblingParagraphChars: Type.Number(),
    siblingParagraphLinkDensity: Type.Number(),
  }),
  articleBody: Table({
    minChars: Type.Number(),
    probeChars: Type.Number(),
    minBlockChars: Type.Number(),
    presentRatio: Type.Number(),
    confirmRatio: Type.Number(),
    completeRatio: Type.Number(),
    minPickShare: Type.Number(),
    maxPickShare: Type.Number(),
    fallbackRatio: Type.Number(),
  }),
  blockFilter: Table({
    maxLinkDensity: Type.Number(),
    amidText: Table({
      maxLinkDensity: Type.Number(),
      teaserPrefix: Type.String(),
      minCapitalsLetters: Type.Number(),
      maxCapitalsShare: Type.Number(),
    }),
    looseMinWords: Type.Number(),
    phraseMaxWords: Type.Number(),
    boilerplatePhrases: Words(),
    boilerplatePrefix: Type.String(),
    bylinePattern: Type.String(),
    bylineMaxWords: Type.Number(),
    datelinePattern: Type.String(),
    fieldPattern: Type.String(),
    fieldMaxWords: Type.Number(),
  }),
  title: Table({
    separators: Type.String(),
    maxSuffixWords: Type.Number(),
    minTitleWords: Type.Number(),
    visible: Table({
      maxCandidates: Type.Number(),
      minWords: Type.Number(),
      maxChars: Type.Number(),
      minOverlap: Type.Number(),
      minShared: Type.Number(),
      logoDepth: Type.Number(),
      logoClass: Type.String(),
    }),
  }),
  metadata: Table({
    authorMetaNames: Words(),
    publishedMetaNames: Words(),
    bylineSelector: Type.String(),
    dateSelector: Type.String(),
    maxDateCandidates: Type.Number(),
    headlineBlockLevels: Type.Number(),
    headlineMetaMaxChars: Type.Number(),
    headlineReach: Type.Number(),
    maxAuthorChars: Type.Number(),
    maxAuthorWords: Type.Number(),
    maxLinkNameWords: Type.Number(),
    maxSiteNameWords: Type.Number(),
    notNameWords: Words(),
    notBylineAreas: Type.String(),
    bylinePrefix: Type.String(),
    authorLinkPath: Type.String(),
  }),
  jsonLd: Table({
    articleTypes: Words(),
    websiteTypes: Words(),
    organizationTypes: Words(),
    maxNodes: Type.Number(),
    maxAuthors: Type.Number(),
  }),
  limits: Table({
    removedTextChars: Type.Number(),
    maxRemoved: Type.Number(),
  }),
});

const chromePatterns = Sourced({
  notes: Type.String(),
  lineRules: Type.Array(
    Table({
      rule: Type.String(),
      description: Type.String(),
      patterns: Words(),
      startsList: Type.Optional(Type.Boolean()),
      meta: Type.Optional(Type.String()),
      partial: Type.Optional(Type.Boolean()),
    }),
  ),
  forum: Table({
    description: Type.String(),
    memberTitles: Type.String(),
    profileFields: Type.String(),
    counter: Type.String(),
    usernameMaxWords: Type.Number(),
    panelLookBehind: Type.Number(),
  }),
  dates: Table({
    description: Type.String(),
    patterns: Words(),
  }),
  classifier: Table({
    description: Type.String(),
    goodMinWords: Type.Number(),
    goodMinStopwordDensity: Type.Number(),
    sentenceMinWords: Type.Number(),
    sentenceMinStopwordDensity: Type.Number(),
    headingMaxWords: Type.Number(),
    titleMinWords: Type.Number(),
    titleMaxWords: Type.Number(),
    promoMinWords: Type.Number(),
    promoMinCapitalisedShare: Type.Number(),
    captionMaxWords: Type.Number(),
    creditMaxWords: Type.Number(),
    unwrapMinChars: Type.Number(),
    listItemMaxWords: Type.Number(),
    nearGoodMinWords: Type.Number(),
    listItemMinWords: Type.Number(),
    repeatMinChars: Type.Number(),
    repeatMinWords: Type.Number(),
    flattenedMinLines: Type.Number(),
    stoplistProbeMinChars: Type.Number(),
    stoplistMinPageDensity: Type.Number(),
    goodMinChars: Type.Number(),
    cjkCharWeight: Type.Number(),
    sentenceMinChars: Type.Number(),
  }),
  commentSection: Table({
    description: Type.String(),
    starts: Words(),
    headers: Words(),
    minArticleWords: Type.Number(),
  }),
  articleRun: Table({
    description: Type.String(),
    chromePenalty: Type.Number(),
    chromeWordCost: Type.Number(),
    charsPerWord: Type.Number(),
    keepShare: Type.Number(),
    isolatedShare: Type.Number(),
  }),
  captureMaxWords: Type.Integer({ minimum: 1 }),
  captionOpeners: Type.String(),
});

const actors = Sourced({
  countries: Table({
    aliases: Type.Record(Type.String(), Words()),
    extra: Words(),
    skipCapitals: Words(),
    skipNames: Words(),
    ambiguousDemonyms: Type.String(),
  }),
  places: Table({
    names: Words(),
  }),
  bodies: Table({
    official: Words(),
    names: Type.Record(Type.String(), Words()),
  }),
  media: Table({
    names: Words(),
  }),
  titles: Table({
    person: Words(),
    suffixes: Words(),
    honorifics: Words(),
    leading: Words(),
    references: Words(),
  }),
  roleNouns: Table({
    official: Words(),
    expert: Words(),
    media: Words(),
  }),
  keywords: Table({
    organisation: Words(),
    other: Words(),
    place: Words(),
    placeFirst: Words(),
    regionFirst: Words(),
    surnamePrefixes: Words(),
    surnameParticles: Words(),
  }),
  connectors: Table({
    words: Words(),
    particles: Words(),
    conjunctions: Words(),
  }),
  notNames: Table({
    words: Words(),
    dates: Words(),
    contractions: Words(),
  }),
  titleCase: Table({
    minorWords: Words(),
  }),
});

const descriptors = Sourced({
  appositive: Table({
    starts: Words(),
    stops: Words(),
    maxWords: Type.Number(),
  }),
  role: Table({
    qualifiers: Words(),
    stops: Words(),
    maxWords: Type.Number(),
  }),
  adjective: Table({
    suffixes: Words(),
    notTags: Words(),
  }),
});

const targetSentiment = Sourced({
  neutralBand: Table({
    below: Type.Number(),
    above: Type.Number(),
  }),
  positive: Table({
    factor: Type.Number(),
  }),
  clause: Table({
    other: Type.Number(),
  }),
  clauseBreaks: Table({
    chars: Words(),
    words: Words(),
    afterComma: Words(),
  }),
  decay: Table({
    perToken: Type.Number(),
    floor: Type.Number(),
  }),
  roles: Table({
    patient: Type.Number(),
    agentNegative: Type.Number(),
    agentPositive: Type.Number(),
  }),
  passive: Table({
    auxiliaries: Words(),
    reach: Type.Number(),
  }),
  attached: Table({
    factor: Type.Number(),
    determiners: Words(),
  }),
  attribution: Table({
    verbs: Words(),
    speaker: Type.Number(),
  }),
  negation: Table({
    window: Type.Number(),
    factor: Type.Number(),
  }),
  evidence: Table({
    max: Type.Number(),
  }),
});

const newsWords = Sourced({
  verbs: Type.Array(
    Table({
      word: Type.String(),
      value: Type.Number(),
      reason: Type.String({ minLength: 1 }),
    }),
  ),
  terms: Type.Array(
    Table({
      word: Type.String(),
      value: Type.Number(),
      reason: Type.String({ minLength: 1 }),
    }),
  ),
});

const voices = Sourced({
  verbs: Table({
    neutral: Words(),
    framing: Words(),
  }),
  between: Table({
    words: Words(),
    maxWords: Type.Number(),
  }),
  inverted: Table({
    verbs: Words(),
  }),
  told: Table({
    verbs: Words(),
    objects: Words(),
  }),
  pronouns: Table({
    person: Words(),
    group: Words(),
  }),
  definite: Table({
    nouns: Words(),
  }),
  quotes: Table({
    minWords: Type.Number(),
  }),
  continuation: Table({
    paragraphs: Type.Number(),
    minWords: Type.Number(),
  }),
});

const sentimentRules = Sourced({
  clauseBreaks: Table({
    chars: Words(),
  }),
  negation: Table({
    factor: Type.Number(),
    window: Type.Number(),
    unbound: Type.Number(),
    groups: Type.Array(
      Table({
        words: Words(),
      }),
    ),
    suffixes: Type.Array(
      Table({
        suffix: Type.String(),
      }),
    ),
    notBefore: Table({
      words: Words(),
    }),
  }),
  boosters: Type.Array(
    Table({
      kind: Type.String(),
      factor: Type.Number(),
      words: Words(),
    }),
  ),
  contrast: Table({
    shift: Table({
      before: Type.Number(),
      after: Type.Number(),
      words: Type.Array(
        Table({
          word: Type.String(),
          unlessAfter: Type.Optional(Words()),
          unlessBefore: Type.Optional(Words()),
        }),
      ),
    }),
    concession: Table({
      clause: Type.Number(),
      main: Type.Number(),
      words: Type.Array(
        Table({
          word: Type.String(),
          unlessAfter: Type.Optional(Words()),
        }),
      ),
    }),
  }),
  excess: Table({
    value: Type.Number(),
    words: Words(),
  }),
  hedges: Table({
    factor: Type.Number(),
    words: Words(),
  }),
  quotation: Table({
    weight: Type.Number(),
    pairs: Type.Array(
      Table({
        open: Type.String(),
        close: Type.String(),
      }),
    ),
    toggles: Words(),
  }),
  negativity: Table({
    factor: Type.Number(),
  }),
  vader: Table({
    skip: Type.Array(
      Table({
        words: Words(),
      }),
    ),
    licence: Type.String(),
  }),
  normalisation: Table({
    alpha: Type.Number(),
  }),
  polarity: Table({
    positive: Type.Number(),
    negative: Type.Number(),
  }),
  names: Table({
    phrases: Words(),
  }),
});

const sentimentNewsLexicon = Sourced({
  entries: Type.Array(
    Table({
      term: Type.String(),
      value: Type.Number({ minimum: -5, maximum: 5 }),
      reason: Type.String({ minLength: 1 }),
    }),
  ),
});

/** A lexicon of src/analyze/language.ts: loaded words, intensifiers or hedges (one shape for the three). */
const languageLexicon = Sourced({
  cite: Type.String(),
  compare: Type.Union([Type.Literal('stem'), Type.Literal('form')]),
  match: Type.String(),
  groups: Type.Array(
    Table({
      label: Type.String(),
      basis: Type.String(),
      terms: Words(),
      forms: Type.Optional(Words()),
    }),
  ),
  context: Type.Array(
    Table({
      cues: Words(),
      why: Type.String({ minLength: 1 }),
      lowerCaseOnly: Type.Optional(Type.Boolean()),
      unlessPrecededBy: Type.Optional(Words()),
      unlessFollowedBy: Type.Optional(Words()),
      onlyPrecededBy: Type.Optional(Words()),
      onlyFollowedBy: Type.Optional(Words()),
    }),
  ),
  excluded: Type.Optional(Type.Array(Table({ words: Words() }))),
});

const languageRules = Sourced({
  method: Type.String(),
  quotation: Table({ reason: Type.String({ minLength: 1 }) }),
  examples: Table({
    max: Type.Number(),
  }),
});

/** The cue lexicon of a frame family (src/analyze/frames.ts): policy frames or generic frames. */
const frameCues = Sourced({
  method: Type.String(),
  frames: Type.Array(
    Table({
      id: Type.String(),
      label: Type.String(),
      description: Type.String(),
      basis: Table({
        cites: Type.String(),
        points: Words(),
      }),
      cues: Table({
        words: Words(),
        phrases: Words(),
        forms: Type.Optional(Words()),
      }),
      examples: Words(),
      counterExamples: Type.Optional(Words()),
      exclude: Type.Optional(Words()),
      context: Type.Optional(
        Type.Array(
          Table({
            cues: Words(),
            unlessNear: Words(),
            window: Type.Number(),
          }),
        ),
      ),
    }),
  ),
});

const analysis = Sourced({
  languageDetection: Table({ minChars: Type.Integer({ minimum: 1 }), sampleChars: Type.Integer({ minimum: 1 }) }),
  framePresence: Table({ shortTextSentences: Type.Integer({ minimum: 1 }), evidence: Type.Integer({ minimum: 1 }), maxDominant: Type.Integer({ minimum: 1 }) }),
});

/** Each table of data/, by its path there without `.json`. */
export const TABLE_FILES = {
  analysis,
  abbreviations,
  stopwords,
  outlets,
  'forum-chrome': forumChrome,
  'html-chrome': htmlChrome,
  'chrome-patterns': chromePatterns,
  actors,
  descriptors,
  'target-sentiment': targetSentiment,
  'news-words': newsWords,
  voices,
  'sentiment-rules': sentimentRules,
  'sentiment-news-lexicon': sentimentNewsLexicon,
  'language/loaded': languageLexicon,
  'language/intensifiers': languageLexicon,
  'language/hedges': languageLexicon,
  'language/rules': languageRules,
  'frames/policy-frames': frameCues,
  'frames/generic-frames': frameCues,
  'models/policy-frames': LinearModelSchema,
  'models/generic-frames': LinearModelSchema,
  'models/target-sentiment': LinearModelSchema,
} as const;

export type TableName = keyof typeof TABLE_FILES;
export type Tables = { [K in TableName]: Static<(typeof TABLE_FILES)[K]> };
