// An outlet's actors: each actor's mentions, reach and descriptions over the outlet's articles,
// the sentiment toward it pooled sentence by sentence, with each piece of evidence's article, and
// the stance the outlet's articles take toward it, with its interval.
import { round } from '../round.ts';
import { stanceLabel, stanceSettings } from '../analyze/actors/stance.ts';
import type { ArticleActor, ArticleReport, OutletActor } from '../types.ts';
import { outletInterval } from './intervals.ts';
import type { UncertaintySettings } from '../settings/settings-schema.ts';
import { namesActor, sentenceStance, stanceOf } from './measures.ts';
import { compareNames } from '../text/compare-names.ts';

export const EVIDENCE_SHOWN = 5;
const DESCRIPTORS_SHOWN = 8;

type Merged = Omit<OutletActor, 'stance'> & { aliasCounts: Map<string, number>; shareSum: number; scoreSum: number; described: Set<string>; naming: ArticleActor[] };

/**
 * Merged actors of the outlet's articles, most mentioned first. The stance is the mean over the
 * articles that name the actor, labelled as an article's is; its interval is drawn from streams
 * named after `outlet`.
 */
export function outletActors(articles: readonly ArticleReport[], outlet: string, settings: UncertaintySettings): OutletActor[] {
  const { band } = stanceSettings();
  const byName = new Map<string, Merged>();
  for (const article of articles) {
    for (const a of article.actors) {
      let o = byName.get(a.name);
      if (!o) {
        o = {
          name: a.name,
          kind: a.kind,
          aliases: [],
          listed: a.listed,
          mentions: 0,
          articles: 0,
          sentenceShare: 0,
          sentiment: { mean: 0, n: 0, evidence: [] },
          descriptors: [],
          aliasCounts: new Map(),
          shareSum: 0,
          scoreSum: 0,
          described: new Set(),
          naming: [],
        };
        byName.set(a.name, o);
      }
      o.mentions += a.mentions;
      o.listed ||= a.listed;
      if (namesActor(a)) {
        o.articles++;
        o.naming.push(a);
      }
      o.shareSum += a.sentenceShare;
      a.aliases.forEach((alias, rank) => o.aliasCounts.set(alias, (o.aliasCounts.get(alias) ?? 0) + a.aliases.length - rank));
      o.scoreSum += a.sentiment.mean * a.sentiment.n;
      o.sentiment.n += a.sentiment.n;
      o.sentiment.evidence.push(...a.sentiment.evidence.map((e) => ({ ...e, article: article.id })));
      // The first few different descriptions, in article order.
      for (const d of a.descriptors) {
        if (o.described.size === DESCRIPTORS_SHOWN || o.described.has(d.text)) continue;
        o.described.add(d.text);
        o.descriptors.push({ ...d, article: article.id });
      }
    }
  }
  return [...byName.values()]
    .map(({ aliasCounts, shareSum, scoreSum, described: _described, naming, ...o }): OutletActor => {
      const stance = outletInterval(naming.map(stanceOf), () => sentenceStance(naming[0]!), settings, `${outlet}\0stance:${o.name}`);
      return {
        ...o,
        aliases: [...aliasCounts].sort((x, y) => y[1] - x[1]).map(([alias]) => alias),
        sentenceShare: round(shareSum / articles.length),
        sentiment: {
          mean: o.sentiment.n ? round(scoreSum / o.sentiment.n) : 0,
          n: o.sentiment.n,
          evidence: o.sentiment.evidence.sort((x, y) => Math.abs(y.score) - Math.abs(x.score)).slice(0, EVIDENCE_SHOWN),
        },
        stance: { ...stance, label: stanceLabel(stance.estimate, band) },
        descriptors: o.descriptors,
      };
    })
    .sort((x, y) => y.mentions - x.mentions || compareNames(x.name, y.name));
}
