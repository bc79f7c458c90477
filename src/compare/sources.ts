// Independent sources: an article that reprints another of the story word for word (a forum repost,
// an aggregator's copy) is not a second outlet's report. It counts under the outlet it copies.
import { compareNames } from '../text/compare-names.ts';
import type { ArticleReport, ReuseLink } from '../types.ts';

/** Whether the article is a copy by its provenance: no outlet of its own, or said to be a repost. */
const isCopy = (a: ArticleReport): boolean => !a.outlet.known || a.outlet.repost !== undefined;

/** Articles joined by repost links, each group as its ids (a copy of a copy is in its source's group). */
function repostGroups(links: readonly ReuseLink[], known: ReadonlySet<string>): string[][] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    if (!parent.has(id)) parent.set(id, id);
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const link of links) {
    if (link.kind !== 'repost' || !known.has(link.a) || !known.has(link.b)) continue;
    parent.set(root(link.a), root(link.b));
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) groups.set(root(id), [...(groups.get(root(id)) ?? []), id]);
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * Reposts and the outlet each counts under. In a group of articles that reprint one another, the
 * source is the first (by file) with an outlet of its own that is not marked a repost, or the first
 * when none has; the copies count under it. Two known outlets that run the same text stay two
 * outlets: each chose to publish it.
 */
export function repostsOf(links: readonly ReuseLink[], articles: readonly ArticleReport[]): Map<string, string> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const reposts = new Map<string, string>();
  for (const group of repostGroups(links, new Set(byId.keys()))) {
    const members = group.map((id) => byId.get(id)!).sort((x, y) => compareNames(x.id, y.id));
    const source = members.find((m) => !isCopy(m)) ?? members[0]!;
    for (const m of members) if (m !== source && isCopy(m)) reposts.set(m.id, source.outlet.name);
  }
  return reposts;
}
