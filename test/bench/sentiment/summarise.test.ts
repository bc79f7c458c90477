import test from 'ava';
import { checkGoals, goalFor } from '../../../bench/sentiment/goals.ts';
import { newsmtscFigures, nytFigures, runScorer, type NewsMtscFigures, type NytFigures } from '../../../bench/sentiment/summarise.ts';
import type { SentimentScorer } from '../../../src/analyze/sentiment-record.ts';
import type { SentimentItem } from '../../../src/load/sentiment-lines.ts';

// Scores are read off the text, so each case says what it expects.
const byText: SentimentScorer = {
  sentence: (text) => {
    const score = Number(text);
    return { score, polarity: Math.sign(score) as -1 | 0 | 1, evidence: [] };
  },
  target: (text, { from }) => ({ score: 0, polarity: text[from] === '+' ? 1 : text[from] === '-' ? -1 : 0, evidence: [] }),
};

test('NYT figures: r on the score, 3 classes from the rating, binary accuracy on |gold| >= 1', (t) => {
  const items: SentimentItem[] = [
    { id: '1', text: '2', rating: 3 },
    { id: '2', text: '-1', rating: -2 },
    { id: '3', text: '0', rating: 0.4 },
    { id: '4', text: '0', rating: 1 },
  ];
  const f = nytFigures(items, runScorer(items, byText));
  t.is(f.sentences, 4);
  t.is(f.binarySentences, 3);
  t.is(f.binaryAccuracy, 2 / 3, 'a zero score is a miss');
  t.true(f.pearson > 0.8);
  // Classes: gold [1, -1, 0, 1], predicted [1, -1, 0, 0] → F1 1 (-1), 2/3 (0), 2/3 (1).
  t.true(Math.abs(f.macroF1 - (1 + 2 / 3 + 2 / 3) / 3) < 1e-12);
});

test('NewsMTSC figures read the target records, and only targets with gold', (t) => {
  const items: SentimentItem[] = [
    {
      id: 'a',
      text: '+x-',
      targets: [
        { from: 0, to: 1, gold: 1 },
        { from: 2, to: 3, gold: 1 },
      ],
    },
    {
      id: 'b',
      text: '0x',
      targets: [
        { from: 1, to: 2, gold: 0 },
        { from: 0, to: 1 },
      ],
    },
  ];
  const f = newsmtscFigures(items, runScorer(items, byText));
  t.like(f, { sentences: 2, targets: 3, accuracy: 2 / 3 });
});

const nyt = (pearson: number, macroF1: number): NytFigures => ({ sentences: 1, pearson, macroF1, binaryAccuracy: 0, binarySentences: 0, sentencesPerSec: 1 });
const mtsc = (macroF1: number, stanceNegativeAuc = 0.8): NewsMtscFigures => ({
  sentences: 1,
  targets: 1,
  macroF1,
  accuracy: 0,
  sentencesPerSec: 1,
  stanceArticles: 1,
  stanceMacroF1: 0.5,
  stanceNegativeAuc,
});

test('goals read framelens only; NaN is not measured', (t) => {
  const checks = checkGoals({ nyt: { framelens: nyt(0.6, 0.5), vader: nyt(0.9, 0.9) }, newsmtsc: { framelens: mtsc(Number.NaN) } });
  t.deepEqual(
    checks.map((c) => [c.label, c.value, c.met]),
    [
      ['NYT Pearson r', 0.6, true],
      ['NYT 3-class macro-F1', 0.5, false],
      ['NewsMTSC target macro-F1 (CV)', null, null],
      ['NewsMTSC article stance, AUC of negative portrayals (CV)', 0.8, true],
    ],
  );
  t.is(goalFor('nyt', 'pearson'), '>= 0.585');
  t.is(goalFor('nyt', 'binaryAccuracy'), undefined);
});
