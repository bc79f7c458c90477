import test from 'ava';
import { averageShingles, averageWords, overlap, percentile, precisionRecall, shinglePage, shingles, snippetsFound, wordPage } from '../../bench/extract/metrics.ts';

test('shingles are 4-token windows counted as a multiset', (t) => {
  const bag = shingles('a b c d a b c d');
  t.is(bag.size, 4);
  t.is(
    [...bag.values()].reduce((sum, n) => sum + n, 0),
    5,
  );
  t.is(bag.get(['a', 'b', 'c', 'd'].join('\u0001')), 2);
});

test('a text under 4 tokens is one shingle; an empty text has none', (t) => {
  t.is(shingles('Hello, world').size, 1);
  t.is(shingles(' ,. ').size, 0);
});

test('multiset overlap counts repeats up to the smaller count', (t) => {
  t.is(
    overlap(
      new Map([
        ['x', 3],
        ['y', 1],
      ]),
      new Map([
        ['x', 2],
        ['z', 5],
      ]),
    ),
    2,
  );
});

test('shingle score keeps case and splits on \\w+', (t) => {
  t.like(shinglePage('one two three four', 'one two three four'), { precision: 1, recall: 1 });
  t.like(shinglePage('One two three four', 'one two three four'), { precision: 0, recall: 0 });
  // 5 predicted shingles, 2 truth shingles, both of them found.
  const s = shinglePage('w x a b c d e y', 'a b c d e');
  t.is(s.precision, 2 / 5);
  t.is(s.recall, 1);
});

test('0/0 cases: both empty is perfect, empty output scores zero', (t) => {
  t.deepEqual(precisionRecall(0, 0, 0), { precision: 1, recall: 1 });
  t.deepEqual(shinglePage('', ''), { precision: 1, recall: 1, predicted: false, expected: false });
  t.deepEqual(shinglePage('', 'some real text here'), { precision: 0, recall: 0, predicted: false, expected: true });
  t.deepEqual(shinglePage('chrome only text here', ''), { precision: 0, recall: 0, predicted: true, expected: false });
});

test("tokens are Unicode words, as Python's \\w: Cyrillic and Hangul count", (t) => {
  t.is(shingles('Средняя суточная калорийность диеты').size, 1);
  t.is(shingles('한국어 문장 입니다 정말').size, 1);
  t.like(shinglePage('Средняя суточная калорийность диеты', 'Средняя суточная калорийность диеты'), { precision: 1, recall: 1 });
});

test('an empty output enters the recall average only, as in evaluate.py', (t) => {
  const avg = averageShingles([shinglePage('a b c d', 'a b c d'), shinglePage('', 'e f g h')]);
  t.is(avg.precision, 1);
  t.is(avg.recall, 0.5);
  t.is(avg.pages, 2);
});

test('ScrapingHub F1 is the harmonic mean of averaged precision and recall', (t) => {
  const avg = averageShingles([
    { precision: 1, recall: 0.5, predicted: true, expected: true },
    { precision: 0.5, recall: 0.5, predicted: true, expected: true },
  ]);
  t.is(avg.precision, 0.75);
  t.is(avg.recall, 0.5);
  t.is(avg.f1, (2 * 0.75 * 0.5) / 1.25);
});

test('word F1 lower-cases and treats tokens as a bag', (t) => {
  const s = wordPage('The the CAT', 'the cat sat');
  t.is(s.precision, 2 / 3);
  t.is(s.recall, 2 / 3);
  t.is(s.f1, 2 / 3);
});

test('WCXB average is the mean of per-page F1', (t) => {
  const avg = averageWords([wordPage('a b', 'a b'), wordPage('', 'a b')]);
  t.is(avg.f1, 0.5);
  t.is(avg.pages, 2);
});

test('snippets match case-insensitively with whitespace normalised', (t) => {
  t.is(snippetsFound('Hello   big\nWorld. Bye', ['hello big world', 'bye', 'missing', '  ']), 2);
});

test('percentile uses nearest rank', (t) => {
  t.is(percentile([5, 1, 3, 2, 4], 0.5), 3);
  t.is(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95), 10);
  t.true(Number.isNaN(percentile([], 0.5)));
});
