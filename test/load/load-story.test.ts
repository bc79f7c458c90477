import test, { type ExecutionContext } from 'ava';
import { createHash } from 'node:crypto';
import { loadStory } from '../helpers/load-story.ts';
import { tempFiles } from '../helpers/temp-dir.ts';

type Files = Record<string, string | Uint8Array>;

const story = (t: ExecutionContext, files: Files): Promise<string> => tempFiles(t, files, 'framelens-load-');

const sha256 = (b: string | Uint8Array): string => createHash('sha256').update(b).digest('hex');

const goodText = 'Launch slips again\n\nThe rocket did not fly on Tuesday.\n';
const goodMd = '---\noutlet: NPR\ntitle: From front matter\n---\n# Launch slips\n\nBody text here.\n';
const goodHtml = '<!doctype html><html><head><title>T</title></head><body><p>Hello.</p></body></html>';
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

test('good files load; each bad file gives exactly one error naming it', async (t) => {
  const dir = await story(t, {
    'a-good.txt': goodText,
    'b-good.md': goodMd,
    'c-good.html': goodHtml,
    'empty.txt': '',
    'image.txt': png,
    'broken-fm.md': '---\noutlet: [CNN\n---\nBody\n',
    'unclosed-fm.md': '---\noutlet: CNN\nBody\n',
    'latin1.txt': Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' au lait.')]),
  });
  const s = await loadStory(dir, 'launch');
  t.is(s.id, 'launch');
  t.is(s.title, 'launch');
  t.deepEqual(
    s.articles.map((a) => a.file),
    ['a-good.txt', 'b-good.md', 'c-good.html'],
  );
  const bad = ['broken-fm.md', 'empty.txt', 'image.txt', 'latin1.txt', 'unclosed-fm.md'];
  t.deepEqual(s.diagnostics.map((d) => d.file).sort(), bad);
  for (const d of s.diagnostics) {
    t.is(d.level, 'error');
    t.is(d.stage, 'load');
  }
  t.deepEqual(s.diagnostics.find((d) => d.file === 'unclosed-fm.md')?.place, { line: 1 }, 'a front matter problem names its line');
  t.is(typeof s.diagnostics.find((d) => d.file === 'broken-fm.md')?.place?.line, 'number');
  const message = (file: string): string => s.diagnostics.find((d) => d.file === file)!.message;
  t.is(message('empty.txt'), 'empty file');
  t.regex(message('image.txt'), /PNG image/);
  t.regex(message('broken-fm.md'), /not valid YAML/);
  t.regex(message('unclosed-fm.md'), /never closed/);
  t.regex(message('latin1.txt'), /not valid UTF-8 \(first bad byte at offset 3\)/);
});

test('a loaded article carries kind, content after front matter, first line and the hash of its raw bytes', async (t) => {
  const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(goodText)]);
  const dir = await story(t, { 'a.txt': bom, 'b.md': goodMd, 'c.html': goodHtml });
  const s = await loadStory(dir);
  const [a, b, c] = s.articles;
  t.deepEqual(a, { file: 'a.txt', kind: 'text', content: goodText, firstLine: 1, given: {}, sha256: sha256(bom) });
  t.deepEqual(b, {
    file: 'b.md',
    kind: 'markdown',
    content: '# Launch slips\n\nBody text here.\n',
    firstLine: 5,
    given: { outlet: 'NPR', title: 'From front matter' },
    sha256: sha256(goodMd),
  });
  t.deepEqual(c, { file: 'c.html', kind: 'html', content: goodHtml, firstLine: 1, given: {}, sha256: sha256(goodHtml) });
  t.deepEqual(s.diagnostics, []);
});

test('HTML is not read for front matter', async (t) => {
  const html = '---\noutlet: CNN\n---\n<p>Hi</p>';
  const dir = await story(t, { 'a.html': html });
  const [a] = (await loadStory(dir)).articles;
  t.is(a!.content, html);
  t.deepEqual(a!.given, {});
});

test('given merges front matter and story.json, story.json winning key by key', async (t) => {
  const dir = await story(t, {
    'story.json': JSON.stringify({
      title: 'Launch delayed',
      articles: { 'b.md': { outlet: 'National Public Radio', url: 'https://npr.org/x' }, 'sub/c.txt': { author: 'Ann' } },
    }),
    'b.md': goodMd,
    'sub/c.txt': goodText,
  });
  const s = await loadStory(dir);
  t.is(s.title, 'Launch delayed');
  t.deepEqual(
    s.articles.map((a) => [a.file, a.given]),
    [
      ['b.md', { outlet: 'National Public Radio', title: 'From front matter', url: 'https://npr.org/x' }],
      ['sub/c.txt', { author: 'Ann' }],
    ],
  );
  t.deepEqual(s.diagnostics, []);
});

test('a broken story.json is one error; the articles still load', async (t) => {
  const dir = await story(t, { 'story.json': '{"title": ', 'a.txt': goodText });
  const s = await loadStory(dir, 'x');
  t.is(s.title, 'x');
  t.deepEqual(
    s.articles.map((a) => a.file),
    ['a.txt'],
  );
  t.is(s.diagnostics.length, 1);
  t.like(s.diagnostics[0], { level: 'error', file: 'story.json', stage: 'load' });
  t.regex(s.diagnostics[0]!.message, /not valid JSON/);
});

test('warnings: unknown metadata keys, skipped files, metadata for a missing file', async (t) => {
  const dir = await story(t, {
    'story.json': JSON.stringify({ articles: { 'gone.txt': { outlet: 'CNN' } }, colour: 'red' }),
    'a.md': '---\nsection: World\n---\nBody\n',
    'photo.jpg': 'x',
  });
  const s = await loadStory(dir);
  t.deepEqual(
    s.articles.map((a) => a.file),
    ['a.md'],
  );
  t.true(s.diagnostics.every((d) => d.level === 'warning' && d.stage === 'load'));
  t.deepEqual(s.diagnostics.map((d) => d.file).sort(), ['a.md', 'photo.jpg', 'story.json', 'story.json']);
  t.true(s.diagnostics.some((d) => d.file === 'story.json' && /"gone\.txt"/.test(d.message)));
  t.true(s.diagnostics.some((d) => d.file === 'story.json' && /"colour"/.test(d.message)));
  t.true(s.diagnostics.some((d) => d.file === 'a.md' && /"section"/.test(d.message)));
  t.true(s.diagnostics.some((d) => d.file === 'photo.jpg' && /skipped: unknown extension "\.jpg"/.test(d.message)));
});

test('a folder with no articles gives an error for "."', async (t) => {
  const dir = await story(t, { 'story.json': '{"title": "Nothing yet"}', 'README.md': '# Notes' });
  const s = await loadStory(dir, 'empty');
  t.deepEqual(s.articles, []);
  t.deepEqual(s.diagnostics, [{ level: 'error', code: 'story-empty', file: '.', stage: 'load', message: 'no article files (.txt, .md, .html) or URLs (sources.txt) in this story folder' }]);
});

test('a folder whose only articles are unreadable has per-file errors, not the "." error', async (t) => {
  const dir = await story(t, { 'a.txt': '' });
  const s = await loadStory(dir);
  t.deepEqual(
    s.diagnostics.map((d) => [d.level, d.file]),
    [['error', 'a.txt']],
  );
});
