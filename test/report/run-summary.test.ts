import test from 'ava';
import { runSummary } from '../../src/report/run-summary.ts';
import { sampleReport } from '../helpers/sample-report.ts';
import { buildCorpus } from '../../src/corpus/build-corpus.ts';
import { SETTINGS } from '../helpers/settings.ts';
import { handStory } from '../helpers/corpus-digest.ts';

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

test('the corpus across the stories closes the summary: its size, findings and the stories left out', (t) => {
  const stories = Array.from({ length: 3 }, (_, s) =>
    handStory(`s${s}`, [
      { outlet: 'A', sentiment: 0.1 },
      { outlet: 'B', sentiment: 0.1 },
    ]),
  );
  const { report } = buildCorpus(
    stories,
    { since: null, until: null, outlets: [], stories: [] },
    [{ story: 'old', reason: 'no-report', detail: 'report.json of another version', href: null }],
    SETTINGS,
    'test',
  );
  const md = runSummary([], report);
  t.regex(md, /## Corpus\n\n3 stories, 6 articles, 2 outlets of known name/);
  t.true(md.includes(`- ${report.findings[0]}`));
  t.true(md.includes('- left out: `old` (no-report): report.json of another version'));
});
