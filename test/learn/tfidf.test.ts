import test from 'ava';
import { fitIdf, tfidf } from '../../src/learn/tfidf.ts';

test('idf: terms in fewer than minDf documents are dropped; rarer terms weigh more', (t) => {
  const idf = fitIdf(
    [
      ['tax', 'cut'],
      ['tax', 'war'],
      ['tax', 'war', 'once'],
    ],
    2,
  );
  t.deepEqual([...idf.keys()], ['tax', 'war']);
  t.true(idf.get('war')! > idf.get('tax')!);
  t.is(idf.get('tax'), Math.log(4 / 4) + 1);
});

test('tfidf: known terms only, sublinear counts, unit length, named with the prefix', (t) => {
  const idf = new Map([
    ['tax', 1],
    ['war', 2],
  ]);
  const v = tfidf(['tax', 'tax', 'war', 'unknown'], idf, 'w:');
  t.deepEqual([...v.keys()], ['w:tax', 'w:war']);
  const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  t.true(Math.abs(norm - 1) < 1e-12);
  const ratio = v.get('w:tax')! / v.get('w:war')!;
  t.true(Math.abs(ratio - (1 + Math.log(2)) / 2) < 1e-12);
  t.is(tfidf(['unknown'], idf).size, 0);
});
