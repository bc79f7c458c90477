import test from 'ava';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzerFingerprint } from '../../src/cache/fingerprint.ts';
import { readStoryCache, runRecords, storyRecords, writeStoryCache, type CachedArticle } from '../../src/cache/story-cache.ts';
import { writeAtomically } from '../../src/write-atomic.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const record: CachedArticle = { report: null, words: [['moon', 2]], diagnostics: [] };

test('a story cache is written and read back; records are one file each, kept or dropped by key', async (t) => {
  const dir = await tempDir(t);
  const cache = {
    fingerprint: analyzerFingerprint(),
    storyKey: 'k',
    reportSha256: 'r',
    articles: ['a', 'b'],
    pagesDir: '/reports/moon',
    pages: { p: { record: 'articles/a.json', page: 'articles/a.html' } },
  };
  await writeStoryCache(dir, 'moon/base', cache);
  t.deepEqual(await readStoryCache(dir, 'moon/base'), { cache });
  const records = storyRecords(dir, 'moon/base');
  await writeAtomically(records.path('a'), JSON.stringify(record));
  await writeAtomically(records.path('b'), JSON.stringify(record));
  t.deepEqual(await records.get('a'), record);
  t.is(await records.get('missing'), null);
  await records.retain(new Set(['b']));
  t.is(await records.get('a'), null);
  t.deepEqual(await records.get('b'), record);
  t.true(records.path('b').endsWith('b.json'));
});

test('a cache of another version, layout or a broken file counts as absent, with the reason', async (t) => {
  const dir = await tempDir(t);
  t.deepEqual(await readStoryCache(dir, 'none'), { cache: null });
  const write = async (id: string, text: string) => {
    await mkdir(join(dir, id), { recursive: true });
    await writeFile(join(dir, id, 'story.json'), text);
  };
  await write('broken', '{"fingerprint":');
  await write('old', JSON.stringify({ fingerprint: analyzerFingerprint(), storyKey: 'k', reportSha256: 'r', articles: { key: {} }, pagesDir: '/r', pages: {} }));
  await write('other', JSON.stringify({ fingerprint: 'f', storyKey: 'k', reportSha256: 'r', articles: [], pagesDir: '/r', pages: {} }));
  t.regex((await readStoryCache(dir, 'broken')).problem ?? '', /not JSON/);
  t.regex((await readStoryCache(dir, 'old')).problem ?? '', /not a cache of this version \(at \/articles: must be array\)/);
  t.regex((await readStoryCache(dir, 'other')).problem ?? '', /another version or build/);
});

test("a run's own records live in a temporary folder that is discarded", async (t) => {
  const records = await runRecords();
  await writeAtomically(records.path('x'), JSON.stringify(record));
  const folder = records.path('x').replace(/\/x\.json$/, '');
  t.deepEqual(await readdir(folder), ['x.json']);
  await records.discard();
  t.false(existsSync(folder));
});

test('a cached record that is not one of this version counts as absent, and is named', async (t) => {
  const dir = await tempDir(t);
  const heard: string[] = [];
  const records = storyRecords(dir, 'moon', (file, problem) => heard.push(`${file}: ${problem}`));
  await writeAtomically(records.path('a'), JSON.stringify({ report: { id: 'x' }, words: [], diagnostics: [] }));
  await writeAtomically(records.path('b'), '{"report":');
  t.is(await records.get('a'), null);
  t.is(await records.get('b'), null);
  t.is(heard.length, 2);
  t.regex(heard[0]!, /a\.json: at \/report: /);
  t.regex(heard[1]!, /b\.json: not JSON/);
});
