// SHA-256 in hex: how framelens names content, from an input file's bytes to a cache key.
import { createHash } from 'node:crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
