import test from 'ava';
import { jsonChunks } from '../../src/report/json-chunks.ts';
import { sampleReport } from '../helpers/sample-report.ts';

const joined = (value: object, streamed: string[]): string => [...jsonChunks(value, new Set(streamed))].join('');

test('the pieces make the bytes JSON.stringify would give, whatever is streamed', (t) => {
  const report = sampleReport();
  const whole = `${JSON.stringify(report, null, 2)}\n`;
  t.is(joined(report, ['articles']), whole);
  t.is(joined(report, ['articles', 'diagnostics', 'frames']), whole);
  t.is(joined(report, []), whole);
});

test('empty lists and objects, and undefined fields, come out as JSON.stringify writes them', (t) => {
  for (const value of [{}, { a: [] }, { a: [], b: undefined, c: { d: [1, { e: 'x\ny' }] } }, { list: [[], {}, null, 'a'] }]) {
    t.is(joined(value, ['a', 'list']), `${JSON.stringify(value, null, 2)}\n`);
  }
});

test('a streamed list comes one item a piece', (t) => {
  const pieces = [...jsonChunks({ items: [1, 2, 3] }, new Set(['items']))];
  t.true(pieces.length >= 5);
  t.true(pieces.every((p) => p.length < 40));
});

test('lists inside objects stream too, and the bytes stay the same', (t) => {
  const report = sampleReport();
  const paths = ['articles', 'comparison.outlets', 'comparison.claims.claims', 'comparison.claims.outlets', 'story.missing', 'frames.x'];
  t.is(joined(report, paths), `${JSON.stringify(report, null, 2)}\n`);
  const nested = { a: { b: { c: [1, 2], d: {} }, e: [] } };
  t.is(joined(nested, ['a.b.c', 'a.b.d', 'a.e']), `${JSON.stringify(nested, null, 2)}\n`);
});

test('indent 0 gives compact JSON, byte for byte', (t) => {
  const report = sampleReport();
  t.is([...jsonChunks(report, new Set(['articles', 'comparison.claims.claims']), 0)].join(''), `${JSON.stringify(report)}\n`);
  const value = { a: [], b: undefined, c: { d: [1, { e: 'x\ny' }], f: {} }, list: [[], {}, null, 'a'] };
  t.is([...jsonChunks(value, new Set(['c.d', 'list', 'a']), 0)].join(''), `${JSON.stringify(value)}\n`);
});
