import test from 'ava';
import { lineParserOf, parseIdTextJson, parseIdTextTsv } from '../../src/load/frame-lines.ts';

const errorOf = (r: ReturnType<typeof parseIdTextTsv>): string => (r.ok ? '' : r.error);

test('a TSV line is id, text', (t) => {
  t.deepEqual(parseIdTextTsv('a1\tThe plan fell apart.'), { ok: true, item: { id: 'a1', text: 'The plan fell apart.' } });
});

test('a TSV line with the wrong column count, an empty id or an empty text is an error', (t) => {
  t.regex(errorOf(parseIdTextTsv('a1\tone\ttwo')), /expected 2 .* found 3/);
  t.is(errorOf(parseIdTextTsv('\tThe plan fell apart.')), 'id is empty');
  t.is(errorOf(parseIdTextTsv('a1\t ')), 'text is empty');
});

test('a JSON line gives id (a number read as a string) and text', (t) => {
  t.deepEqual(parseIdTextJson('{"id": 7, "text": "Hi there."}'), { ok: true, item: { id: '7', text: 'Hi there.' } });
});

test('bad JSON lines: invalid JSON, not an object, missing or empty fields', (t) => {
  t.regex(errorOf(parseIdTextJson('{"id": 1')), /invalid JSON/);
  t.regex(errorOf(parseIdTextJson('[1]')), /not a JSON object/);
  t.regex(errorOf(parseIdTextJson('{"text": "x"}')), /"id" must be/);
  t.regex(errorOf(parseIdTextJson('{"id": "a", "text": 3}')), /"text" must be/);
  t.is(errorOf(parseIdTextJson('{"id": "", "text": "Hi."}')), 'id is empty');
  t.is(errorOf(parseIdTextJson('{"id": "a", "text": ""}')), 'text is empty');
});

test('the parser follows the extension; an article file has none', (t) => {
  t.is(lineParserOf('x.TSV'), parseIdTextTsv);
  t.is(lineParserOf('x.jsonl'), parseIdTextJson);
  t.is(lineParserOf('x.html'), null);
});
