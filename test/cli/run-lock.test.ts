import test from 'ava';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireLock } from '../../src/cli/run-lock.ts';
import { tempDir } from '../helpers/temp-dir.ts';

test('a lock held by a live run stops a second one; released, it is free again', async (t) => {
  const dir = await tempDir(t);
  const first = await acquireLock(dir);
  t.true(first.ok);
  const second = await acquireLock(dir);
  t.false(second.ok);
  if (!second.ok) t.regex(second.message, new RegExp(`another framelens run \\(pid ${process.pid} on `));
  if (first.ok) await first.release();
  const third = await acquireLock(dir);
  t.true(third.ok);
  if (third.ok) await third.release();
});

test('a lock file that is cut short or of another shape is stale: taken over', async (t) => {
  const dir = await tempDir(t);
  for (const text of ['{"pid": 12', JSON.stringify({ pid: 'me', host: hostname(), startedAt: 'x' }), '[]']) {
    await writeFile(join(dir, '.framelens.lock'), text);
    const lock = await acquireLock(dir);
    t.true(lock.ok, text);
    if (lock.ok) {
      t.like(JSON.parse(await readFile(join(dir, '.framelens.lock'), 'utf8')), { pid: process.pid });
      await lock.release();
    }
  }
});
