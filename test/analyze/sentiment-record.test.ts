import test from 'ava';
import { framelensScorer, sentimentRecord, type SentimentScorer } from '../../src/analyze/sentiment-record.ts';

// A stand-in scorer, so these tests are about the record and not about the lexicon.
const stub: SentimentScorer = {
  sentence: (text) => ({ score: text.length / 3, polarity: 1, evidence: ['whole'] }),
  target: (_text, { from }) => ({ score: -from, polarity: -1, evidence: [`at ${from}`] }),
};

test('a TSV item: id, rounded score and polarity, nothing else', (t) => {
  t.deepEqual(sentimentRecord({ id: 'a', text: 'abcd', rating: 2 }, { scorer: stub }), { id: 'a', score: 1.3333, polarity: 1 });
});

test('a JSONL item: targets in input order from the target scorer; evidence only when asked', (t) => {
  const item = {
    id: 'b',
    text: 'abcdef',
    targets: [
      { from: 4, to: 5 },
      { from: 1, to: 2, gold: 0 as const },
    ],
  };
  t.deepEqual(sentimentRecord(item, { scorer: stub }).targets, [
    { from: 4, to: 5, polarity: -1, score: -4 },
    { from: 1, to: 2, polarity: -1, score: -1 },
  ]);
  const withEvidence = sentimentRecord(item, { scorer: stub, evidence: true });
  t.deepEqual(withEvidence.evidence, ['whole']);
  t.deepEqual(
    withEvidence.targets!.map((x) => x.evidence),
    [['at 4'], ['at 1']],
  );
});

test('a scorer without a target scorer gives each target the sentence score', (t) => {
  const { sentence } = stub;
  const r = sentimentRecord({ id: 'c', text: 'abc', targets: [{ from: 0, to: 1 }] }, { scorer: { sentence } });
  t.deepEqual(r.targets, [{ from: 0, to: 1, polarity: 1, score: 1 }]);
});

test('framelens by default: clear sentences get their sign, evidence names the words', (t) => {
  const good = sentimentRecord({ id: 'p', text: 'The rescue team did a wonderful, brave job.' }, { evidence: true });
  t.is(good.polarity, 1);
  t.true(good.evidence!.includes('wonderful'));
  t.is(sentimentRecord({ id: 'n', text: 'The fire was a terrible disaster.' }).polarity, -1);
  t.is(sentimentRecord({ id: 'z', text: 'The meeting is on Tuesday.' }).polarity, 0);
  t.is(framelensScorer.sentence('').polarity, 0);
});
