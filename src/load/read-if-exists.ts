// An optional file: its text, or null when it is not there. Any other failure is the caller's to report.
import { readFile } from 'node:fs/promises';

export async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
