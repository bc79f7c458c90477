// The outlet ranking as the corpus report gives it: the labelled articles spread over stories by
// month of publication (the way a researcher would file a year of coverage), each article's frame
// presence from the cross-validated layer (never the model fitted on it), pooled per outlet by the
// corpus code itself (src/corpus/), and the outlets' pooled presence shares ranked against the
// human label shares.
import { buildCorpus, type CorpusStory } from '../../src/corpus/build-corpus.ts';
import { outletKey } from '../../src/clean/outlet-names.ts';
import { frameCatalog } from '../../src/analyze/frames.ts';
import type { CorpusRunSettings } from '../../src/settings/settings-schema.ts';
import type { StoryDigest } from '../../src/types.ts';
import { GENERIC_FRAMES, type GenericFrameId, type NarrativeItem } from '../../train/generic-layer.ts';
import { mean } from '../extract/metrics.ts';
import { spearman } from './metrics.ts';

type Presence = Record<GenericFrameId, { strength: number; present: boolean }>;

/** One story per month of publication (undated articles together), as digests the corpus reads. */
export function storiesByMonth(items: readonly NarrativeItem[], presence: readonly Presence[]): CorpusStory[] {
  const frames = frameCatalog().filter((f) => (GENERIC_FRAMES as readonly string[]).includes(f.id));
  const months = new Map<string, number[]>();
  items.forEach((item, i) => {
    const month = /^\d{4}-\d{2}/.exec(item.date)?.[0] ?? 'undated';
    months.set(month, [...(months.get(month) ?? []), i]);
  });
  return [...months].map(([month, members]) => {
    const story = `climate-${month}`;
    const digest: StoryDigest = {
      story: { id: story, title: `Climate change coverage, ${month}` },
      source: 'bench',
      frames,
      articles: members.map((i) => ({
        story,
        article: items[i]!.id,
        file: items[i]!.id,
        outlet: items[i]!.source,
        original_outlet: null,
        title: null,
        url: null,
        published: items[i]!.date || null,
        lang: 'eng',
        words: 0,
        sentiment: 0,
        sentiment_lo: 0,
        sentiment_hi: 0,
      })),
      pooling: members.map(() => ({ known: true, quotedShare: 0, byKind: {} })),
      frameRows: members.flatMap((i) =>
        frames.map((f) => ({
          story,
          article: items[i]!.id,
          outlet: items[i]!.source,
          frame: f.id,
          family: f.family,
          present: presence[i]![f.id as GenericFrameId].present,
          strength: presence[i]![f.id as GenericFrameId].strength,
        })),
      ),
      actorRows: [],
      voiceRows: [],
      claimRows: [],
    };
    return { digest, link: { id: story, title: digest.story.title, articles: members.length, outlets: new Set(members.map((i) => items[i]!.source)).size, errors: 0, href: `${story}/index.html` } };
  });
}

/**
 * Spearman per frame between the human label share of each outlet in `groups` (outlets with enough
 * articles, by outletKey) and its presence share in the corpus report, and the mean over the frames.
 */
export function corpusRanking(
  items: readonly NarrativeItem[],
  presence: readonly Presence[],
  groups: ReadonlyMap<string, readonly number[]>,
  settings: CorpusRunSettings,
): { stories: number; perFrame: Record<string, number>; mean: number } {
  const stories = storiesByMonth(items, presence);
  const { report } = buildCorpus(stories, { since: null, until: null, outlets: [], stories: [] }, [], settings, 'bench');
  const byKey = new Map(report.outlets.map((o) => [outletKey(o.name), o]));
  const perFrame: Record<string, number> = {};
  for (const frame of GENERIC_FRAMES) {
    const keys = [...groups.keys()];
    perFrame[frame] = spearman(
      keys.map((k) => mean(groups.get(k)!.map((i) => (items[i]!.labels[frame] ? 1 : 0)))),
      keys.map((k) => byKey.get(k)?.figures.find((f) => f.measure === `frame:${frame}`)?.value ?? 0),
    );
  }
  return { stories: stories.length, perFrame, mean: mean(GENERIC_FRAMES.map((f) => perFrame[f]!)) };
}
