import test from 'ava';
import { gzipSync } from 'node:zlib';
import { inflateIfGzip, isGzip, withoutGz } from '../../src/load/gzip.ts';
import { SETTINGS } from '../helpers/settings.ts';

test('gzip is recognised by its magic bytes and inflated', (t) => {
  const packed = gzipSync(Buffer.from('<p>Hello</p>'));
  t.true(isGzip(packed));
  const out = inflateIfGzip(packed, SETTINGS.limits.gzip.maxInflatedBytes);
  t.true(out.ok && out.gzipped && Buffer.from(out.bytes).toString() === '<p>Hello</p>');
});

test('bytes that are not gzip pass through untouched', (t) => {
  const plain = Buffer.from('plain text that merely ends up in a .gz file');
  const out = inflateIfGzip(plain, SETTINGS.limits.gzip.maxInflatedBytes);
  t.true(out.ok && !out.gzipped && out.bytes === plain);
});

test('a truncated archive is a reason, not a throw', (t) => {
  const packed = gzipSync(Buffer.from('x'.repeat(1000)));
  const out = inflateIfGzip(packed.subarray(0, 12), SETTINGS.limits.gzip.maxInflatedBytes);
  t.false(out.ok);
  t.regex(out.ok ? '' : out.reason, /corrupt gzip archive/);
});

test('.gz is dropped from the name to find the kind', (t) => {
  t.is(withoutGz('page.HTML.GZ'), 'page.HTML');
  t.is(withoutGz('notes.txt'), 'notes.txt');
});
