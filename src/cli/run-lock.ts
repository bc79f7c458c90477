// One run at a time per reports folder: a lock file holding the owner's pid. A lock left by a run
// that died (its pid is gone) is taken over with a warning; a live one stops this run, saying who.
import { hostname } from 'node:os';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseReadBack } from '../read-back.ts';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type LockResult = { ok: true; release: () => Promise<void>; stale?: LockOwner } | { ok: false; message: string };

export async function acquireLock(outDir: string): Promise<LockResult> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, '.framelens.lock');
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  let stale: LockOwner | undefined;
  for (let tries = 0; tries < 2; tries++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      return { ok: true, release: () => rm(path, { force: true }), ...(stale ? { stale } : {}) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    // Unreadable or of another shape (a run killed before it finished the line): stale.
    const owner = await readFile(path, 'utf8').then(
      (text) => parseReadBack<LockOwner>('lockOwner', text).value,
      () => null,
    );
    if (owner && (owner.host !== me.host || alive(owner.pid))) {
      return {
        ok: false,
        message: `another framelens run (pid ${owner.pid} on ${owner.host}, started ${owner.startedAt}) is writing to ${outDir}; wait for it to finish, or delete ${path} if that run is gone`,
      };
    }
    stale = owner ?? undefined;
    await rm(path, { force: true });
  }
  return { ok: false, message: `could not take the lock ${path}` };
}
