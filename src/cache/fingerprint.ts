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

const memo = new Map<string, string>();

function fingerprintOf(parts: readonly string[], label: string): string {
  let digest = memo.get(label);
  if (digest === undefined) {
    const hash = createHash('sha256').update(`framelens ${label}\0`);
    for (const part of parts) addTree(hash, join(ROOT, part), part);
    digest = hash.digest('hex');
    memo.set(label, digest);
  }
  return digest;
}

export const analyzerFingerprint = (): string => fingerprintOf(PARTS, VERSION);

/**
 * The data tables alone (lexicons, cues, weights, thresholds): recorded in each report, so that two
 * reports can be told apart by what they were scored with. The code is left out so that a change
 * that alters no figure leaves committed reports as they are; the version names the code.
 */
export const tablesFingerprint = (): string => fingerprintOf(['data'], 'tables');
