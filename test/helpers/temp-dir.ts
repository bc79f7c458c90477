// Temporary folders for tests, removed when the test ends.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

interface Teardown {
  teardown: (fn: () => Promise<void>) => void;
}

export async function tempDir(t: Teardown, prefix = 'framelens-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A temporary folder holding `files` (relative path → content), sub-folders made as needed. */
export async function tempFiles(t: Teardown, files: Record<string, string | Uint8Array>, prefix?: string): Promise<string> {
  const dir = await tempDir(t, prefix);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}
