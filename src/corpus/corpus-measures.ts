// The measures outlets are pooled and compared on across a corpus, article by article and kept per
// story (the unit a corpus resamples): each frame's presence (chancePresent), sentiment, the share
// of the text in direct quotation, the share of voiced words by speaker kind, and the stance toward
// each actor that several stories name. Only articles the filters keep, of a known outlet and not
// reprints of another outlet's article (their story counts them there) are pooled.
import { chancePresent } from '../analyze/chance-present.ts';
import { compareNames } from '../text/compare-names.ts';
import { bootstrap, meanOf, ratioOf } from '../compare/intervals.ts';
import type { CorpusSettings, UncertaintySettings } from '../settings/settings-schema.ts';
import { round } from '../round.ts';
import type { FrameInfo, KeptStory, PooledFigure, SpeakerCategory, StoryDigest } from '../types.ts';

export interface CorpusMeasure {
  id: string;
  label: string;
  unit: 'share' | 'score';
  /** Compared between outlets: every measure but the stances toward actors past the most-named `maxActors`. */
  tested: boolean;
  /** Outlet → story → the values of the outlet's articles in that story. */
  values: Map<string, Map<string, number[]>>;
  /**
   * Outlet → its article's own interval over that article's sentences, where the digest keeps one
   * (sentiment always; the rest for an article alone in its outlet in its story): shown for an
   * outlet of a single article, which has no articles to resample.
   */
  lone: Map<string, { low: number; high: number }>;
  /** What those intervals resample: the article's sentences, or for the shares of voiced words its quotes. */
  loneOver: 'sentences' | 'quotes';
}

/** Speaker kinds, in the order the page lists them. */
export const VOICE_KINDS: readonly SpeakerCategory[] = ['official', 'expert', 'organisation', 'media', 'other', 'unknown'];
const VOICE_LABELS: Record<SpeakerCategory, string> = {
  official: 'officials',
  expert: 'experts',
  organisation: 'organisations',
  media: 'media',
  other: 'other speakers',
  unknown: 'unidentified speakers',
};

function put(measure: CorpusMeasure, outlet: string, story: string, value: number): void {
  let byStory = measure.values.get(outlet);
  if (!byStory) measure.values.set(outlet, (byStory = new Map()));
  let list = byStory.get(story);
  if (!list) byStory.set(story, (list = []));
  list.push(value);
}

/** Every pooled article: its story, outlet and index in the digest. */
function* pooledArticles(stories: readonly KeptStory[]): Generator<{ digest: StoryDigest; i: number; outlet: string }> {
  for (const { digest, kept } of stories) {
    for (let i = 0; i < digest.articles.length; i++) {
      const row = digest.articles[i]!;
      if (kept[i] && digest.pooling[i]!.known && row.original_outlet === null) yield { digest, i, outlet: row.outlet };
    }
  }
}

/** A speaker kind some article gives words to: the others would be all zeros. */
const voicedAtAll = (m: CorpusMeasure): boolean => [...m.values.values()].some((byStory) => [...byStory.values()].some((v) => v.some((x) => x > 0)));

/** The corpus's measures in display order: frames (catalog order), sentiment, quotation, voices by kind, stances. */
export function corpusMeasures(stories: readonly KeptStory[], frames: readonly FrameInfo[], settings: CorpusSettings): CorpusMeasure[] {
  const measure = (id: string, label: string, unit: CorpusMeasure['unit'], loneOver: CorpusMeasure['loneOver'] = 'sentences'): CorpusMeasure => ({
    id,
    label,
    unit,
    tested: true,
    values: new Map(),
    lone: new Map(),
    loneOver,
  });
  const frameMeasures = new Map(frames.map((f) => [f.id, measure(`frame:${f.id}`, f.label, 'share')]));
  const sentiment = measure('sentiment', 'Sentiment', 'score');
  const quoted = measure('quotedShare', 'Direct quotation', 'share');
  const voices = new Map(VOICE_KINDS.map((k) => [k, measure(`voices:${k}`, `Words voiced by ${VOICE_LABELS[k]}`, 'share', 'quotes')]));
  const stances = new Map<string, { measure: CorpusMeasure; stories: Set<string> }>();
  // The measures a digest's intervals for an article alone in its outlet may name.
  const byId = new Map([...frameMeasures.values(), quoted, ...voices.values()].map((m) => [m.id, m]));
  const rowsOf = new Map<StoryDigest, Map<string, StoryDigest['frameRows']>>();
  const actorRowsOf = new Map<StoryDigest, Map<string, StoryDigest['actorRows']>>();
  const byArticle = <R extends { article: string }>(rows: readonly R[]): Map<string, R[]> => {
    const out = new Map<string, R[]>();
    for (const r of rows) {
      const list = out.get(r.article);
      if (list) list.push(r);
      else out.set(r.article, [r]);
    }
    return out;
  };
  for (const { digest, i, outlet } of pooledArticles(stories)) {
    const story = digest.story.id;
    const row = digest.articles[i]!;
    if (!rowsOf.has(digest)) {
      rowsOf.set(digest, byArticle(digest.frameRows));
      actorRowsOf.set(digest, byArticle(digest.actorRows));
    }
    for (const f of rowsOf.get(digest)!.get(row.article) ?? []) {
      const m = frameMeasures.get(f.frame);
      if (m) put(m, outlet, story, chancePresent(f));
    }
    put(sentiment, outlet, story, row.sentiment);
    sentiment.lone.set(outlet, { low: row.sentiment_lo, high: row.sentiment_hi });
    const { quotedShare, byKind, lone } = digest.pooling[i]!;
    put(quoted, outlet, story, quotedShare);
    const voiced = VOICE_KINDS.reduce((n, k) => n + (byKind[k] ?? 0), 0);
    if (voiced > 0) for (const [k, m] of voices) put(m, outlet, story, (byKind[k] ?? 0) / voiced);
    for (const a of actorRowsOf.get(digest)!.get(row.article) ?? []) {
      let s = stances.get(a.actor);
      if (!s) {
        stances.set(a.actor, (s = { measure: measure(`stance:${a.actor}`, `Stance toward ${a.actor}`, 'score'), stories: new Set() }));
        byId.set(s.measure.id, s.measure);
      }
      s.stories.add(story);
      put(s.measure, outlet, story, a.stance_score);
    }
    for (const [id, range] of Object.entries(lone ?? {})) byId.get(id)?.lone.set(outlet, range);
  }
  // Every actor several stories name; the most-named (data/corpus.json) first, by name, and tested.
  const articlesOf = (m: CorpusMeasure): number => [...m.values.values()].reduce((n, byStory) => n + [...byStory.values()].reduce((k, v) => k + v.length, 0), 0);
  const named = [...stances.entries()]
    .filter(([, s]) => s.stories.size >= settings.actorMinStories)
    .sort(([a, x], [b, y]) => y.stories.size - x.stories.size || articlesOf(y.measure) - articlesOf(x.measure) || compareNames(a, b))
    .map(([, s]) => s.measure);
  named.slice(settings.maxActors).forEach((m) => (m.tested = false));
  const byName = (a: CorpusMeasure, b: CorpusMeasure): number => compareNames(a.id, b.id);
  const actors = [...named.slice(0, settings.maxActors).sort(byName), ...named.slice(settings.maxActors).sort(byName)];
  return [...frameMeasures.values(), sentiment, quoted, ...[...voices.values()].filter(voicedAtAll), ...actors];
}

/**
 * An outlet's pooled figure on a measure: the mean over all its articles, with a percentile
 * bootstrap over its stories (each resample draws stories, and pools their articles), so that the
 * interval shows how much the figure rests on which stories the outlet covered; an outlet of one
 * story is resampled over that story's articles, and a single article over its sentences (its
 * quotes, for the shares of voiced words) where the digest keeps that interval, else it has none to draw.
 */
export function pooledFigure(measure: CorpusMeasure, outlet: string, settings: UncertaintySettings): PooledFigure | null {
  const byStory = measure.values.get(outlet);
  if (!byStory?.size) return null;
  const lists = [...byStory.values()];
  const all = lists.flat();
  const sums = lists.map((v) => v.reduce((s, x) => s + x, 0));
  const counts = lists.map((v) => v.length);
  const value = round(sums.reduce((s, x) => s + x, 0) / all.length);
  const key = `corpus\0${outlet}\0${measure.id}`;
  const base = { measure: measure.id, label: measure.label, value, articles: all.length, stories: lists.length };
  if (lists.length > 1) {
    const { low, high } = bootstrap(lists.length, ratioOf(sums, counts), settings, key);
    return { ...base, low: round(low), high: round(high), over: 'stories' };
  }
  if (all.length === 1) {
    const own = measure.lone.get(outlet);
    return own ? { ...base, ...own, over: measure.loneOver } : { ...base, low: value, high: value, over: 'articles' };
  }
  const { low, high } = bootstrap(all.length, meanOf(all), settings, key);
  return { ...base, low: round(low), high: round(high), over: 'articles' };
}
