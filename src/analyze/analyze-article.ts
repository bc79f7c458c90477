// The analyze stage for one article: segment headline and body, then score each part and both
// together, and find the article's actors, its voices and its loaded or hedging words.
import { actorMentions, findActors } from './actors/find-actors.ts';
import { DEFAULT_GAZETTEER, type Gazetteer } from './actors/gazetteer.ts';
import { detectLanguage } from './detect-language.ts';
import { dominantFrom, framePresence, topFrames } from './frame-presence.ts';
import { mergeFrames, scoreFrames } from './frames.ts';
import { scoreLanguage } from './language.ts';
import { findVoices } from './voices/find-voices.ts';
import { segment } from '../text/segment.ts';
import { mergeSentiment, scoreSegment } from './sentiment.ts';
import type { ArticleReport, CleanedArticle, FrameScore, LoadedArticle, OutletRef, PartScores, Segment, SentimentScore } from '../types.ts';

export interface AnalyzedArticle {
  report: ArticleReport;
  /** Counts of normalised tokens over headline and body, for the vocabulary comparison. */
  words: Map<string, number>;
}

function partScores(segments: Segment[], sentiment: SentimentScore, frames: FrameScore[]): PartScores {
  const presence = framePresence(segments, frames);
  return { tokens: sentiment.tokens, sentiment, frames, dominant: dominantFrom(presence), presence, top: topFrames(presence) };
}

/** A sentence as the report keeps it: without its tokens. */
export const publicSentence = ({ tokens: _tokens, ...sentence }: Segment['sentences'][number]) => sentence;

export function analyzeArticle(loaded: LoadedArticle, cleaned: CleanedArticle, outlet: OutletRef, gazetteer: Gazetteer = DEFAULT_GAZETTEER): AnalyzedArticle {
  const { given, file } = loaded;
  const { found } = cleaned;
  const title = given.title ?? cleaned.title ?? found.title ?? null;
  let offset = 0;
  const blocks = cleaned.blocks.map((b) => {
    const start = offset;
    offset += b.text.length + 2;
    return { kind: b.kind, start, end: start + b.text.length };
  });
  const text = cleaned.blocks.map((b) => b.text).join('\n\n');
  const lang = detectLanguage(title ?? '', text);
  const shownHeadline = segment('headline', title ?? '');
  const shownBody = segment('body', text);
  // Not English: the text is kept and shown, but English lexicons would only find noise in it.
  const [headline, body] = lang.scored ? [shownHeadline, shownBody] : [segment('headline', ''), segment('body', '')];
  const h = scoreSegment(headline);
  const b = scoreSegment(body);
  const words = new Map<string, number>();
  for (const seg of [headline, body]) {
    for (const s of seg.sentences) for (const t of s.tokens) words.set(t.norm, (words.get(t.norm) ?? 0) + 1);
  }
  const headScores = partScores([headline], h.score, scoreFrames([headline]));
  const bodyScores = partScores([body], b.score, scoreFrames([body]));
  const wholeSentiment = mergeSentiment([h.score, b.score]);
  const whole = partScores([headline, body], wholeSentiment, mergeFrames([headScores.frames, bodyScores.frames], wholeSentiment.tokens));
  const mentions = actorMentions([headline, body], gazetteer);
  const actors = findActors([headline, body], mentions, gazetteer);
  const report: ArticleReport = {
    id: file,
    file,
    kind: loaded.kind,
    sha256: loaded.sha256,
    outlet,
    title,
    url: given.url ?? found.url ?? null,
    published: given.published ?? found.published ?? null,
    author: given.author ?? found.author ?? null,
    lang,
    text,
    blocks,
    sentences: { headline: shownHeadline.sentences.map(publicSentence), body: shownBody.sentences.map(publicSentence) },
    sentenceSentiment: [...h.sentences, ...b.sentences],
    removed: cleaned.removed,
    comments: cleaned.comments,
    scores: { headline: headScores, body: bodyScores, whole },
    actors,
    voices: findVoices(body, mentions, actors),
    language: scoreLanguage([headline, body]),
  };
  return { report, words };
}
