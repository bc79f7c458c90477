import test, { type ExecutionContext } from 'ava';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ExtractionRecord } from '../../src/clean/extraction-record.ts';
import { jsonLines, runScript, type Run as ScriptRun } from '../helpers/run-analyze.ts';
import { tempFiles } from '../helpers/temp-dir.ts';

interface Run extends ScriptRun {
  records: ExtractionRecord[];
}

async function extract(args: string[]): Promise<Run> {
  const run = await runScript('src/cli/extract.ts', args, { maxBuffer: 64 * 1024 * 1024 });
  // Every stdout line must be JSON, except the usage text that --help prints.
  return { ...run, records: jsonLines<ExtractionRecord>(run.stdout) };
}

const folder = (t: ExecutionContext, files: Record<string, string | Uint8Array>): Promise<string> => tempFiles(t, files, 'framelens-extract-');

const sentence = 'The council approved the new bridge on Tuesday after a long debate about its cost and timetable.';
const article = (title: string, body: string, head = ''): string =>
  `<html lang="en"><head><title>${title} | The Courier</title><meta property="og:site_name" content="The Courier">${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${title}</h1><p>${body}</p><p>${sentence}</p><p>${sentence.replace('Tuesday', 'Friday')}</p></article><footer>Copyright 2024 The Courier</footer></body></html>`;

test('one file: one JSON line with the record, nothing on stderr, exit 0', async (t) => {
  const dir = await folder(t, { 'a.html': article('Bridge approved', sentence, '<meta name="author" content="Jo Park">') });
  const run = await extract([join(dir, 'a.html')]);
  t.is(run.code, 0, run.stderr);
  t.is(run.stderr, '');
  t.is(run.stdout.split('\n').length, 2, 'one line and the final newline');
  const [r] = run.records;
  t.deepEqual(Object.keys(r!), ['path', 'title', 'byline', 'published', 'siteName', 'lang', 'text', 'comments']);
  t.like(r, { path: join(dir, 'a.html'), title: 'Bridge approved', byline: 'Jo Park', siteName: 'The Courier', lang: 'en', comments: [] });
  t.is(r!.text.split('\n\n').length, 3);
  t.false(r!.text.includes('Home') || r!.text.includes('Copyright'));
});

test('a folder is walked in order; gzip, bad files and missing paths each get a line; exit 1', async (t) => {
  const page = article('Bridge approved', sentence);
  const dir = await folder(t, {
    'b.html.gz': gzipSync(page),
    'a.html': page,
    'sub/c.txt': `Home | News\n\n${sentence}\n`,
    'd.html': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    'e.htm.gz': gzipSync(page).subarray(0, 20),
    'notes.json': '{}',
  });
  const run = await extract([dir, join(dir, 'missing.html')]);
  t.is(run.code, 1);
  t.deepEqual(
    run.records.map((r) => r.path),
    ['a.html', 'b.html.gz', 'd.html', 'e.htm.gz', 'sub/c.txt', 'missing.html'].map((f) => join(dir, f)),
  );
  const [a, b, d, e, c, missing] = run.records;
  t.is(b!.text, a!.text, 'the gzipped copy reads the same');
  t.regex(d!.error ?? '', /not a text file: looks like PNG image/);
  t.regex(e!.error ?? '', /corrupt gzip archive/);
  t.is(c!.text, sentence);
  t.is(missing!.error, 'no such file or folder');
  t.regex(run.stderr, /extracted 3 of 6 inputs, 3 failed/);
});

test('legacy encodings decode: windows-1252, ISO-8859-7 and UTF-16', async (t) => {
  const latin = (s: string): Buffer => Buffer.from(s, 'latin1');
  const cp1252 = Buffer.concat([
    latin('<html><head><meta charset="windows-1252"><title>Caf\xe9 reopens</title></head><body><article><p>'),
    Buffer.from([0x93]),
    latin('We are back,'),
    Buffer.from([0x94]),
    latin(` said the owner of the caf\xe9 on the square after the long works. ${sentence}</p><p>${sentence}</p></article></body></html>`),
  ]);
  const greekWords = Buffer.from([0xc1, 0xe8, 0xde, 0xed, 0xe1]); // "Αθήνα" in ISO-8859-7
  const greek = Buffer.concat([
    latin('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"><title>News</title></head><body><article><p>'),
    greekWords,
    latin(`: ${sentence}</p><p>${sentence}</p></article></body></html>`),
  ]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('Zürich votes', `Zürich voters said “yes” to the plan. ${sentence}`), 'utf16le')]);
  const dir = await folder(t, { '1252.html': cp1252, 'greek.html': greek, 'utf16.html': utf16 });
  const run = await extract([dir]);
  t.is(run.code, 0, run.stdout);
  const [win, el, u16] = run.records;
  t.is(win!.title, 'Café reopens');
  t.true(win!.text.startsWith('“We are back,” said the owner of the café'), win!.text);
  t.true(el!.text.startsWith('Αθήνα: The council'), el!.text);
  t.is(u16!.title, 'Zürich votes');
  t.true(u16!.text.includes('Zürich voters said “yes” to the plan.'));
});

test('--text runs the text cleaner on every input, whatever its extension', async (t) => {
  const dir = await folder(t, { 'copied.html': `Skip to content\nHome | World | Sport\n\n${sentence}\n\nAdvertisement\n`, 'notes.log': `${sentence}\n` });
  const run = await extract(['--text', join(dir, 'copied.html'), join(dir, 'notes.log')]);
  t.is(run.code, 0, run.stderr);
  t.deepEqual(
    run.records.map((r) => r.text),
    [sentence, sentence],
  );
  const auto = await extract([join(dir, 'notes.log')]);
  t.is(auto.code, 1);
  t.regex(auto.records[0]!.error ?? '', /unknown extension/);
});

test('a page with no article says why its text is empty, and is not a failure', async (t) => {
  const dir = await folder(t, { 'empty.html': '<html><head><title>Nothing here</title></head><body></body></html>' });
  const run = await extract([join(dir, 'empty.html')]);
  t.is(run.code, 0);
  t.like(run.records[0], { text: '', reason: 'no main content found: 0 blocks of text' });
});

test('usage errors exit 2 with the usage on stderr; --help prints it on stdout', async (t) => {
  const none = await extract([]);
  t.is(none.code, 2);
  t.regex(none.stderr, /name at least one file or folder[\s\S]*Usage: npm run extract/);
  t.is(none.stdout, '');
  const bad = await extract(['--bogus', 'x']);
  t.is(bad.code, 2);
  t.regex(bad.stderr, /Unknown option '--bogus'/);
  const help = await extract(['--help']);
  t.is(help.code, 0);
  t.regex(help.stdout, /^Usage: npm run extract -- \[--text\]/);
});

test('an empty folder is one error line', async (t) => {
  const dir = await folder(t, { 'readme.md': 'story notes' });
  const run = await extract([dir]);
  t.is(run.code, 1);
  t.is(run.records.length, 1);
  t.regex(run.records[0]!.error ?? '', /no article files/);
});
