// Files written whole or not at all: to a hidden temporary file beside the target, then renamed
// over it, so a reader (or a run killed midway) sees the old file or the new one, never half.
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
    await file.close();
    await rename(temp, path);
  } catch (e) {
    await file.close().catch(() => {});
    await rm(temp, { force: true });
    throw e;
  }
}
