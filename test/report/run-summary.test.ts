import test from 'ava';
import { runSummary } from '../../src/report/run-summary.ts';
import { sampleReport } from '../helpers/sample-report.ts';

test("a story's findings are listed after its article changes", (t) => {
  const current = sampleReport();
  const text = runSummary([{ previous: null, current, unchanged: false }]);
  t.regex(text, /- first report of this story\n\nFindings:\n\n- The articles show no clear difference between outlets\. /);
  current.comparison.findings = ['A | B is more negative than C.', 'D quotes more than E.'];
  t.regex(runSummary([{ previous: null, current, unchanged: false }]), /Findings:\n\n- A \\\| B is more negative than C\.\n- D quotes more than E\.\n/);
});

test('an unchanged story lists nothing but its head line', (t) => {
  const text = runSummary([{ previous: sampleReport(), current: sampleReport(), unchanged: true }]);
  t.notRegex(text, /Findings/);
  t.regex(text, /Unchanged since the last run: nothing analyzed\./);
});
