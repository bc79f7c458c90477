import test from 'ava';
import { isInside, quoteRanges } from '../../src/analyze/sentiment-quotation.ts';

const quoted = (text: string): string[] => quoteRanges(text).map(([a, b]) => text.slice(a, b));

test('typographic, straight and doubled single quotes all open and close', (t) => {
  t.deepEqual(quoted('The mayor called it “a disgrace” on Monday.'), ['a disgrace']);
  t.deepEqual(quoted('She said "we won" and left.'), ['we won']);
  t.deepEqual(quoted("He called it ''a triumph'' twice."), ['a triumph']);
  t.deepEqual(quoted('Two “short” and “sharp” words.'), ['short', 'sharp']);
});

test('apostrophes are not quotes', (t) => {
  t.deepEqual(quoteRanges("The council's plan isn't new."), []);
});

test('an open quote runs to the end of its paragraph, not beyond', (t) => {
  const text = '“We will rebuild. It will take years.\n\nThe vote is on Friday.';
  t.deepEqual(quoted(text), ['We will rebuild. It will take years.']);
});

test('isInside needs the whole span inside one range', (t) => {
  const ranges = quoteRanges('a “bc” d');
  t.true(isInside(ranges, 3, 5));
  t.false(isInside(ranges, 0, 1));
  t.false(isInside(ranges, 3, 8));
});
