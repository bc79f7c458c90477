import test from 'ava';
import { csvPieces, EXPORT_COLUMNS } from '../../src/report/corpus-exports.ts';

const csv = (columns: readonly string[], rows: Array<Record<string, unknown>>): string => [...csvPieces(columns, rows)].join('');

test('a header row, then one row per observation; commas, quotes and line breaks quoted', (t) => {
  const text = csv(
    ['story', 'title', 'words'],
    [
      { story: 's', title: 'Cats, dogs and "pets"', words: 3 },
      { story: 's', title: 'Two\nlines', words: 0 },
    ],
  );
  t.is(text, 'story,title,words\ns,"Cats, dogs and ""pets""",3\ns,"Two\nlines",0\n');
});

test('booleans read true and false, missing values are empty, negative numbers stay numbers', (t) => {
  t.is(
    csv(
      ['present', 'url', 'sentiment'],
      [
        { present: true, url: null, sentiment: -0.25 },
        { present: false, sentiment: 0 },
      ],
    ),
    'present,url,sentiment\ntrue,,-0.25\nfalse,,0\n',
  );
});

test('cells a spreadsheet would run as a formula are made text', (t) => {
  const text = csv(['title'], [{ title: '=HYPERLINK("http://x")' }, { title: '+1 point' }, { title: '-ish' }, { title: '@home' }]);
  t.is(text, 'title\n"\'=HYPERLINK(""http://x"")"\n\'+1 point\n\'-ish\n\'@home\n');
});

test('many rows are written in pieces, the same text as at once', (t) => {
  const rows = Array.from({ length: 4500 }, (_, i) => ({ story: `s${i}`, claim: 'c1', outlet: 'A', article: 'a', sentence: 'body:0', text: 'x' }));
  const pieces = [...csvPieces(EXPORT_COLUMNS.claims, rows)];
  t.true(pieces.length > 2);
  t.is(pieces.join('').split('\n').length, 4500 + 2);
});
