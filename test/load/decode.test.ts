import test from 'ava';
import { decodeBytes } from '../../src/load/decode.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array>): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

const reasonOf = (b: Uint8Array, kind: 'text' | 'markdown' | 'html' = 'text'): string => {
  const d = decodeBytes(b, kind);
  if (d.ok) throw new Error(`expected a failure, decoded "${d.text}"`);
  return d.reason;
};

test('plain UTF-8 decodes unchanged, accented letters included', (t) => {
  const d = decodeBytes(utf8('Café “quoted” — done.\n'), 'text');
  t.deepEqual(d, { ok: true, text: 'Café “quoted” — done.\n', encoding: 'utf-8' });
});

test('an empty file is an error', (t) => {
  t.is(reasonOf(new Uint8Array()), 'empty file');
});

test('a file of only white space is an error, also behind a BOM', (t) => {
  t.regex(reasonOf(utf8('  \n\t\r\n ')), /white space/);
  t.regex(reasonOf(bytes([0xef, 0xbb, 0xbf], utf8(' \n'))), /white space/);
});

test('binary signatures are named', (t) => {
  t.regex(reasonOf(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], utf8('rest'))), /PNG image/);
  t.regex(reasonOf(utf8('%PDF-1.7\nsome text')), /PDF document/);
  t.regex(reasonOf(bytes([0x1f, 0x8b, 0x08, 0x00], utf8('abc'))), /gzip archive/);
  t.regex(reasonOf(bytes([0x50, 0x4b, 0x03, 0x04], utf8('word/document.xml'))), /ZIP archive/);
  t.regex(reasonOf(bytes([0xff, 0xd8, 0xff, 0xe0])), /JPEG image/);
  t.regex(reasonOf(utf8('GIF89a...')), /GIF image/);
});

test('a NUL byte marks binary data', (t) => {
  const reason = reasonOf(bytes(utf8('looks like text'), [0], utf8('but is not')));
  t.regex(reason, /not a text file/);
  t.regex(reason, /NUL/);
});

test('a UTF-8 BOM is dropped', (t) => {
  const d = decodeBytes(bytes([0xef, 0xbb, 0xbf], utf8('Hello é')), 'markdown');
  t.deepEqual(d, { ok: true, text: 'Hello é', encoding: 'utf-8 (BOM)' });
});

test('UTF-16 with a BOM decodes, little- and big-endian', (t) => {
  const text = 'Hi “there” é';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  t.deepEqual(decodeBytes(bytes([0xff, 0xfe], le), 'text'), { ok: true, text, encoding: 'utf-16le' });
  t.deepEqual(decodeBytes(bytes([0xfe, 0xff], be), 'text'), { ok: true, text, encoding: 'utf-16be' });
});

test('invalid UTF-8 names the offset of the first bad byte', (t) => {
  const reason = reasonOf(bytes(utf8('abc'), [0xff], utf8('def')));
  t.regex(reason, /not valid UTF-8/);
  t.regex(reason, /offset 3\b/);
  // The offset counts bytes, not characters: "é" takes two.
  t.regex(reasonOf(bytes(utf8('éé'), [0x93], utf8('x'))), /offset 4\b/);
});

const cp1252Page = bytes(utf8('<html><head><meta charset="windows-1252"><title>t</title></head><body><p>'), [0x93], utf8('Caf'), [0xe9, 0x94], utf8('</p></body></html>'));

test('an HTML page that declares windows-1252 decodes in that charset', (t) => {
  const d = decodeBytes(cp1252Page, 'html');
  t.true(d.ok);
  if (!d.ok) return;
  t.is(d.encoding, 'windows-1252');
  t.true(d.text.includes('Café'));
});

// Some Node 20 releases decode "windows-1252" as ISO-8859-1 (nodejs/node#60888); decodeBytes corrects it.
test('windows-1252 bytes 0x93/0x94 become curly quotes', (t) => {
  const d = decodeBytes(cp1252Page, 'html');
  t.true(d.ok && d.text.includes('<p>“Café”</p>'));
});

test('the http-equiv form of the charset declaration is honoured too', (t) => {
  const page = bytes(utf8('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>na'), [0xef], utf8('ve</p>'));
  const d = decodeBytes(page, 'html');
  t.true(d.ok && d.text.includes('naïve'));
});

test('a .txt in windows-1252 is an error, not a guess', (t) => {
  const text = bytes(utf8('He said '), [0x93], utf8('hello'), [0x94], utf8('.'));
  t.regex(reasonOf(text, 'text'), /not valid UTF-8.*offset 8/);
  // Even if it contains something that looks like a declaration.
  t.regex(reasonOf(bytes(utf8('<meta charset="windows-1252"> '), [0x93]), 'markdown'), /not valid UTF-8/);
});

test('an HTML page without a declaration, or declaring UTF-8, is still held to UTF-8', (t) => {
  t.regex(reasonOf(bytes(utf8('<p>'), [0x93], utf8('</p>')), 'html'), /not valid UTF-8/);
  t.regex(reasonOf(bytes(utf8('<meta charset="utf-8"><p>'), [0x93], utf8('</p>')), 'html'), /not valid UTF-8/);
});

test('a declared charset the platform does not know is reported', (t) => {
  const reason = reasonOf(bytes(utf8('<meta charset="klingon-8"><p>'), [0x93], utf8('</p>')), 'html');
  t.regex(reason, /klingon-8/);
});
