import test from 'ava';
import { FrontMatterError, readGivenMeta, splitFrontMatter } from '../../src/load/front-matter.ts';

test('text without front matter comes back whole, from line 1', (t) => {
  const text = 'Title\n\nBody text.\n';
  t.deepEqual(splitFrontMatter(text), { given: {}, body: text, bodyLine: 1, warnings: [] });
});

test('a "---" that is not on the first line is not front matter', (t) => {
  const text = 'Intro\n---\noutlet: CNN\n---\n';
  t.is(splitFrontMatter(text).body, text);
});

test('valid front matter is read and the body starts after the closing line', (t) => {
  const text = ['---', 'outlet: CNN', 'title: "A headline: with colon"', 'author: Jane Doe', '---', '# Heading', '', 'Body.'].join('\n');
  const fm = splitFrontMatter(text);
  t.deepEqual(fm.given, { outlet: 'CNN', title: 'A headline: with colon', author: 'Jane Doe' });
  t.is(fm.body, '# Heading\n\nBody.');
  t.is(fm.bodyLine, 6);
  t.deepEqual(fm.warnings, []);
  // bodyLine points at the body's first line in the original file.
  t.is(text.split('\n')[fm.bodyLine - 1], '# Heading');
});

test('bodyLine counts CRLF files and a "..." closing line the same way', (t) => {
  const crlf = splitFrontMatter('---\r\nurl: https://example.com/a\r\n---\r\nFirst line\r\nSecond');
  t.deepEqual(crlf.given, { url: 'https://example.com/a' });
  t.is(crlf.body, 'First line\r\nSecond');
  t.is(crlf.bodyLine, 4);
  const dots = splitFrontMatter('---\noutlet: NPR\npublished: x\n...\n\nBody');
  t.is(dots.bodyLine, 5);
  t.is(dots.body, '\nBody');
});

test('empty front matter gives no metadata and no complaint', (t) => {
  const fm = splitFrontMatter('---\n---\nBody');
  t.deepEqual(fm, { given: {}, body: 'Body', bodyLine: 3, warnings: [] });
  t.deepEqual(splitFrontMatter('---\n# only a comment\n---\nBody').given, {});
});

test('front matter that is never closed is an error', (t) => {
  t.throws(() => splitFrontMatter('---\noutlet: CNN\n\nBody text'), { message: /never closed/ });
});

test('invalid YAML is an error that says so on one line', (t) => {
  const e = t.throws<FrontMatterError>(() => splitFrontMatter('---\noutlet: [CNN\ntitle: x\n---\nBody'));
  t.regex(e!.message, /^front matter is not valid YAML: /);
  t.false(e!.message.includes('\n'));
  t.is(typeof e!.line, 'number', 'the line of the file the error is on');
});

test("a YAML error names its line of the file, counting the opening '---'", (t) => {
  const e = t.throws<FrontMatterError>(() => splitFrontMatter('---\noutlet: CNN\ntitle: x: y\n---\nBody'));
  t.is(e!.line, 3);
  t.false(/at line/.test(e!.message), "yaml's own count, from the front matter's first line, is left out");
  t.is(t.throws<FrontMatterError>(() => splitFrontMatter('---\noutlet: CNN\n\nBody text'))!.line, 1, 'never closed: the opening line');
});

test('a value YAML reads as syntax (a title with ": ", a handle with "@") gets the quoted line to write instead', (t) => {
  const colon = t.throws<FrontMatterError>(() => splitFrontMatter('---\noutlet: CNN\ntitle: Moon base: the plan\n---\nBody'));
  t.regex(colon!.message, /; put the value in quotes: title: "Moon base: the plan"$/);
  const handle = t.throws<FrontMatterError>(() => splitFrontMatter('---\noutlet: @orbitdaily\n---\nBody'));
  t.regex(handle!.message, /; put the value in quotes: outlet: "@orbitdaily"$/);
  t.deepEqual(splitFrontMatter('---\ntitle: "Moon base: the plan"\noutlet: "@orbitdaily"\n---\nBody').given, { title: 'Moon base: the plan', outlet: '@orbitdaily' });
  const unclosed = t.throws<FrontMatterError>(() => splitFrontMatter('---\ntitle: "Moon base\n---\nBody'));
  t.false(unclosed!.message.includes('put the value in quotes'), 'no hint where quotes are already there');
});

test('a list or a scalar instead of a mapping is an error', (t) => {
  t.throws(() => splitFrontMatter('---\n- outlet\n- CNN\n---\nBody'), { message: /must be a mapping/ });
  t.throws(() => splitFrontMatter('---\njust words\n---\nBody'), { message: /must be a mapping/ });
});

test('unknown keys are ignored with a warning that lists the known ones', (t) => {
  const fm = splitFrontMatter('---\noutlet: CNN\nsource: somewhere\n---\nBody');
  t.deepEqual(fm.given, { outlet: 'CNN' });
  t.is(fm.warnings.length, 1);
  t.regex(fm.warnings[0]!, /^front matter: unknown key "source" ignored/);
  t.regex(fm.warnings[0]!, /outlet, url, title, published, author/);
});

test('numbers and dates become strings; empty values are dropped', (t) => {
  const fm = splitFrontMatter('---\ntitle: 1984\npublished: 2024-03-05\nauthor:\nurl: ""\n---\nBody');
  t.deepEqual(fm.given, { title: '1984', published: '2024-03-05' });
  t.deepEqual(fm.warnings, []);
});

test('readGivenMeta trims text and warns about lists and objects', (t) => {
  const { given, warnings } = readGivenMeta({ outlet: '  The Hill ', author: ['A', 'B'], url: { href: 'x' }, published: new Date('2023-11-02T15:00:00Z') }, 'here');
  t.deepEqual(given, { outlet: 'The Hill', published: '2023-11-02' });
  t.deepEqual(warnings, ['here: "author" must be text, got a list', 'here: "url" must be text, got object']);
});

test('readGivenMeta drops booleans with a warning rather than stringifying them', (t) => {
  const { given, warnings } = readGivenMeta({ title: true }, 'w');
  t.deepEqual(given, {});
  t.deepEqual(warnings, ['w: "title" must be text, got boolean']);
});
