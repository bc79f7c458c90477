// One scored line of a sentiment file: the record `npm run sentiment` prints and the benchmark
// measures, so the benchmark's figures are the command's figures. The scorer is a parameter so the
// benchmark's peers produce records of the same shape.
import { scoreSentence } from './sentiment.ts';
import { scoreTarget } from './target-sentiment.ts';
import { round } from '../round.ts';
import type { Polarity, SentimentItem } from '../load/sentiment-lines.ts';

export interface Scored {
  score: number;
  polarity: Polarity;
  /** The words that decided the score, in reading order. */
  evidence: string[];
}

export interface SentimentScorer {
  sentence(text: string): Scored;
  /** Polarity toward the mention at [from, to); scorers without one reuse the sentence's score. */
  target?(text: string, mention: { from: number; to: number }): Scored;
}

export interface TargetRecord {
  from: number;
  to: number;
  polarity: Polarity;
  score: number;
  evidence?: string[];
}

export interface SentimentRecord {
  id: string;
  score: number;
  polarity: Polarity;
  evidence?: string[];
  /** JSON Lines input only, in the input's order. */
  targets?: TargetRecord[];
}

export const framelensScorer: SentimentScorer = {
  sentence(text) {
    const { score, polarity, hits } = scoreSentence(text);
    return { score, polarity, evidence: hits.map((h) => h.cue) };
  },
  target: scoreTarget,
};

export function sentimentRecord(item: SentimentItem, options: { evidence?: boolean; scorer?: SentimentScorer } = {}): SentimentRecord {
  const { evidence = false, scorer = framelensScorer } = options;
  const withEvidence = <T extends object>(base: T, s: Scored): T & { evidence?: string[] } => (evidence ? { ...base, evidence: s.evidence } : base);
  const sentence = scorer.sentence(item.text);
  const record: SentimentRecord = withEvidence({ id: item.id, score: round(sentence.score), polarity: sentence.polarity }, sentence);
  if (item.targets) {
    record.targets = item.targets.map(({ from, to }) => {
      const s = scorer.target ? scorer.target(item.text, { from, to }) : sentence;
      return withEvidence({ from, to, polarity: s.polarity, score: round(s.score) }, s);
    });
  }
  return record;
}
