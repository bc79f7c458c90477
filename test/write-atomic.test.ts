import test from 'ava';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { flushFolder, writeAtomically } from '../src/write-atomic.ts';
import { tempDir } from './helpers/temp-dir.ts';

test('writeAtomically writes the whole text, creates folders, replaces an old file and leaves no temporary file', async (t) => {
  const dir = await tempDir(t, 'framelens-atomic-');
  const path = join(dir, 'snapshots', '127.0.0.1_8080', 'news-article-html-0123abcd.html');
  await writeAtomically(path, 'first version');
  t.is(await readFile(path, 'utf8'), 'first version');
  const big = `<p>${'é'.repeat(2_000_000)}</p>`;
  await writeAtomically(path, big);
  t.is(await readFile(path, 'utf8'), big);
  t.deepEqual(await readdir(join(dir, 'snapshots', '127.0.0.1_8080')), ['news-article-html-0123abcd.html']);
});

test('writeAtomically writes bytes as they are', async (t) => {
  const path = join(await tempDir(t, 'framelens-atomic-'), 'record.json');
  const bytes = new TextEncoder().encode('{"text":"naïve — “quoted”"}\n');
  await writeAtomically(path, bytes);
  t.deepEqual(new Uint8Array(await readFile(path)), bytes);
});

test('concurrent writes to one path leave one complete version, never a mix', async (t) => {
  const dir = await tempDir(t, 'framelens-atomic-');
  const path = join(dir, 'page.html');
  const versions = ['a', 'b', 'c', 'd'].map((c) => c.repeat(500_000));
  await Promise.all(versions.map((v) => writeAtomically(path, v)));
  t.true(versions.includes(await readFile(path, 'utf8')));
  t.deepEqual(await readdir(dir), ['page.html']);
});

// Root can write into read-only folders, so the failure is made another way: the target path is a
// folder that is not empty, which rename cannot replace.
test('a write that fails leaves the old content and no temporary file behind', async (t) => {
  const dir = await tempDir(t, 'framelens-atomic-');
  const path = join(dir, 'page.html');
  await mkdir(path);
  await writeFile(join(path, 'keep'), 'old');
  await t.throwsAsync(writeAtomically(path, 'new page'));
  t.deepEqual(await readdir(dir), ['page.html']);
  t.is(await readFile(join(path, 'keep'), 'utf8'), 'old');
});

test('a folder is flushed after a rename; a path that is not a folder one can open is left as it is', async (t) => {
  const dir = await tempDir(t, 'framelens-atomic-');
  await t.notThrowsAsync(flushFolder(dir));
  await t.notThrowsAsync(flushFolder(join(dir, 'missing')));
});
