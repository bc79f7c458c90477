// One story reduced to what the corpus reads: the tidy rows of the exports (articles, frames, actors,
// voices, claims) and the few per-article measures only the corpus pools, made from the story's
// report.json and its articles' records, read one at a time so a story of any size fits.
import { outletInterval, ratioOf } from '../compare/intervals.ts';
import { VOICE_KINDS } from './corpus-measures.ts';
import type { UncertaintySettings } from '../settings/settings-schema.ts';
import { presenceOf, quotedShareOf, sentenceSentiment, sentimentOf } from '../compare/measures.ts';
import type { ArticleReport, CorpusActorRow, CorpusClaimRow, CorpusFrameRow, CorpusVoiceRow, Interval, OutletComparison, Quote, SpeakerCategory, StoryDigest, StoryReport } from '../types.ts';

/** The verb used most for a speaker; on a tie the first in text order. */
function mostUsed(verbs: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of verbs) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [verb, n] of counts) if (best === null || n > counts.get(best)!) best = verb;
  return best;
}

/** One row per speaker (and per kind, for unnamed speakers) of the article, in order of first quote. */
function voiceRows(base: { story: string; article: string; outlet: string }, quotes: readonly Quote[]): CorpusVoiceRow[] {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = `${q.speaker ?? ''}\0${q.speaker === null ? q.category : ''}`;
    const list = groups.get(key);
    if (list) list.push(q);
    else groups.set(key, [q]);
  }
  return [...groups.values()].map((qs) => ({
    ...base,
    speaker: qs[0]!.speaker,
    kind: qs[0]!.category,
    role: qs.find((q) => q.role !== null)?.role ?? null,
    verb: mostUsed(qs.map((q) => q.verb)),
    quotes: qs.length,
    words: qs.reduce((n, q) => n + q.words, 0),
  }));
}

/** Quoted or reported words per speaker kind. */
function wordsByKind(quotes: readonly Quote[]): Partial<Record<SpeakerCategory, number>> {
  const out: Partial<Record<SpeakerCategory, number>> = {};
  for (const q of quotes) out[q.category] = (out[q.category] ?? 0) + q.words;
  return out;
}

type Range = Pick<Interval, 'low' | 'high'>;

/**
 * The article's shares of voiced words by speaker kind, each bootstrapped over its quotes that
 * voice any words (the unit a share of voiced words is made of), as an outlet's figure of one
 * article is over its sentences: none below two such quotes, and a kind none of them has is 0.
 */
function voiceRanges(quotes: readonly Quote[], settings: UncertaintySettings, seed: string): Record<string, Range> {
  const voiced = quotes.filter((q) => q.words > 0);
  if (voiced.length < 2) return {};
  const words = voiced.map((q) => q.words);
  const out: Record<string, Range> = {};
  for (const kind of VOICE_KINDS) {
    const own = voiced.map((q) => (q.category === kind ? q.words : 0));
    const share = ratioOf(own, words);
    const statistic = own.some((w) => w > 0) ? share : { constant: 0 };
    const { low, high } = outletInterval([share(Int32Array.from(voiced.keys()))], () => ({ sentences: voiced.length, statistic }), settings, `${seed}\0voices:${kind}`);
    out[`voices:${kind}`] = { low, high };
  }
  return out;
}

/**
 * The intervals of an outlet of one article by corpus measure: those its story's comparison gives
 * it, and the shares of voiced words, which the story reports as counts, over the article's quotes.
 */
function loneRanges(o: OutletComparison, a: ArticleReport, settings: UncertaintySettings, seed: string): Record<string, Range> {
  const range = ({ low, high }: Interval): Range => ({ low, high });
  const out: Record<string, Range> = { quotedShare: range(o.quotedShareInterval) };
  for (const [frame, interval] of Object.entries(o.presence)) out[`frame:${frame}`] = range(interval);
  for (const actor of o.actors) if (actor.mentions > 0) out[`stance:${actor.name}`] = range(actor.stance);
  return { ...out, ...voiceRanges(a.voices.quotes, settings, seed) };
}

/**
 * The digest of a story. `readArticle` gives an article's full record by its index entry's `record`
 * path, or null when it cannot be read (the article is then left out: the reader says so).
 */
export async function storyDigest(report: StoryReport, source: string, readArticle: (recordPath: string) => Promise<ArticleReport | null>, settings: UncertaintySettings): Promise<StoryDigest> {
  const story = report.story.id;
  const reprinted = new Map<string, string>();
  // An article alone in its outlet already has its intervals in the comparison: the same figures
  // bootstrapped over the same sentences. Taken from there, the corpus shows the story's numbers
  // for it, and a story with a long tail of one-article outlets is not resampled twice.
  const alone = new Map<string, OutletComparison>();
  for (const o of report.comparison.outlets) {
    for (const id of o.reposts) reprinted.set(id, o.name);
    if (o.articles.length === 1) alone.set(o.articles[0]!, o);
  }
  const digest: StoryDigest = { story: { id: story, title: report.story.title }, source, frames: report.frames, articles: [], pooling: [], frameRows: [], actorRows: [], voiceRows: [], claimRows: [] };
  // Only the sentences claims name are kept past their article: the rest of the text is not needed.
  const place = (article: string, part: string, sentence: number): string => `${article}\0${part}\0${sentence}`;
  const claimed = new Map<string, string | undefined>();
  for (const claim of report.comparison.claims.claims) for (const m of claim.members) claimed.set(place(m.article, m.part, m.sentence), undefined);
  for (const entry of report.articles) {
    const a = await readArticle(entry.record);
    if (!a) continue;
    const outlet = a.outlet.name;
    const base = { story, article: a.id, outlet };
    const lone = alone.get(a.id);
    // The article's seeds: each of its figures resampled with a stream of its own.
    const seed = `${story}\0${a.id}`;
    const interval = lone?.sentimentInterval ?? outletInterval([sentimentOf(a)], () => sentenceSentiment(a), settings, `${seed}\0sentiment`);
    digest.articles.push({
      ...base,
      file: a.file,
      original_outlet: reprinted.get(a.id) ?? null,
      title: a.title,
      url: a.url,
      published: a.published,
      lang: a.lang.code,
      // The analyzer's own count of the headline's and body's tokens, every one a word.
      words: a.scores.whole.tokens,
      sentiment: interval.estimate,
      sentiment_lo: interval.low,
      sentiment_hi: interval.high,
    });
    digest.pooling.push({ known: a.outlet.known, quotedShare: quotedShareOf(a), byKind: wordsByKind(a.voices.quotes), ...(lone ? { lone: loneRanges(lone, a, settings, seed) } : {}) });
    const presence = presenceOf(a);
    for (const f of report.frames) {
      const p = presence.get(f.id);
      digest.frameRows.push({ ...base, frame: f.id, family: f.family, present: p?.present ?? false, strength: p?.strength ?? 0 } satisfies CorpusFrameRow);
    }
    for (const actor of a.actors) {
      if (actor.mentions === 0) continue;
      digest.actorRows.push({ ...base, actor: actor.name, kind: actor.kind, mentions: actor.mentions, stance: actor.stance.label, stance_score: actor.stance.score } satisfies CorpusActorRow);
    }
    digest.voiceRows.push(...voiceRows(base, a.voices.quotes));
    for (const part of ['headline', 'body'] as const) {
      for (const s of a.sentences[part]) {
        const key = place(a.id, part, s.index);
        if (claimed.has(key)) claimed.set(key, s.text);
      }
    }
  }
  for (const claim of report.comparison.claims.claims) {
    for (const m of claim.members) {
      const text = claimed.get(place(m.article, m.part, m.sentence));
      if (text === undefined) continue;
      digest.claimRows.push({ story, claim: claim.id, outlet: m.outlet, article: m.article, sentence: `${m.part}:${m.sentence}`, text } satisfies CorpusClaimRow);
    }
  }
  return digest;
}
