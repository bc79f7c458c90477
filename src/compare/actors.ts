// An outlet's actors: each actor's mentions, reach and descriptions over the outlet's articles,
// and the sentiment toward it pooled sentence by sentence, with each piece of evidence's article.
import { round } from '../round.ts';
import type { ArticleReport, OutletActor } from '../types.ts';
import { compareNames } from './order.ts';

const EVIDENCE_SHOWN = 5;
const DESCRIPTORS_SHOWN = 8;

/** Merged actors of the outlet's articles, most mentioned first. */
export function outletActors(articles: readonly ArticleReport[]): OutletActor[] {
  const byName = new Map<string, OutletActor & { aliasCounts: Map<string, number>; shareSum: number; scoreSum: number; described: Set<string> }>();
  for (const article of articles) {
    for (const a of article.actors) {
      let o = byName.get(a.name);
      if (!o) {
        o = { name: a.name, kind: a.kind, aliases: [], listed: a.listed, mentions: 0, articles: 0, sentenceShare: 0, sentiment: { mean: 0, n: 0, evidence: [] }, descriptors: [], aliasCounts: new Map(), shareSum: 0, scoreSum: 0, described: new Set() };
        byName.set(a.name, o);
      }
      o.mentions += a.mentions;
      o.listed ||= a.listed;
      if (a.mentions > 0) o.articles++;
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
    .map(({ aliasCounts, shareSum, scoreSum, described: _described, ...o }): OutletActor => ({
      ...o,
      aliases: [...aliasCounts].sort((x, y) => y[1] - x[1]).map(([alias]) => alias),
      sentenceShare: round(shareSum / articles.length),
      sentiment: {
        mean: o.sentiment.n ? round(scoreSum / o.sentiment.n) : 0,
        n: o.sentiment.n,
        evidence: o.sentiment.evidence.sort((x, y) => Math.abs(y.score) - Math.abs(x.score)).slice(0, EVIDENCE_SHOWN),
      },
      descriptors: o.descriptors,
    }))
    .sort((x, y) => y.mentions - x.mentions || compareNames(x.name, y.name));
}
