// Reads one article file the way every command does: bytes (gunzipped when gzip), decoded text,
// and for text and Markdown the front matter split off. Never throws: a failure is a reason.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { decodeBytes } from './decode.ts';
import { splitFrontMatter, type FrontMatter } from './front-matter.ts';
import { inflateIfGzip } from './gzip.ts';
import type { InputKind, LoadedArticle } from '../types.ts';

export type ReadArticle = { ok: true; article: LoadedArticle; warnings: string[] } | { ok: false; reason: string };

function describeReadError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'no such file (or a broken link)';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return (e as Error).message;
}

/** `path` is where to read; `file` is the article's id (its path relative to the story or as given). */
export async function readArticle(path: string, file: string, kind: InputKind): Promise<ReadArticle> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (e) {
    return { ok: false, reason: `cannot read: ${describeReadError(e)}` };
  }
  const inflated = inflateIfGzip(raw);
  if (!inflated.ok) return inflated;
  const decoded = decodeBytes(inflated.bytes, kind);
  if (!decoded.ok) return { ok: false, reason: inflated.gzipped ? `${decoded.reason} (inside the gzip archive)` : decoded.reason };
  let front: FrontMatter = { given: {}, body: decoded.text, bodyLine: 1, warnings: [] };
  if (kind !== 'html') {
    try {
      front = splitFrontMatter(decoded.text);
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }
  const sha256 = createHash('sha256').update(raw).digest('hex');
  return { ok: true, article: { file, kind, content: front.body, firstLine: front.bodyLine, given: front.given, sha256 }, warnings: front.warnings };
}
