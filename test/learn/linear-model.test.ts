import test from 'ava';
import { decide, modelFileText, outputFit, probabilities, rateThreshold, weightsByFeature, type LinearModelFile, type LinearOutput } from '../../src/learn/linear-model.ts';
import { seededRandom } from '../../src/learn/random.ts';

test('rateThreshold marks as many items present as there are positive labels', (t) => {
  const scores = [0.9, 0.2, 0.7, 0.4, 0.6];
  const labels = [true, false, false, true, false];
  const threshold = rateThreshold(scores, labels);
  t.true(Math.abs(threshold - 0.65) < 1e-9, 'midway between the 2nd and 3rd highest scores');
  t.is(scores.filter((s) => s >= threshold).length, 2);
});

test('rateThreshold without positives marks nothing, with only positives everything', (t) => {
  t.is(rateThreshold([0.3, 0.8], [false, false]), 1);
  t.is(rateThreshold([0.3, 0.8], [true, true]), 0);
});

test('modelFileText: the same model as JSON, tables one entry a line and unindented', (t) => {
  const model: LinearModelFile = {
    name: 'm',
    description: 'a "quoted" \u0000 description',
    data: { source: 's', licence: 'MIT', files: ['a.tsv'] },
    trainedBy: 'npm run train:m',
    settings: { weights: 'a setting named like a table stays as it is' },
    crossValidated: { auc: 0.8 },
    idf: { tax: 1.5, 'w"x': 2 },
    outputs: [
      { id: 'a', bias: -0.5, threshold: 0.4, weights: { 'w:tax': 0.25, 'cue:x': -1e-5 } },
      { id: 'b', bias: 0, threshold: 0.5, weights: {} },
    ],
  };
  const text = modelFileText(model);
  t.deepEqual(JSON.parse(text), model);
  t.true(text.includes('\n"w:tax": 0.25,\n"cue:x": -0.00001\n}'));
  t.true(text.includes('"weights": {}'));
  t.true(text.includes('"weights": "a setting named like a table stays as it is"'));
  t.true(text.endsWith('}\n'));
});

test('probabilities scores every output in one pass exactly as decide does, one output at a time', (t) => {
  const random = seededRandom(7);
  const names = Array.from({ length: 40 }, (_, i) => `f${i}`);
  // Each output weighs a different part of the features, so most features miss from some outputs.
  const outputs: LinearOutput[] = [0, 1, 2].map((o) => ({
    id: `c${o}`,
    bias: random() - 0.5,
    threshold: 0.5,
    weights: Object.fromEntries(names.filter((_, i) => i % (o + 2) !== 0).map((n) => [n, (random() - 0.5) * 4])),
  }));
  const fits = outputs.map(outputFit);
  const layer = weightsByFeature(fits);
  for (let r = 0; r < 50; r++) {
    const row = new Map(names.filter(() => random() < 0.3).map((n) => [n, random() * (random() < 0.2 ? -1 : 1)]));
    row.set('unknown', 1);
    t.deepEqual(
      probabilities(layer, row),
      outputs.map((o, i) => decide(o, fits[i]!, row).probability),
    );
  }
});
