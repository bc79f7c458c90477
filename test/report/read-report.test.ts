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
    ['{"schemaVersion":2}', /no story/],
    ['[1,2]', /not a JSON object/],
    ['{"schemaVersion": 2, "story"', /not JSON/],
    [JSON.stringify({ ...sampleReport(), articles: [{ id: 'a.txt' }] }), /no article index/],
    [JSON.stringify({ ...sampleReport(), comparison: { findings: [], outlets: [{ name: 'X' }] } }), /no outlets/],
  ];
  for (const [text, problem] of cases) {
    const read = readBackReport(text);
    t.is(read.report, null, text);
    t.regex(read.problem ?? '', problem, text);
  }
});
