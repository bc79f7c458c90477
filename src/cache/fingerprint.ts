// What the analysis depends on besides its inputs: the version, and the code and data tables it
// runs with. A change to any of them makes every cached result stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PARTS = ['src', 'data', 'package-lock.json'];

function addTree(hash: ReturnType<typeof createHash>, path: string, name: string): void {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    // A file, or a part a packaged install leaves out.
    try {
      hash.update(`${name}\0`).update(readFileSync(path));
    } catch {
      hash.update(`${name}\0missing`);
    }
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) addTree(hash, join(path, e.name), `${name}/${e.name}`);
}

let memo: string | undefined;

export function analyzerFingerprint(): string {
  if (memo === undefined) {
    const hash = createHash('sha256').update(`framelens ${VERSION}\0`);
    for (const part of PARTS) addTree(hash, join(ROOT, part), part);
    memo = hash.digest('hex');
  }
  return memo;
}
