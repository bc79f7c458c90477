// A copy of data/ with one file changed, for tests of how a broken settings file or table is refused.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../src/settings/read-checked.ts';
import { tempDir } from './temp-dir.ts';

/** A temporary copy of data/ with `name`.json (a path under data/, without .json) changed by `edit`. */
export async function editedData(t: Parameters<typeof tempDir>[0], name: string, edit: (value: Record<string, unknown>) => unknown): Promise<string> {
  const dir = await tempDir(t);
  cpSync(DATA_DIR, dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(edit(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)));
  return dir;
}
