// A small but complete StoryReport for tests: three outlets covering one local story, one of them
// unnamed and one a forum repost. Offsets are computed from the texts with the project's own
// segmenter, so every span points at the words it claims to; pair distances are the project's own too.
import { sha256 } from '../../src/hash.ts';
import { actorMentions, findActors } from '../../src/analyze/actors/find-actors.ts';
import { DEFAULT_GAZETTEER } from '../../src/analyze/actors/gazetteer.ts';
import { publicSentence } from '../../src/analyze/analyze-article.ts';
import { escapeRegExp } from '../../src/escape-regexp.ts';
import { tokenCount } from './empty-parts.ts';
import { detectLanguage } from '../../src/analyze/detect-language.ts';
import { scoreLanguage } from '../../src/analyze/language.ts';
import { segment } from '../../src/text/segment.ts';
import { findVoices } from '../../src/analyze/voices/find-voices.ts';
import { outletActors } from '../../src/compare/actors.ts';
import { articleClaimSentences, findClaims } from '../../src/compare/claims.ts';
import { outletLanguage } from '../../src/compare/language.ts';
import { outletVoices } from '../../src/compare/voices.ts';
import { findReuse } from '../../src/compare/reuse.ts';
import { comparePairs } from '../../src/compare/pairs.ts';
import { findingsOf, summarize } from '../../src/compare/summary.ts';
import { round } from '../../src/round.ts';
import { articleEntry, articleFiles } from '../../src/report/article-files.ts';
import { dominantFrom, topFrames } from '../../src/analyze/frame-presence.ts';
import { outletDominant } from '../../src/compare/profile.ts';
import { reportSettings } from '../../src/compare/report-settings.ts';
import { diagnostic } from '../../src/diagnostics.ts';
import { SETTINGS } from './settings.ts';
import {
  SCHEMA_VERSION,
  type ArticleEntry,
  type ArticleRecord,
  type ArticleReport,
  type BlockKind,
  type Comment,
  type Comparison,
  type DistinctiveWord,
  type FrameFamily,
  type FrameHit,
  type FrameInfo,
  type FramePresence,
  type InputKind,
  type Interval,
  type ActorSentiment,
  type ActorStance,
  type OutletComparison,
  type OutletRef,
  type Part,
  type PartScores,
  type RemovedBlock,
  type Segment,
  type SentenceSentiment,
  type SentimentHit,
  type Span,
  type StoryReport,
} from '../../src/types.ts';

export const FRAMES: FrameInfo[] = [
  { id: 'economic', label: 'Economic', family: 'policy', description: 'Costs, benefits and money: who pays and who gains.' },
  { id: 'capacity', label: 'Capacity and resources', family: 'policy', description: 'Whether there is enough: buses, lanes, staff, funding.' },
  { id: 'quality_of_life', label: 'Quality of life', family: 'policy', description: 'Effects on daily life: traffic, air, convenience.' },
  { id: 'public_opinion', label: 'Public opinion', family: 'policy', description: 'What residents and polls say.' },
  { id: 'political', label: 'Political', family: 'policy', description: 'Votes, parties, councillors and their manoeuvres.' },
  { id: 'conflict', label: 'Conflict', family: 'generic', description: 'Disagreement between people, groups or institutions.' },
  { id: 'human_interest', label: 'Human interest', family: 'generic', description: 'A human face or personal story.' },
  { id: 'responsibility', label: 'Responsibility', family: 'generic', description: 'Who caused the problem or should fix it.' },
];

/** A sentiment cue: `weight` defaults to `base`; `nth` picks a later occurrence of the cue. */
interface SentimentCue {
  part: Part;
  cue: string;
  base: number;
  weight?: number;
  modifiers?: string[];
  nth?: number;
}

interface FrameCue {
  part: Part;
  frame: string;
  cue: string;
  nth?: number;
}

interface ArticleDraft {
  file: string;
  kind: InputKind;
  outlet: OutletRef;
  title: string;
  url: string | null;
  published: string | null;
  author: string | null;
  blocks: Array<[BlockKind, string]>;
  removed: RemovedBlock[];
  comments: Comment[];
  sentiment: SentimentCue[];
  frames: FrameCue[];
}

/** Where the nth whole-word occurrence of `cue` is; throws so a typo in the sample fails loudly. */
function locate(seg: Segment, cue: string, nth = 0): Span {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(cue)}(?![\\p{L}\\p{N}])`, 'giu');
  const match = [...seg.text.matchAll(pattern)][nth];
  if (!match) throw new Error(`sample: "${cue}" #${nth} not in ${seg.part} "${seg.text}"`);
  const start = match.index;
  const end = start + cue.length;
  const sentence = seg.sentences.find((s) => s.start <= start && end <= s.end);
  if (!sentence) throw new Error(`sample: "${cue}" crosses a sentence boundary`);
  return { part: seg.part, sentence: sentence.index, start, end };
}

function partScores(segs: Segment[], hits: SentimentHit[], frameHits: Array<FrameHit & { frame: string }>): PartScores {
  const tokens = segs.reduce((n, s) => n + tokenCount(s), 0);
  const score = hits.reduce((sum, h) => sum + h.weight, 0);
  const familyTotal = (family: FrameFamily): number => frameHits.filter((h) => FRAMES.find((f) => f.id === h.frame)?.family === family).length;
  const frames = FRAMES.map((info) => {
    const evidence = frameHits.filter((h) => h.frame === info.id).map(({ cue, span }) => ({ cue, span }));
    const sentences = [...new Map(evidence.map((e) => [`${e.span.part}:${e.span.sentence}`, { part: e.span.part, sentence: e.span.sentence }])).values()];
    const total = familyTotal(info.family);
    return {
      id: info.id,
      label: info.label,
      family: info.family,
      hits: evidence.length,
      rate: tokens ? (evidence.length / tokens) * 1000 : 0,
      share: total ? evidence.length / total : 0,
      sentences,
      evidence,
    };
  });
  const presence = frames.map(presenceOf);
  return {
    tokens,
    sentiment: { score, quoted: hits.filter((h) => h.quoted).reduce((n, h) => n + h.weight, 0), comparative: tokens ? score / tokens : 0, tokens, hits },
    frames,
    presence,
    top: topFrames(presence),
    dominant: dominantFrom(presence),
  };
}

/** The sample's presence rule: a frame with a cue is present, more strongly the more cues it has. */
function presenceOf(f: PartScores['frames'][number]): FramePresence {
  const evidence = f.hits
    ? [
        { feature: `cue:${f.id}`, contribution: round(Math.log1p(f.hits), 2) },
        { feature: `w:${f.evidence[0]!.cue.split(' ')[0]!.toLowerCase()}`, contribution: 0.3 },
      ]
    : [];
  return { id: f.id, family: f.family, present: f.hits > 0, strength: round(1 - Math.exp(-f.hits), 3), evidence, sentences: f.sentences };
}

/** The sample's stance: the sign of the mean target sentiment, beyond ±0.5. */
function stanceFrom(sentiment: ActorSentiment): ActorStance {
  const label = sentiment.mean < -0.5 ? 'negative' : sentiment.mean > 0.5 ? 'positive' : 'neutral';
  return { label, score: sentiment.mean, n: sentiment.n, evidence: sentiment.evidence };
}

/** Sentences in an article: what its one-article intervals resample. */
const sentenceCount = (a: ArticleReport): number => a.sentences.headline.length + a.sentences.body.length;

/** Present in the outlet's one article; resampled sentences lose it when a single sentence carries it. */
function presenceInterval(p: FramePresence, n: number): Interval {
  const estimate = p.present ? 1 : 0;
  return { n, estimate, low: p.present && p.sentences.length > 1 ? 1 : 0, high: estimate, over: 'sentences' };
}

/** A single article's figure with an interval over its `n` sentences, as the compare stage gives it. */
function overSentences(n: number, estimate: number, spread: number, bounds: [number, number] = [-Infinity, Infinity]): Interval {
  const clip = (v: number): number => round(Math.min(bounds[1], Math.max(bounds[0], v)));
  return { n, estimate: round(estimate), low: clip(estimate - spread), high: clip(estimate + spread), over: 'sentences' };
}

function buildArticle(d: ArticleDraft): ArticleReport {
  const text = d.blocks.map(([, t]) => t).join('\n\n');
  let cursor = 0;
  const blocks = d.blocks.map(([kind, t]) => {
    const block = { kind, start: cursor, end: cursor + t.length };
    cursor = block.end + 2;
    return block;
  });
  const segs: Record<Part, Segment> = { headline: segment('headline', d.title), body: segment('body', text) };
  const hits: SentimentHit[] = d.sentiment.map((c) => ({
    cue: c.cue,
    base: c.base,
    weight: c.weight ?? c.base,
    modifiers: c.modifiers ?? [],
    rules: (c.modifiers ?? []).map((m) => (m.startsWith('negated') ? 'negation' : 'contrast-before')),
    span: locate(segs[c.part], c.cue, c.nth),
    quoted: false,
  }));
  const frameHits = d.frames.map((c) => ({ frame: c.frame, cue: c.cue, span: locate(segs[c.part], c.cue, c.nth) }));
  const partOnly = (part: Part) =>
    partScores(
      [segs[part]],
      hits.filter((h) => h.span.part === part),
      frameHits.filter((h) => h.span.part === part),
    );
  const sentenceSentiment: SentenceSentiment[] = (['headline', 'body'] as const).flatMap((part) =>
    segs[part].sentences.map((s) => {
      const score = hits.filter((h) => h.span.part === part && h.span.sentence === s.index).reduce((n, h) => n + h.weight, 0);
      return { part, sentence: s.index, score, normalised: score / Math.sqrt(score * score + 15) };
    }),
  );
  const parts = [segs.headline, segs.body];
  const mentions = actorMentions(parts, DEFAULT_GAZETTEER);
  const actors = findActors(parts, mentions, DEFAULT_GAZETTEER);
  return {
    id: d.file,
    file: d.file,
    kind: d.kind,
    sha256: sha256(text),
    outlet: d.outlet,
    title: d.title,
    url: d.url,
    published: d.published,
    author: d.author,
    lang: detectLanguage(d.title, text),
    text,
    blocks,
    sentences: { headline: segs.headline.sentences.map(publicSentence), body: segs.body.sentences.map(publicSentence) },
    sentenceSentiment,
    removed: d.removed,
    comments: d.comments,
    scores: {
      headline: partOnly('headline'),
      body: partOnly('body'),
      whole: partScores([segs.headline, segs.body], hits, frameHits),
    },
    actors: actors.map((a) => ({ ...a, stance: stanceFrom(a.sentiment) })),
    voices: findVoices(segs.body, mentions, actors),
    language: scoreLanguage(parts),
  };
}

const DRAFTS: ArticleDraft[] = [
  {
    file: 'metro-daily.html',
    kind: 'html',
    outlet: { name: 'Metro Daily', known: true, source: 'metadata' },
    title: 'Council approves congestion charge after tense vote',
    url: 'https://metrodaily.example/news/2024/03/12/congestion-charge',
    published: '2024-03-12',
    author: 'Dana Reyes',
    blocks: [
      ['paragraph', 'Riverside council approved a £5 daily congestion charge on Tuesday after a heated three-hour debate.'],
      [
        'paragraph',
        'Supporters said the charge would raise £12 million a year for buses and end the traffic chaos in the city centre. Council leader Amir Shah called it “a fair price for cleaner air”.',
      ],
      ['heading', 'What happens next'],
      ['paragraph', 'Opposition councillors called the plan unfair to families and warned it would hurt small shops. The charge starts in June and will be reviewed after a year.'],
    ],
    removed: [
      { line: 4, text: 'Advertisement', rule: 'ad-label' },
      { line: 11, text: 'Sign up for our morning newsletter', rule: 'newsletter-promo' },
    ],
    comments: [],
    sentiment: [
      { part: 'headline', cue: 'approves', base: 2 },
      { part: 'headline', cue: 'tense', base: -2 },
      { part: 'body', cue: 'approved', base: 2 },
      { part: 'body', cue: 'Supporters', base: 1 },
      { part: 'body', cue: 'chaos', base: -2 },
      { part: 'body', cue: 'fair', base: 2 },
      { part: 'body', cue: 'cleaner', base: 2 },
      { part: 'body', cue: 'unfair', base: -2 },
      { part: 'body', cue: 'warned', base: -2 },
      { part: 'body', cue: 'hurt', base: -2 },
    ],
    frames: [
      { part: 'headline', frame: 'economic', cue: 'congestion charge' },
      { part: 'headline', frame: 'political', cue: 'vote' },
      { part: 'headline', frame: 'conflict', cue: 'tense' },
      { part: 'body', frame: 'economic', cue: '£5 daily congestion charge' },
      { part: 'body', frame: 'conflict', cue: 'heated' },
      { part: 'body', frame: 'political', cue: 'debate' },
      { part: 'body', frame: 'economic', cue: '£12 million' },
      { part: 'body', frame: 'capacity', cue: 'buses' },
      { part: 'body', frame: 'quality_of_life', cue: 'traffic chaos' },
      { part: 'body', frame: 'political', cue: 'Council leader' },
      { part: 'body', frame: 'economic', cue: 'price' },
      { part: 'body', frame: 'quality_of_life', cue: 'cleaner air' },
      { part: 'body', frame: 'political', cue: 'Opposition councillors' },
      { part: 'body', frame: 'human_interest', cue: 'families' },
      { part: 'body', frame: 'conflict', cue: 'warned' },
      { part: 'body', frame: 'economic', cue: 'small shops' },
      { part: 'body', frame: 'responsibility', cue: 'will be reviewed' },
    ],
  },
  {
    file: 'notes/c-blog.txt',
    kind: 'text',
    outlet: { name: 'unknown (notes/c-blog.txt)', known: false, source: 'unknown' },
    title: 'Why the congestion charge is not fair',
    url: null,
    published: null,
    author: null,
    blocks: [
      ['paragraph', 'The new charge is not fair to the people who keep this city running.'],
      ['paragraph', 'Nurses and cleaners who start work at dawn will pay the most, but the council barely listened to them.'],
      ['paragraph', 'Maria, a carer from Northside, told me the charge would cost her £100 a month. She is angry, and she is not alone.'],
    ],
    removed: [
      { line: 2, text: 'Share this post', rule: 'share-buttons' },
      { line: 12, text: 'Posted in Local Politics | 3 comments', rule: 'category-line' },
    ],
    comments: [{ author: 'jk_77', text: 'Totally agree, this is a tax on workers.', line: 14 }],
    sentiment: [
      { part: 'headline', cue: 'fair', base: 2, weight: -2, modifiers: ["negated by 'not'"] },
      { part: 'body', cue: 'fair', base: 2, weight: -2, modifiers: ["negated by 'not'"] },
      { part: 'body', cue: 'pay', base: -1, weight: -0.5, modifiers: ["before 'but' ×0.5"] },
      { part: 'body', cue: 'angry', base: -3 },
      { part: 'body', cue: 'alone', base: -2, weight: 2, modifiers: ["negated by 'not'"] },
    ],
    frames: [
      { part: 'headline', frame: 'economic', cue: 'congestion charge' },
      { part: 'body', frame: 'economic', cue: 'charge' },
      { part: 'body', frame: 'human_interest', cue: 'Nurses' },
      { part: 'body', frame: 'economic', cue: 'pay' },
      { part: 'body', frame: 'responsibility', cue: 'the council barely listened' },
      { part: 'body', frame: 'human_interest', cue: 'a carer' },
      { part: 'body', frame: 'economic', cue: '£100 a month' },
      { part: 'body', frame: 'human_interest', cue: 'She is angry' },
    ],
  },
  {
    file: 'forum-repost.md',
    kind: 'markdown',
    outlet: {
      name: 'Harbor Tribune',
      known: true,
      source: 'text',
      evidence: 'Originally published by the Harbor Tribune',
      repost: { on: 'CityForum', evidence: 'Posted to CityForum by t_walsh' },
    },
    title: 'Congestion charge: what it means for commuters',
    url: 'https://cityforum.example/t/congestion-charge/4412',
    published: '2024-03-13',
    author: null,
    blocks: [
      ['paragraph', 'The council says the charge will fund 40 new electric buses and better cycle lanes.'],
      ['paragraph', 'A poll last month found 58% of residents support the idea, while businesses fear losing customers.'],
      ['paragraph', 'Commuters who drive in from outside the city will bear most of the cost.'],
    ],
    removed: [
      { line: 1, text: 'Originally published by the Harbor Tribune', rule: 'repost-source-line' },
      { line: 9, text: 'Reply · Quote · Report', rule: 'forum-actions' },
    ],
    comments: [{ author: 'bus_fan', text: 'Finally. The 12 bus is always full by 8am.', line: 11 }],
    sentiment: [
      { part: 'body', cue: 'better', base: 2 },
      { part: 'body', cue: 'support', base: 2, weight: 1, modifiers: ["before 'while' ×0.5"] },
      { part: 'body', cue: 'fear', base: -2 },
      { part: 'body', cue: 'losing', base: -3 },
    ],
    frames: [
      { part: 'headline', frame: 'economic', cue: 'Congestion charge' },
      { part: 'headline', frame: 'quality_of_life', cue: 'commuters' },
      { part: 'body', frame: 'economic', cue: 'fund' },
      { part: 'body', frame: 'capacity', cue: 'electric buses' },
      { part: 'body', frame: 'capacity', cue: 'cycle lanes' },
      { part: 'body', frame: 'public_opinion', cue: 'A poll' },
      { part: 'body', frame: 'public_opinion', cue: 'residents support' },
      { part: 'body', frame: 'economic', cue: 'losing customers' },
      { part: 'body', frame: 'conflict', cue: 'fear' },
      { part: 'body', frame: 'economic', cue: 'cost' },
    ],
  },
];

const DISTINCTIVE: Record<string, DistinctiveWord[]> = {
  'Metro Daily': [
    { word: 'council', count: 3, restCount: 2, logOdds: 0.62, z: 1.21 },
    { word: 'debate', count: 1, restCount: 0, logOdds: 0.91, z: 0.88 },
  ],
  'unknown (notes/c-blog.txt)': [
    { word: 'fair', count: 2, restCount: 1, logOdds: 0.84, z: 1.02 },
    { word: 'nurses', count: 1, restCount: 0, logOdds: 0.95, z: 0.9 },
  ],
  'Harbor Tribune': [
    { word: 'buses', count: 1, restCount: 1, logOdds: 0.41, z: 0.52 },
    { word: 'poll', count: 1, restCount: 0, logOdds: 0.93, z: 0.89 },
  ],
};

function compare(articles: ArticleReport[]): Comparison {
  const outlets: OutletComparison[] = articles.map((a) => {
    const c = a.scores.whole.sentiment.comparative;
    const n = sentenceCount(a);
    return {
      name: a.outlet.name,
      known: a.outlet.known,
      articles: [a.id],
      sentiment: { n: 1, mean: c, sd: 0, min: c, max: c },
      profile: Object.fromEntries(a.scores.whole.frames.map((f) => [f.id, f.share])),
      dominant: outletDominant([a], FRAMES, SETTINGS.compare.dominant),
      distinctive: DISTINCTIVE[a.outlet.name] ?? [],
      presence: Object.fromEntries(a.scores.whole.presence.map((p) => [p.id, presenceInterval(p, n)])),
      sentimentInterval: overSentences(n, c, 0.04),
      quotedShareInterval: overSentences(n, a.voices.quotedShare, 0.1, [0, 1]),
      actors: outletActors([a], '', SETTINGS.uncertainty).map((x) => ({ ...x, stance: { ...overSentences(x.sentiment.n, x.sentiment.mean, 0.8), label: stanceFrom(x.sentiment).label } })),
      voices: outletVoices([a]),
      language: outletLanguage([a.language]),
      reposts: [],
    };
  });
  // One article per outlet: no pair can be tested (3 pairs on sentiment, quotation and the 8 frames).
  const test = {
    method: 'Two-sided permutation test of the difference of article means; Holm step-down correction over all comparisons.',
    comparisons: 0,
    untested: 3 * (2 + FRAMES.length),
    alpha: 0.05,
    seed: 13,
    resamples: 2000,
  };
  const comparison = {
    outlets,
    ...comparePairs(outlets, FRAMES, SETTINGS.pairs),
    reuse: findReuse(
      articles.map((a) => ({ id: a.id, text: a.text })),
      SETTINGS.reuse,
    ),
    claims: findClaims(
      articles.flatMap((a) => articleClaimSentences(a, a.outlet.name)),
      outlets.map((o) => o.name),
      SETTINGS.claims,
    ),
    differences: [],
    test,
  };
  return { ...comparison, findings: findingsOf(comparison, FRAMES), summary: summarize(comparison, FRAMES) };
}

/** The sample story's articles, full records: what each article's own page shows. */
export function sampleArticles(): ArticleReport[] {
  return structuredClone(DRAFTS.map(buildArticle));
}

/** One article's record file, as the pipeline writes it; a fresh copy, so a test may mutate it (its frames too) freely. */
export function sampleRecord(article: ArticleReport): ArticleRecord {
  return structuredClone({
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'framelens', version: '0.1.0' },
    story: { id: 'riverside-congestion-charge', title: 'Riverside approves a congestion charge' },
    frames: FRAMES,
    article,
  });
}

/** The article's line in the story's index, naming the files the pipeline would write for it. */
export function sampleEntry(article: ArticleReport): ArticleEntry {
  return articleEntry(article, articleFiles(article.id, `${JSON.stringify(sampleRecord(article))}\n`));
}

/** A fresh copy on every call, so a test may mutate it freely. */
export function sampleReport(): StoryReport {
  const full = DRAFTS.map(buildArticle);
  const articles = full.map(sampleEntry);
  return structuredClone({
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'framelens', version: '0.1.0' },
    story: { id: 'riverside-congestion-charge', title: 'Riverside approves a congestion charge' },
    settings: reportSettings(SETTINGS),
    frames: FRAMES,
    articles,
    comparison: compare(full),
    diagnostics: [
      diagnostic('outlet-unknown', 'notes/c-blog.txt', 'No outlet in metadata or text; grouped as "unknown (notes/c-blog.txt)".'),
      diagnostic('too-short', 'forum-repost.md', 'only 1 sentence in the body: its scores rest on very little text'),
      diagnostic('file-not-text', 'scan.pdf', 'not a text file: looks like a PDF document'),
    ],
  });
}
