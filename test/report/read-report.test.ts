import test from 'ava';
import { readBackReport } from '../../src/report/read-report.ts';
import { sampleReport } from '../helpers/sample-report.ts';

test('a report of this version is read back', (t) => {
  const report = sampleReport();
  const read = readBackReport(JSON.stringify(report));
  t.deepEqual(read.report, JSON.parse(JSON.stringify(report)));
  t.is(read.problem, undefined);
});

test('no file is no report and no problem', (t) => {
  t.deepEqual(readBackReport(null), { report: null });
});

test('a report of another version or shape counts as absent, and says why', (t) => {
  const cases: Array<[string, RegExp]> = [
    ['{"schemaVersion":1}', /schemaVersion 1, not 2/],
    ['{"schemaVersion":2}', /at \/: must have required property 'generator'/],
    ['[1,2]', /at \/: must be object/],
    ['{"schemaVersion": 2, "story"', /not JSON/],
    [JSON.stringify({ ...sampleReport(), articles: [{ id: 'a.txt' }] }), /at \/articles\/0: must have required property/],
    [JSON.stringify({ ...sampleReport(), comparison: { findings: [], outlets: [{ name: 'X' }] } }), /at \/comparison: must have required property/],
    [JSON.stringify({ ...sampleReport(), settings: undefined }), /required property 'settings'/],
  ];
  for (const [text, problem] of cases) {
    const read = readBackReport(text);
    t.is(read.report, null, text);
    t.regex(read.problem ?? '', problem, text);
  }
});

test('a report known to be one this version wrote is parsed without the schema check; its version is still read', (t) => {
  const report = sampleReport();
  t.deepEqual(readBackReport(JSON.stringify(report), { checked: true }).report, JSON.parse(JSON.stringify(report)));
  // What the check would refuse passes once the caller vouches for the bytes (the cache's SHA-256 of what it wrote).
  const odd = JSON.stringify({ ...report, settings: undefined });
  t.is(readBackReport(odd).report, null);
  t.not(readBackReport(odd, { checked: true }).report, null);
  t.regex(readBackReport('{"schemaVersion":1}', { checked: true }).problem ?? '', /schemaVersion 1, not 2/);
});
