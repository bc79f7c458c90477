// Story digests made by hand for the corpus's tests: a few articles each, with the outlet, frames,
// sentiment, date, actors and voices a test needs and nothing else.
import type { CorpusStory } from '../../src/corpus/build-corpus.ts';
import type { FrameInfo, SpeakerCategory, StoryDigest } from '../../src/types.ts';

export const CORPUS_FRAMES: FrameInfo[] = [
  { id: 'generic.conflict', label: 'Conflict', family: 'generic', description: 'Sides at odds.' },
  { id: 'generic.economic', label: 'Economic', family: 'generic', description: 'Money.' },
];

export interface HandArticle {
  outlet: string;
  /** Frame ids present. */
  frames?: string[];
  sentiment?: number;
  published?: string | null;
  known?: boolean;
  reprintOf?: string;
  actors?: Array<[name: string, stance: number]>;
  voices?: Partial<Record<SpeakerCategory, number>>;
  quotedShare?: number;
  /** For an article alone in its outlet: its story's intervals by corpus measure. */
  lone?: Record<string, { low: number; high: number }>;
}

export function handDigest(story: string, articles: readonly HandArticle[]): StoryDigest {
  const rows = articles.map((a, i) => ({ ...a, article: `${story}-${i}.txt` }));
  return {
    story: { id: story, title: `Story ${story}` },
    source: 'test',
    frames: CORPUS_FRAMES,
    articles: rows.map((a) => ({
      story,
      article: a.article,
      file: a.article,
      outlet: a.outlet,
      original_outlet: a.reprintOf ?? null,
      title: `About ${story}`,
      url: null,
      published: a.published ?? null,
      lang: 'eng',
      words: 100,
      sentiment: a.sentiment ?? 0,
      sentiment_lo: (a.sentiment ?? 0) - 0.1,
      sentiment_hi: (a.sentiment ?? 0) + 0.1,
    })),
    pooling: rows.map((a) => ({ known: a.known ?? true, quotedShare: a.quotedShare ?? 0, byKind: a.voices ?? {}, ...(a.lone ? { lone: a.lone } : {}) })),
    frameRows: rows.flatMap((a) =>
      CORPUS_FRAMES.map((f) => ({
        story,
        article: a.article,
        outlet: a.outlet,
        frame: f.id,
        family: f.family,
        present: a.frames?.includes(f.id) ?? false,
        strength: a.frames?.includes(f.id) ? 0.9 : 0.1,
      })),
    ),
    actorRows: rows.flatMap((a) =>
      (a.actors ?? []).map(([actor, score]) => ({
        story,
        article: a.article,
        outlet: a.outlet,
        actor,
        kind: 'person' as const,
        mentions: 2,
        stance: score < -0.1 ? ('negative' as const) : score > 0.1 ? ('positive' as const) : ('neutral' as const),
        stance_score: score,
      })),
    ),
    voiceRows: [],
    claimRows: [],
  };
}

export function handStory(story: string, articles: readonly HandArticle[]): CorpusStory {
  const digest = handDigest(story, articles);
  const outlets = new Set(articles.map((a) => a.outlet)).size;
  return { digest, link: { id: story, title: digest.story.title, articles: articles.length, outlets, errors: 0, href: `${story}/index.html` } };
}
