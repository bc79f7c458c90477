// Saved pages often come gzipped (.html.gz): the magic bytes decide, not the name, so a renamed
// archive is still read and a plain file that happens to end in .gz is not mangled.
import { gunzipSync } from 'node:zlib';

export type Inflated = { ok: true; bytes: Uint8Array; gzipped: boolean } | { ok: false; code: 'file-too-large' | 'file-unreadable'; reason: string };

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

/** `maxInflated`: data/limits.json `gzip.maxInflatedBytes`, so that a gzip bomb fails cleanly. */
export function inflateIfGzip(bytes: Uint8Array, maxInflated: number): Inflated {
  if (!isGzip(bytes)) return { ok: true, bytes, gzipped: false };
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxInflated }), gzipped: true };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, code: 'file-too-large', reason: `gzip archive inflates to more than ${maxInflated / 1024 / 1024} MB` };
    return { ok: false, code: 'file-unreadable', reason: `corrupt gzip archive: ${(e as Error).message}` };
  }
}

/** The file name without a trailing `.gz`, so `page.html.gz` is read as `page.html`. */
export function withoutGz(name: string): string {
  return name.replace(/\.gz$/i, '');
}
