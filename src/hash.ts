// SHA-256 in hex: how framelens names content, from an input file's bytes to a cache key. And FNV-1a,
// a fast non-cryptographic hash for keys that stay inside one run (seeds, hash tables).
import { createHash } from 'node:crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** FNV-1a's offset basis: the hash of nothing. */
export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a's step: `h` with one more unit (a character code, a word number) mixed in, as a signed 32-bit integer. */
export function fnvStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}
