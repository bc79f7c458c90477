// Small ArticleReports for the actor, voice and source tests: either run the real actor and voice
// finders over a headline and body written in the test (`analyzeText`, `analyzedReport`), or fill
// in actors and quotes by hand (`report`, `actor`, `quote`) when a test needs exact numbers.
import { actorMentions, findActors, type ActorMentions } from '../../src/analyze/actors/find-actors.ts';
import { publicSentence } from '../../src/analyze/analyze-article.ts';
import { emptyArticleParts, ENGLISH, tokenCount } from './empty-parts.ts';
import { DEFAULT_GAZETTEER, type Gazetteer } from '../../src/analyze/actors/gazetteer.ts';
import { segment } from '../../src/text/segment.ts';
import { findVoices } from '../../src/analyze/voices/find-voices.ts';
import type { ArticleActor, ArticleReport, ArticleVoices, OutletRef, PartScores, Quote, Segment } from '../../src/types.ts';

export interface Analyzed {
  headline: Segment;
  body: Segment;
  mentions: ActorMentions;
  actors: ArticleActor[];
  voices: ArticleVoices;
}

/** The analyze stage's actor and voice steps, called as analyze-article.ts calls them. */
export function analyzeText(title: string, text: string, gazetteer: Gazetteer = DEFAULT_GAZETTEER): Analyzed {
  const headline = segment('headline', title);
  const body = segment('body', text);
  const mentions = actorMentions([headline, body], gazetteer);
  const actors = findActors([headline, body], mentions, gazetteer);
  return { headline, body, mentions, actors, voices: findVoices(body, mentions, actors) };
}

function scores(tokens: number): PartScores {
  return {
    tokens,
    sentiment: { score: 0, quoted: 0, comparative: 0, tokens, hits: [] },
    frames: [],
    dominant: { policy: [], generic: [] },
    presence: [],
    top: { policy: null, generic: null },
  };
}

/** An outlet by name: "unknown (…)" names are unknown outlets, as the loader makes them. */
export function outletRef(name: string, extra: Partial<OutletRef> = {}): OutletRef {
  const known = !name.startsWith('unknown (');
  return { name, known, source: known ? 'metadata' : 'unknown', ...extra };
}

export interface ReportParts {
  outlet?: string | OutletRef;
  title?: string;
  text?: string;
  actors?: ArticleActor[];
  quotes?: Quote[];
  quotedShare?: number;
  /** Body tokens, the denominator of an outlet's quoted share; counted from `text` unless given. */
  bodyTokens?: number;
}

/** A type-correct ArticleReport with only what the actor, voice and source comparisons read. */
export function report(id: string, parts: ReportParts = {}): ArticleReport {
  const { outlet = 'Orbit Daily', title = '', text = '', actors = [], quotes = [], quotedShare = 0 } = parts;
  const headline = segment('headline', title);
  const body = segment('body', text);
  const bodyTokens = parts.bodyTokens ?? tokenCount(body);
  return {
    id,
    file: id,
    kind: 'text',
    sha256: '0'.repeat(64),
    outlet: typeof outlet === 'string' ? outletRef(outlet) : outlet,
    title: title || null,
    url: null,
    published: null,
    author: null,
    lang: { ...ENGLISH },
    text,
    blocks: [],
    sentences: { headline: headline.sentences.map(publicSentence), body: body.sentences.map(publicSentence) },
    sentenceSentiment: [],
    removed: [],
    comments: [],
    scores: { headline: scores(tokenCount(headline)), body: scores(bodyTokens), whole: scores(tokenCount(headline) + bodyTokens) },
    actors,
    voices: { quotes, quotedShare },
    language: emptyArticleParts().language,
  };
}

/** A report whose actors and voices come from the real finders run over the text. */
export function analyzedReport(id: string, outlet: string | OutletRef, title: string, text: string, gazetteer?: Gazetteer): ArticleReport {
  const a = analyzeText(title, text, gazetteer);
  return report(id, { outlet, title, text, actors: a.actors, quotes: a.voices.quotes, quotedShare: a.voices.quotedShare });
}

/** An article actor by hand: one body mention in sentence 0 unless told otherwise. */
export function actor(name: string, extra: Partial<ArticleActor> = {}): ArticleActor {
  const span = { part: 'body' as const, sentence: 0, start: 0, end: name.length };
  return {
    name,
    kind: 'person',
    aliases: [name],
    listed: false,
    mentions: 1,
    sentenceShare: 0.5,
    first: span,
    spans: [span],
    sentiment: { mean: 0, n: 1, evidence: [] },
    stance: { label: 'neutral', score: 0, n: 1, evidence: [] },
    descriptors: [],
    ...extra,
  };
}

/** A direct quotation by hand. */
export function quote(speaker: string | null, words: number, extra: Partial<Quote> = {}): Quote {
  return {
    speaker,
    role: null,
    category: speaker === null ? 'unknown' : 'other',
    verb: speaker === null ? null : 'said',
    direct: true,
    text: Array.from({ length: words }, (_, i) => `word${i}`).join(' '),
    span: { part: 'body', sentence: 0, start: 0, end: 1 },
    words,
    ...extra,
  };
}
