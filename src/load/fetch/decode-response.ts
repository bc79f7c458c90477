// A fetched body as text: the charset the server sends wins, then a byte-order mark or the page's
// own <meta>, then UTF-8; a page that is none of these is read as windows-1252, as browsers do.
import { byteOrderMark, decodeBytes, decodeLegacy, type Decoded } from '../decode.ts';

const UTF8 = new Set(['utf-8', 'utf8']);

export function decodeFetched(bytes: Uint8Array, headerCharset: string | null, type: string | null): Decoded {
  const kind = type === 'text/plain' ? 'text' : 'html';
  if (headerCharset && !UTF8.has(headerCharset) && !byteOrderMark(bytes)) {
    try {
      const text = decodeLegacy(bytes, headerCharset);
      return text.trim() ? { ok: true, text, encoding: headerCharset } : { ok: false, code: 'file-empty', reason: 'empty page' };
    } catch {
      return { ok: false, code: 'encoding-invalid', reason: `the server sends charset "${headerCharset}", which cannot be decoded here` };
    }
  }
  const decoded = decodeBytes(bytes, kind);
  if (decoded.ok || !decoded.reason.startsWith('not valid UTF-8')) return decoded;
  return { ok: true, text: decodeLegacy(bytes, 'windows-1252'), encoding: 'windows-1252 (assumed)' };
}
