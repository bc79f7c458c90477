// What the compare stage reads of an article. A story of thousands of articles is compared from these
// alone, while the full records wait on disk: the same record with the lists that only the article's
// own page shows left empty (every sentiment and frame hit, the headline's and body's frame scores,
// the features behind each presence decision, removed chrome, comments, block offsets, the cues
// behind each actor's stance, and its sentiment evidence past what an outlet shows): most of its size.
import { EVIDENCE_SHOWN } from './actors.ts';
import { isContentWord } from './log-odds.ts';
import type { CachedArticle } from '../cache/story-cache.ts';
import type { ArticleActor, ArticleReport, PartScores, Sentence } from '../types.ts';

// Outlets are compared on the whole text; of the headline and body the token counts are used.
const lean = (scores: PartScores, whole: boolean): PartScores => ({
  ...scores,
  sentiment: { ...scores.sentiment, hits: [] },
  frames: whole ? scores.frames.map((f) => ({ ...f, sentences: [], evidence: [] })) : [],
  presence: whole ? scores.presence.map((p) => ({ ...p, evidence: [] })) : [],
});

// The outlet keeps its strongest evidence over all its articles (a stable sort): each of those is among its own article's strongest.
const leanActor = (actor: ArticleActor): ArticleActor => ({
  ...actor,
  sentiment: { ...actor.sentiment, evidence: [...actor.sentiment.evidence].sort((x, y) => Math.abs(y.score) - Math.abs(x.score)).slice(0, EVIDENCE_SHOWN) },
  stance: { ...actor.stance, evidence: actor.stance.evidence.map((e) => ({ ...e, cues: [] })) },
});

/** The sentences with each text a view into `text` (where it is one), so that a copy read from JSON holds it once. */
const sharing = (sentences: readonly Sentence[], text: string): Sentence[] =>
  sentences.map((s) => {
    const view = text.slice(s.start, s.end);
    return view === s.text ? { ...s, text: view } : s;
  });

export function forComparison(report: ArticleReport): ArticleReport {
  const { headline, body, whole } = report.scores;
  return {
    ...report,
    sentences: { headline: sharing(report.sentences.headline, report.title ?? ''), body: sharing(report.sentences.body, report.text) },
    blocks: [],
    removed: [],
    comments: [],
    scores: { headline: lean(headline, false), body: lean(body, false), whole: lean(whole, true) },
    language: { ...report.language, hits: [] },
    actors: report.actors.map(leanActor),
  };
}

/** An article's result with its report reduced to what the comparison reads, and its words to those distinctive words are drawn from. */
export const leanResult = (result: CachedArticle): CachedArticle => ({
  ...result,
  report: result.report && forComparison(result.report),
  words: result.words.filter(([word]) => isContentWord(word)),
});
