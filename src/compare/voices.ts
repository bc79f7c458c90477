// An outlet's voices: who it quotes, how many quoted words each speaker gets and with which verbs,
// the words given to officials, experts, media and others, and how much of its text is quotation.
import { round } from '../round.ts';
import type { ArticleReport, OutletVoices, SpeakerSummary } from '../types.ts';
import { compareNames } from '../text/compare-names.ts';

const count = (into: Record<string, number>, key: string, by = 1): void => {
  into[key] = (into[key] ?? 0) + by;
};

export function outletVoices(articles: readonly ArticleReport[]): OutletVoices {
  const speakers = new Map<string, SpeakerSummary>();
  const categories: OutletVoices['categories'] = {};
  const verbs: Record<string, number> = {};
  let quoted = 0;
  for (const article of articles) {
    for (const q of article.voices.quotes) {
      const words = q.direct ? q.words : 0;
      quoted += words;
      if (words > 0) count(categories, q.category, words);
      if (q.verb) count(verbs, q.verb);
      if (q.speaker === null) continue;
      let s = speakers.get(q.speaker);
      if (!s) {
        s = { name: q.speaker, category: q.category, role: q.role, quotes: 0, words: 0, verbs: {}, articles: [] };
        speakers.set(q.speaker, s);
      }
      s.quotes++;
      s.words += words;
      s.role ??= q.role;
      if (q.verb) count(s.verbs, q.verb);
      if (!s.articles.includes(article.id)) s.articles.push(article.id);
    }
  }
  const bodyWords = articles.reduce((n, a) => n + a.scores.body.tokens, 0);
  return {
    speakers: [...speakers.values()].sort((a, b) => b.words - a.words || b.quotes - a.quotes || compareNames(a.name, b.name)),
    categories,
    verbs,
    quotedShare: bodyWords ? round(quoted / bodyWords) : 0,
  };
}
