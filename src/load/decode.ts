// Turns a file's bytes into text, or says precisely why it cannot.
import type { InputKind } from '../types.ts';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; code: 'file-empty' | 'file-not-text' | 'encoding-invalid'; reason: string };

// Magic numbers of formats people drop into folders by mistake.
const SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) if (startsWith(bytes, sig)) return name;
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? 'binary data (contains NUL bytes)' : null;
}

// An HTML page may declare a legacy charset; only pages get that benefit of the doubt.
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

// Node 20.20's TextDecoder decodes windows-1252 as ISO-8859-1 (nodejs/node#56542), turning curly
// quotes and dashes (bytes 0x80–0x9F) into control characters; this is that range of windows-1252.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeLegacy(bytes: Uint8Array, charset: string): string {
  const decoder = new TextDecoder(charset);
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

function firstInvalidOffset(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const at = text.indexOf('\uFFFD');
  return at < 0 ? 0 : Buffer.byteLength(text.slice(0, at), 'utf8');
}

// Byte-order marks: the encoding they announce, and how many bytes they take.
const BOMS = [
  { bytes: [0xef, 0xbb, 0xbf], decoder: 'utf-8', name: 'utf-8 (BOM)' },
  { bytes: [0xff, 0xfe], decoder: 'utf-16le', name: 'utf-16le' },
  { bytes: [0xfe, 0xff], decoder: 'utf-16be', name: 'utf-16be' },
];

/** The byte-order mark the bytes start with, if any. */
export function byteOrderMark(bytes: Uint8Array): { decoder: string; name: string; length: number } | null {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  return bom ? { decoder: bom.decoder, name: bom.name, length: bom.bytes.length } : null;
}

export function decodeBytes(bytes: Uint8Array, kind: InputKind): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'file-empty', reason: 'empty file' };
  const bom = byteOrderMark(bytes);
  if (bom) return finish(new TextDecoder(bom.decoder).decode(bytes.subarray(bom.length)), bom.name);
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, code: 'file-not-text', reason: `not a text file: looks like ${binary}` };
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    const charset = kind === 'html' ? declaredCharset(bytes) : null;
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      try {
        return finish(decodeLegacy(bytes, charset), charset);
      } catch {
        return { ok: false, code: 'encoding-invalid', reason: `declares charset "${charset}", which cannot be decoded here` };
      }
    }
    return {
      ok: false,
      code: 'encoding-invalid',
      reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidOffset(bytes)}); save the file as UTF-8`,
    };
  }
}

function finish(text: string, encoding: string): Decoded {
  return text.trim() ? { ok: true, text, encoding } : { ok: false, code: 'file-empty', reason: 'no text (only white space)' };
}
