// Which outlets use which frame: per outlet, the share of its articles the humans marked with a frame
// against framelens's share, ranked over the outlets with enough articles (Spearman, then the mean
// over the five frames). The corpus spells some outlets two ways ("thehuffingtonpost", "The
// Huffington Post"), so names are merged as the corpus report merges them (outletKey).
import { outletKey } from '../../src/clean/outlet-names.ts';
import { mean } from '../extract/metrics.ts';
import { spearman } from './metrics.ts';

/** Outlets with at least `minArticles` articles, each with the indices of its articles, by key. */
export function outletGroups(sources: readonly string[], minArticles: number): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  sources.forEach((s, i) => {
    const k = outletKey(s);
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  return new Map([...groups].filter(([, members]) => members.length >= minArticles).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/**
 * Spearman's rho per frame between the human label share and `score` averaged per outlet (a 0/1
 * presence gives the presence share), and the mean over the frames.
 */
export function outletRanking(
  groups: ReadonlyMap<string, readonly number[]>,
  frames: readonly string[],
  human: (i: number, frame: string) => boolean,
  score: (i: number, frame: string) => number,
): { perFrame: Record<string, number>; mean: number } {
  const perFrame: Record<string, number> = {};
  for (const frame of frames) {
    const members = [...groups.values()];
    perFrame[frame] = spearman(
      members.map((m) => mean(m.map((i) => (human(i, frame) ? 1 : 0)))),
      members.map((m) => mean(m.map((i) => score(i, frame)))),
    );
  }
  return { perFrame, mean: mean(frames.map((f) => perFrame[f]!)) };
}
