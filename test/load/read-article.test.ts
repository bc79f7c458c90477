import test, { type ExecutionContext } from 'ava';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inputKind, listStoryFiles } from '../../src/load/discover.ts';
import { loadStory } from '../helpers/load-story.ts';
import { readArticle } from '../../src/load/read-article.ts';
import { tempFiles } from '../helpers/temp-dir.ts';
import { SETTINGS } from '../helpers/settings.ts';

const folder = (t: ExecutionContext, files: Record<string, string | Uint8Array>): Promise<string> => tempFiles(t, files, 'framelens-read-');

const html = '<html><head><title>T</title></head><body><p>Hello there.</p></body></html>';

test('a gzipped page reads like the page; the hash is of the bytes on disk', async (t) => {
  const packed = gzipSync(html);
  const dir = await folder(t, { 'a.html.gz': packed });
  const read = await readArticle(join(dir, 'a.html.gz'), 'a.html.gz', 'html', SETTINGS.limits);
  t.true(read.ok);
  if (!read.ok) return;
  t.is(read.article.content, html);
  t.is(read.article.kind, 'html');
});

test('gzip is detected by content: a gzipped file named .html is still read', async (t) => {
  const dir = await folder(t, { 'a.html': gzipSync(html) });
  const read = await readArticle(join(dir, 'a.html'), 'a.html', 'html', SETTINGS.limits);
  t.true(read.ok && read.article.content === html);
});

test('front matter inside a gzipped text file is still split off', async (t) => {
  const dir = await folder(t, { 'a.txt.gz': gzipSync('---\noutlet: NPR\n---\nBody line.\n') });
  const read = await readArticle(join(dir, 'a.txt.gz'), 'a.txt.gz', 'text', SETTINGS.limits);
  t.true(read.ok);
  if (!read.ok) return;
  t.deepEqual(read.article.given, { outlet: 'NPR' });
  t.is(read.article.firstLine, 4);
});

test('failures are reasons: missing file, binary inside gzip, corrupt gzip', async (t) => {
  const dir = await folder(t, { 'png.html.gz': gzipSync(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0])), 'bad.html.gz': gzipSync(html).subarray(0, 15) });
  const missing = await readArticle(join(dir, 'nope.html'), 'nope.html', 'html', SETTINGS.limits);
  t.deepEqual(missing, { ok: false, code: 'file-unreadable', reason: 'cannot read: no such file (or a broken link)' });
  const png = await readArticle(join(dir, 'png.html.gz'), 'png.html.gz', 'html', SETTINGS.limits);
  t.like(png, { ok: false, code: 'file-not-text' });
  t.regex(png.ok ? '' : png.reason, /PNG image \(inside the gzip archive\)/);
  const bad = await readArticle(join(dir, 'bad.html.gz'), 'bad.html.gz', 'html', SETTINGS.limits);
  t.like(bad, { ok: false, code: 'file-unreadable' });
  t.regex(bad.ok ? '' : bad.reason, /corrupt gzip/);
});

test('the analyzer finds and loads .gz articles in a story folder', async (t) => {
  t.is(inputKind('x.htm.gz'), 'html');
  t.is(inputKind('x.txt.gz'), 'text');
  t.is(inputKind('x.gz'), null);
  const dir = await folder(t, { 'a.html.gz': gzipSync(html), 'b.txt': 'Plain.\n' });
  t.deepEqual((await listStoryFiles(dir)).articles, [
    { file: 'a.html.gz', kind: 'html' },
    { file: 'b.txt', kind: 'text' },
  ]);
  const story = await loadStory(dir);
  t.deepEqual(
    story.articles.map((a) => a.file),
    ['a.html.gz', 'b.txt'],
  );
  t.is(story.articles[0]!.content, html);
  t.deepEqual(story.diagnostics, []);
});
