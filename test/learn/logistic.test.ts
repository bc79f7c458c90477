import test from 'ava';
import { fitLogistic, logit, sigmoid, type Features } from '../../src/learn/logistic.ts';

const row = (entries: Record<string, number>): Features => new Map(Object.entries(entries));

test('a separable feature gets a positive weight and ranks the rows; the same rows, the same weights', (t) => {
  const rows = [row({ good: 1 }), row({ good: 1, x: 1 }), row({ bad: 1 }), row({ bad: 1, x: 1 })];
  const labels = [true, true, false, false];
  const fit = fitLogistic(rows, labels, { l2: 0.01 });
  t.true(fit.weights.get('good')! > 0);
  t.true(fit.weights.get('bad')! < 0);
  t.true(Math.abs(fit.weights.get('x')!) < 0.1);
  t.true(sigmoid(logit(fit, rows[0]!)) > 0.5 && sigmoid(logit(fit, rows[2]!)) < 0.5);
  t.deepEqual(fitLogistic(rows, labels, { l2: 0.01 }), fit);
});

test('a stronger penalty shrinks the weights; balanced weighting lifts a rare class', (t) => {
  const rows = [row({ a: 1 }), row({ b: 1 }), row({ b: 1 }), row({ b: 1 }), row({ b: 1 }), row({ a: 1, b: 1 })];
  const labels = [true, false, false, false, false, false];
  const weak = fitLogistic(rows, labels, { l2: 0.001 });
  const strong = fitLogistic(rows, labels, { l2: 1 });
  t.true(Math.abs(strong.weights.get('a')!) < Math.abs(weak.weights.get('a')!));
  const plain = fitLogistic(rows, labels, { l2: 0.1 });
  const balanced = fitLogistic(rows, labels, { l2: 0.1, balanced: true });
  t.true(logit(balanced, rows[0]!) > logit(plain, rows[0]!));
});

test('sigmoid is stable at the extremes', (t) => {
  t.is(sigmoid(0), 0.5);
  t.true(sigmoid(1000) === 1 && sigmoid(-1000) === 0);
});
