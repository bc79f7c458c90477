// A copy of data/ with one file changed, for tests of how a broken settings file or table is refused.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../src/settings/read-checked.ts';
import { tempDir } from './temp-dir.ts';

export type JsonEdit = (value: Record<string, unknown>) => unknown;

/** Rewrites the JSON file `file` as `edit` changes it. */
export function editJsonFile(file: string, edit: JsonEdit): void {
  writeFileSync(file, JSON.stringify(edit(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)));
}

/** A temporary copy of data/ with `name`.json (a path under data/, without .json) changed by `edit`. */
export async function editedData(t: Parameters<typeof tempDir>[0], name: string, edit: JsonEdit): Promise<string> {
  const dir = await tempDir(t);
  cpSync(DATA_DIR, dir, { recursive: true });
  editJsonFile(join(dir, `${name}.json`), edit);
  return dir;
}
