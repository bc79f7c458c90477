// The compare stage: articles grouped by outlet (a verbatim repost under the outlet it copies), each
// outlet described (sentiment, frame profile, distinctive words, actors, voices, loaded language),
// every two outlets set side by side, passages shared between articles, the claims each outlet makes
// or leaves out, the differences between outlets that are unlikely to be chance, and the whole put
// into words. Every per-outlet figure carries its interval.
import { outletActors } from './actors.ts';
import { articleClaimSentences, findClaims } from './claims.ts';
import { testDifferences } from './differences.ts';
import { outletLanguage } from './language.ts';
import { distinctiveWords, storyWords } from './log-odds.ts';
import { measureSamples, outletFigures, sentimentOf } from './measures.ts';
import { groupByOutlet } from './outlets.ts';
import { comparePairs } from './pairs.ts';
import { frameProfile, outletDominant } from './profile.ts';
import { describe } from './stats.ts';
import { findReuse } from './reuse.ts';
import { repostsOf } from './sources.ts';
import { findingsOf, summarize } from './summary.ts';
import { outletVoices } from './voices.ts';
import type { ArticleReport, Comparison, FrameInfo, OutletComparison } from '../types.ts';
import type { CompareSettings } from '../settings/settings-schema.ts';

export interface ArticleWords {
  article: ArticleReport;
  /** Counts of `token.norm` over headline and body. */
  words: Iterable<readonly [string, number]>;
}

export function compareOutlets(input: ArticleWords[], frames: FrameInfo[], settings: CompareSettings): Comparison {
  const reuse = findReuse(
    input.map(({ article }) => ({ id: article.id, text: article.text })),
    settings.reuse,
  );
  const reposts = repostsOf(
    reuse,
    input.map((x) => x.article),
  );
  const groups = groupByOutlet(input.filter((x) => !reposts.has(x.article.id)));
  const story = storyWords(groups.map((g) => g.words));
  const outlets: OutletComparison[] = groups.map((g) => {
    return {
      name: g.name,
      known: g.known,
      articles: g.articles.map((a) => a.id),
      sentiment: describe(g.articles.map(sentimentOf)),
      profile: frameProfile(g.articles, frames),
      dominant: outletDominant(g.articles, frames, settings.compare.dominant),
      ...outletFigures(g.name, g.articles, frames, settings.uncertainty),
      distinctive: distinctiveWords(g.words, story, settings.compare.distinctive),
      actors: outletActors(g.articles, g.name, settings.uncertainty),
      voices: outletVoices(g.articles),
      language: outletLanguage(g.articles.map((a) => a.language)),
      reposts: [...reposts].filter(([, outlet]) => outlet === g.name).map(([id]) => id),
    };
  });
  const claims = findClaims(
    groups.flatMap((g) => g.articles.flatMap((a) => articleClaimSentences(a, g.name))),
    outlets.map((o) => o.name),
    settings.claims,
  );
  const comparison = { outlets, ...comparePairs(outlets, frames, settings.pairs), reuse, claims, ...testDifferences(measureSamples(groups, frames), settings.uncertainty) };
  return { ...comparison, findings: findingsOf(comparison, frames), summary: summarize(comparison, frames) };
}
