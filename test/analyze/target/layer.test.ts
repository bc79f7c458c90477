import test from 'ava';
import { tokenize } from '../../../src/text/segment.ts';
import { decideTarget, targetRow, targetTerms, TARGET_MODEL } from '../../../src/analyze/target/layer.ts';
import type { LinearModelFile } from '../../../src/learn/linear-model.ts';

const terms = (text: string, name: string, window = 2) => {
  const from = text.indexOf(name);
  return targetTerms(tokenize(text), { from, to: from + name.length }, window);
};

test('the mention becomes one marker; unigrams and bigrams of stems; the window on each side', (t) => {
  const r = terms('Critics blamed Mayor Lee for delays.', 'Mayor Lee');
  t.deepEqual(r.sentence.slice(0, 5), ['s:critic', 's:blame', 's:<t>', 's:for', 's:delai']);
  t.true(r.sentence.includes('s:blame <t>'));
  t.true(r.sentence.includes('s:<t> for'));
  t.deepEqual(r.window, ['l:critic', 'l:blame', 'r:for', 'r:delai']);
});

test('a mention at the start has no left window; one that covers no token gets the marker before the next', (t) => {
  t.deepEqual(terms('Lee resigned.', 'Lee').window, ['r:resign']);
  const text = 'They met - then left.';
  const between = targetTerms(tokenize(text), { from: 8, to: 9 }, 1);
  t.deepEqual(between.window, ['l:met', 'r:then']);
});

test("the row: TF-IDF of known terms, the rules' score squashed, their polarity, the sentence score", (t) => {
  const idf = new Map([
    ['s:blame', 2],
    ['l:blame', 1],
  ]);
  const row = targetRow(terms('Critics blamed Lee.', 'Lee'), { target: { score: -2, polarity: -1 }, sentence: -0.5 }, idf, { window: 2, ruleScale: 2 });
  t.deepEqual([...row.keys()].sort(), ['l:blame', 'rule', 'rule:negative', 's:blame', 'sentence']);
  t.is(row.get('s:blame'), 1);
  t.is(row.get('rule'), Math.tanh(-1));
  const neutral = targetRow(terms('Lee spoke.', 'Lee'), { target: { score: 0, polarity: 0 }, sentence: 0 }, idf, { window: 2, ruleScale: 2 });
  t.deepEqual([...neutral.keys()], ['rule']);
});

test('decideTarget: the most probable output wins; its probabilities sum to 1', (t) => {
  const output = (id: string, bias: number) => ({ id, bias, threshold: 0, weights: { x: id === 'negative' ? 3 : 0 } });
  const model: LinearModelFile = { ...TARGET_MODEL, idf: {}, outputs: [output('negative', -1), output('neutral', 0), output('positive', -1)] };
  const neutral = decideTarget(new Map(), model, 4);
  t.is(neutral.polarity, 0);
  t.is(neutral.score, 0);
  t.true(Math.abs(neutral.probabilities.reduce((a, b) => a + b, 0) - 1) < 1e-3);
  const negative = decideTarget(new Map([['x', 1]]), model, 4);
  t.is(negative.polarity, -1);
  t.true(negative.score < 0);
  t.deepEqual(negative.evidence, [{ feature: 'x', contribution: 3 }]);
});

test('the shipped model names its data, licence, command and cross-validated figures', (t) => {
  t.is(TARGET_MODEL.trainedBy, 'npm run train:target');
  t.regex(TARGET_MODEL.data.source, /NewsMTSC.*Hamborg.*EACL 2021/);
  t.regex(TARGET_MODEL.data.licence, /MIT/);
  t.deepEqual(
    TARGET_MODEL.outputs.map((o) => o.id),
    ['negative', 'neutral', 'positive'],
  );
  t.true((TARGET_MODEL.crossValidated.macroF1 ?? 0) >= 0.65);
});
