// The figures an outlet is described and tested on, article by article: whole-text sentiment, the
// share of quoted words, each frame's chance of being present and the stance toward each actor;
// and, for an outlet with a single article, the same figure recomputed from that article's
// sentences.
import { countTokens } from '../text/segment.ts';
import { chancePresent } from '../analyze/chance-present.ts';
import { meanOf, outletInterval, ratioOf, type Constant, type SentenceStatistic } from './intervals.ts';
import type { UncertaintySettings } from '../settings/settings-schema.ts';
import type { MeasureSamples } from './differences.ts';
import type { ArticleActor, ArticleReport, FrameInfo, FramePresence, Interval, OutletComparison, Part } from '../types.ts';

/** The article's frame presence by id. Articles analysed before presence existed (an old cache) carry none: no frame present. */
export function presenceOf(article: ArticleReport): Map<string, FramePresence> {
  return new Map((article.scores.whole.presence ?? []).map((p) => [p.id, p]));
}

export const sentimentOf = (a: ArticleReport): number => a.scores.whole.sentiment.comparative;
export const quotedShareOf = (a: ArticleReport): number => a.voices.quotedShare;
export const namesActor = (a: ArticleActor): boolean => a.mentions > 0;
export const stanceOf = (a: ArticleActor): number => a.stance.score;
/** How much the article counts towards an outlet's share of articles carrying the frame (chancePresent); 0 where it was not scored. */
export const presentIn = (presence: Map<string, FramePresence>, frame: string): number => {
  const p = presence.get(frame);
  return p ? chancePresent(p) : 0;
};

/** A figure that resampling cannot move. */
const fixed = (value: number): Constant => ({ constant: value });

/** Headline then body sentences, as one list: a sentence's place in it. */
const sentenceIndex = (a: ArticleReport, part: Part, sentence: number): number => (part === 'headline' ? sentence : a.sentences.headline.length + sentence);

/** Comparative sentiment = Σ sentence scores / Σ sentence tokens, over headline and body sentences. */
export function sentenceSentiment(a: ArticleReport): SentenceStatistic {
  const all = [...a.sentences.headline, ...a.sentences.body];
  const scores = new Float64Array(all.length);
  for (const s of a.sentenceSentiment) scores[sentenceIndex(a, s.part, s.sentence)] = s.score;
  return {
    sentences: all.length,
    statistic: ratioOf(
      scores,
      all.map((s) => countTokens(s.text)),
    ),
  };
}

/**
 * Quoted share = directly quoted words / words, over body sentences. A quote's words are spread over
 * the sentences it spans, by characters: counted all at its first sentence, a resample repeating
 * that sentence without the rest would quote more words than it has (a share past 1).
 */
function sentenceQuotedShare(a: ArticleReport): SentenceStatistic {
  const body = a.sentences.body;
  const quoted = new Float64Array(body.length);
  for (const q of a.voices.quotes) {
    if (!q.direct || q.span.part !== 'body') continue;
    const { start, end } = q.span;
    for (let i = q.span.sentence; i < body.length && body[i]!.start < end; i++) {
      const overlap = Math.min(end, body[i]!.end) - Math.max(start, body[i]!.start);
      if (overlap > 0) quoted[i]! += (q.words * overlap) / (end - start);
    }
  }
  const share = ratioOf(
    quoted,
    body.map((s) => countTokens(s.text)),
  );
  // Words are counted by the quote finder and the tokenizer apart: a share is still at most 1.
  return { sentences: quoted.length, statistic: (drawn) => Math.min(1, share(drawn)) };
}

/**
 * The article's chance of carrying the frame while a resample still holds one of the sentences the
 * frame was found in, 0 once it holds none. A frame decided on the whole text with no sentence named
 * cannot be resampled this way: its interval is the figure.
 */
function sentencePresence(a: ArticleReport, frame: string): SentenceStatistic {
  const sentences = a.sentences.headline.length + a.sentences.body.length;
  const p = presenceOf(a).get(frame);
  const value = p ? chancePresent(p) : 0;
  if (!p || value === 0 || p.sentences.length === 0) return { sentences, statistic: fixed(value) };
  const marked = new Set(p.sentences.map((s) => sentenceIndex(a, s.part, s.sentence))).size;
  return { sentences, statistic: { value, marked } };
}

/** The stance is the mean of the target scores of the sentences that name the actor, all kept as evidence. */
export function sentenceStance(actor: ArticleActor): SentenceStatistic {
  const scores = actor.stance.evidence.map((e) => e.score);
  return { sentences: scores.length, statistic: scores.length ? meanOf(scores) : fixed(actor.stance.score) };
}

/** Sentiment, quoted share and frame presence of an outlet, each with its interval. */
export function outletFigures(
  name: string,
  articles: readonly ArticleReport[],
  frames: readonly FrameInfo[],
  settings: UncertaintySettings,
): Pick<OutletComparison, 'presence' | 'sentimentInterval' | 'quotedShareInterval'> {
  const [first] = articles;
  const lone = (of: (a: ArticleReport) => SentenceStatistic) => () => of(first!);
  const presence: Record<string, Interval> = {};
  const present = articles.map(presenceOf);
  for (const f of frames) {
    presence[f.id] = outletInterval(
      present.map((p) => presentIn(p, f.id)),
      lone((a) => sentencePresence(a, f.id)),
      settings,
      `${name}\0frame:${f.id}`,
    );
  }
  return {
    presence,
    sentimentInterval: outletInterval(articles.map(sentimentOf), lone(sentenceSentiment), settings, `${name}\0sentiment`),
    quotedShareInterval: outletInterval(articles.map(quotedShareOf), lone(sentenceQuotedShare), settings, `${name}\0quotedShare`),
  };
}

/**
 * Every measure the outlets are compared on: sentiment, quoted share, each frame's presence, and the
 * stance toward each actor that two or more outlets name (over the articles that name it).
 */
export function measureSamples(groups: ReadonlyArray<{ name: string; articles: readonly ArticleReport[] }>, frames: readonly FrameInfo[]): MeasureSamples[] {
  const per = (of: (a: ArticleReport) => number): Map<string, number[]> => new Map(groups.map((g) => [g.name, g.articles.map(of)]));
  const stances = new Map<string, Map<string, number[]>>();
  for (const g of groups) {
    for (const a of g.articles) {
      for (const actor of a.actors) {
        if (!namesActor(actor)) continue;
        const byOutlet = stances.get(actor.name) ?? new Map<string, number[]>();
        stances.set(actor.name, byOutlet);
        byOutlet.set(g.name, [...(byOutlet.get(g.name) ?? []), stanceOf(actor)]);
      }
    }
  }
  const presence = new Map(groups.map((g) => [g.name, g.articles.map(presenceOf)]));
  return [
    { measure: 'sentiment', label: 'Sentiment', values: per(sentimentOf) },
    { measure: 'quotedShare', label: 'Quoted share', values: per(quotedShareOf) },
    ...frames.map((f) => ({
      measure: `frame:${f.id}`,
      label: f.label,
      values: new Map([...presence].map(([name, ps]) => [name, ps.map((p) => presentIn(p, f.id))])),
    })),
    ...[...stances].filter(([, byOutlet]) => byOutlet.size >= 2).map(([name, values]) => ({ measure: `stance:${name}`, label: `Stance toward ${name}`, values })),
  ];
}
