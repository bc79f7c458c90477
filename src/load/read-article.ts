// Reads one article file the way every command does: bytes (gunzipped when gzip), decoded text,
// and for text and Markdown the front matter split off. Never throws: a failure is a reason.
import { readFile, stat } from 'node:fs/promises';
import { decodeBytes } from './decode.ts';
import { FrontMatterError, splitFrontMatter, type FrontMatter } from './front-matter.ts';
import { inflateIfGzip } from './gzip.ts';
import { nestingDepth } from './nesting-depth.ts';
import { sha256 } from '../hash.ts';
import type { InputKind, LoadedArticle } from '../types.ts';
import type { DiagnosticCode } from '../diagnostics.ts';
import type { Limits } from '../settings/settings-schema.ts';

/** A problem reading the file, with its diagnostic code. */
export interface ReadProblem {
  code: DiagnosticCode;
  reason: string;
  /** The 1-based line of the file the problem is on, when it has one. */
  line?: number;
}

export type ReadArticle = { ok: true; article: LoadedArticle; warnings: Array<{ code: DiagnosticCode; message: string }> } | ({ ok: false } & ReadProblem);

function describeReadError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'no such file (or a broken link)';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return (e as Error).message;
}

const MB = 1024 * 1024;

function tooLarge(bytes: number, max: number): string {
  return `too large for one article: ${(bytes / MB).toFixed(1)} MB, over the ${max / MB} MB limit`;
}

/** A text of more lines, or a page nested deeper, than any article: refused before the cleaner sees it. */
function shapeProblem(text: string, kind: InputKind, limits: Limits): string | null {
  if (kind === 'html') {
    const depth = nestingDepth(text, limits.html.maxDepth);
    return depth > limits.html.maxDepth ? `HTML nested more than ${limits.html.maxDepth} elements deep: not parsed` : null;
  }
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && lines <= limits.text.maxLines; at = text.indexOf('\n', at + 1)) lines++;
  return lines > limits.text.maxLines ? `more than ${limits.text.maxLines} lines: a data file, not an article` : null;
}

/** `path` is where to read; `file` is the article's id (its path relative to the story or as given). */
export async function readArticle(path: string, file: string, kind: InputKind, limits: Limits): Promise<ReadArticle> {
  const maxBytes = limits.file.maxBytes[kind === 'html' ? 'html' : 'text'];
  let raw: Buffer;
  try {
    // Refused by its size before it is read: a 50 MB dump must not be loaded to be turned away.
    const { size } = await stat(path);
    if (size > maxBytes) return { ok: false, code: 'file-too-large', reason: tooLarge(size, maxBytes) };
    raw = await readFile(path);
  } catch (e) {
    return { ok: false, code: 'file-unreadable', reason: `cannot read: ${describeReadError(e)}` };
  }
  return articleFromBytes(raw, file, kind, limits);
}

/** An article's bytes read as a file's are (gunzipped, decoded, checked, front matter split off): for `readArticle`, and for bytes given in memory. */
export function articleFromBytes(raw: Uint8Array, file: string, kind: InputKind, limits: Limits): ReadArticle {
  const maxBytes = limits.file.maxBytes[kind === 'html' ? 'html' : 'text'];
  if (raw.length > maxBytes) return { ok: false, code: 'file-too-large', reason: tooLarge(raw.length, maxBytes) };
  const inflated = inflateIfGzip(raw, limits.gzip.maxInflatedBytes);
  if (!inflated.ok) return inflated;
  if (inflated.bytes.length > maxBytes) return { ok: false, code: 'file-too-large', reason: `${tooLarge(inflated.bytes.length, maxBytes)} (inside the gzip archive)` };
  const decoded = decodeBytes(inflated.bytes, kind);
  if (!decoded.ok) return { ok: false, code: decoded.code, reason: inflated.gzipped ? `${decoded.reason} (inside the gzip archive)` : decoded.reason };
  const shape = shapeProblem(decoded.text, kind, limits);
  if (shape) return { ok: false, code: 'not-an-article', reason: shape };
  const warnings = decoded.encoding.startsWith('utf-8') ? [] : [{ code: 'decoded-not-utf8' as const, message: `decoded as ${decoded.encoding}, not UTF-8` }];
  let front: FrontMatter = { given: {}, body: decoded.text, bodyLine: 1, warnings: [] };
  if (kind !== 'html') {
    try {
      front = splitFrontMatter(decoded.text);
    } catch (e) {
      const line = e instanceof FrontMatterError ? e.line : undefined;
      return { ok: false, code: 'front-matter-invalid', reason: (e as Error).message, ...(line === undefined ? {} : { line }) };
    }
  }
  return {
    ok: true,
    article: { file, kind, content: front.body, firstLine: front.bodyLine, given: front.given, sha256: sha256(raw) },
    warnings: [...warnings, ...front.warnings.map((message) => ({ code: 'front-matter-ignored' as const, message }))],
  };
}
