// The compare stage: articles grouped by outlet, each outlet described (sentiment, frame profile,
// distinctive words), every two outlets set side by side, passages shared between articles, and the
// whole put into words.
import { distinctiveWords } from './log-odds.ts';
import { addCounts, groupByOutlet } from './outlets.ts';
import { comparePairs } from './pairs.ts';
import { frameProfile } from './profile.ts';
import { describe } from './stats.ts';
import { findReuse } from './reuse.ts';
import { summarize } from './summary.ts';
import type { ArticleReport, Comparison, FrameInfo, OutletComparison } from '../types.ts';

export interface ArticleWords {
  article: ArticleReport;
  /** Counts of `token.norm` over headline and body. */
  words: Map<string, number>;
}

export function compareOutlets(input: ArticleWords[], frames: FrameInfo[]): Comparison {
  const groups = groupByOutlet(input);
  const story = new Map<string, number>();
  for (const g of groups) addCounts(story, g.words);
  const outlets: OutletComparison[] = groups.map((g) => {
    const rest = new Map(story);
    addCounts(rest, g.words, -1);
    return {
      name: g.name,
      known: g.known,
      articles: g.articles.map((a) => a.id),
      sentiment: describe(g.articles.map((a) => a.scores.whole.sentiment.comparative)),
      ...frameProfile(g.articles, frames),
      distinctive: distinctiveWords(g.words, rest),
    };
  });
  const comparison = { outlets, ...comparePairs(outlets, frames) };
  const reuse = findReuse(input.map(({ article }) => ({ id: article.id, text: article.text })));
  return { ...comparison, reuse, summary: summarize(comparison, frames) };
}
