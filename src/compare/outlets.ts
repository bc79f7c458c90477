import { compareNames } from '../text/compare-names.ts';
import type { ArticleReport } from '../types.ts';

export interface OutletGroup {
  name: string;
  /** As first seen: a name could in principle arrive both from metadata and unknown. */
  known: boolean;
  /** Sorted by id. */
  articles: ArticleReport[];
  /** Summed word counts of the outlet's articles. */
  words: Map<string, number>;
}

/** Adds the counts of `from` to `into`. */
export function addCounts(into: Map<string, number>, from: Iterable<readonly [string, number]>): void {
  for (const [w, c] of from) into.set(w, (into.get(w) ?? 0) + c);
}

/** Groups articles by outlet name; outlets sorted by name, articles by id. */
export function groupByOutlet(input: Array<{ article: ArticleReport; words: Iterable<readonly [string, number]> }>): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  for (const { article, words } of input) {
    const { name, known } = article.outlet;
    let group = groups.get(name);
    if (!group) {
      group = { name, known, articles: [], words: new Map() };
      groups.set(name, group);
    }
    group.articles.push(article);
    addCounts(group.words, words);
  }
  const sorted = [...groups.values()].sort((a, b) => compareNames(a.name, b.name));
  for (const g of sorted) g.articles.sort((a, b) => compareNames(a.id, b.id));
  return sorted;
}
