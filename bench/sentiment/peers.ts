// The sentence scorers under comparison. framelens scores targets with its own target scorer; the
// peers have none, so each target gets its sentence's polarity (how the README's figures were made).
import { createRequire } from 'node:module';
import Sentiment from 'sentiment';
import { framelensScorer, type SentimentScorer } from '../../src/analyze/sentiment-record.ts';
import type { Polarity } from '../../src/load/sentiment-lines.ts';

export interface Peer {
  name: string;
  scorer: SentimentScorer;
}

// vader-sentiment is CommonJS without types; only its compound score is used.
const vader = createRequire(import.meta.url)('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};
// VADER's documented neutral band for the compound score.
const VADER_NEUTRAL = 0.05;

const shipped = new Sentiment();

/** The `sentiment` package as it ships: AFINN-165 comparative score, polarity from its sign. */
const sentimentPackage: Peer = {
  name: 'sentiment',
  scorer: {
    sentence(text) {
      const r = shipped.analyze(text);
      return { score: r.comparative, polarity: Math.sign(r.comparative) as Polarity, evidence: [...r.positive, ...r.negative] };
    },
  },
};

const vaderPeer: Peer = {
  name: 'vader',
  scorer: {
    sentence(text) {
      const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(text);
      const polarity: Polarity = compound >= VADER_NEUTRAL ? 1 : compound <= -VADER_NEUTRAL ? -1 : 0;
      return { score: compound, polarity, evidence: [] };
    },
  },
};

export const PEERS: Peer[] = [{ name: 'framelens', scorer: framelensScorer }, sentimentPackage, vaderPeer];
