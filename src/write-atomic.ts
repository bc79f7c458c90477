// Files written whole or not at all: to a hidden temporary file beside the target, flushed to the
// disk, then renamed over it, and the folder flushed in turn (as write-file-atomic and databases
// do), so a reader, a run killed midway, or a power cut or kernel crash leaves the old file or the
// new one, never an empty or partial file under the final name. Snapshots are often the only copy
// left of a page that has since changed or gone.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { utf8 } from './utf8.ts';

// Pieces are gathered to about this many characters before each write.
const BATCH = 1 << 20;

/** Writes `content` (bytes, a string, or pieces of one in order) to `path`. */
export async function writeAtomically(path: string, content: Uint8Array | string | Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const whole = typeof content === 'string' ? utf8(content) : content;
  const file = await open(temp, 'w');
  try {
    if (whole instanceof Uint8Array) {
      await file.writeFile(whole);
    } else {
      let batch = '';
      for (const piece of whole) {
        batch += piece;
        if (batch.length >= BATCH) {
          await file.write(utf8(batch));
          batch = '';
        }
      }
      await file.write(utf8(batch));
    }
    await file.sync();
    await file.close();
    await rename(temp, path);
    await flushFolder(dirname(path));
  } catch (e) {
    await file.close().catch(() => {});
    await rm(temp, { force: true });
    throw e;
  }
}

/**
 * Flushes a folder's entries (a rename is durable only once its folder is). Where folders cannot
 * be opened for that (Windows), the rename stands as the file system keeps it.
 */
export async function flushFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw e;
  } finally {
    await handle.close();
  }
}
