import test from 'ava';
import { priorOf, runSummary, summaryViewOf } from '../../src/report/run-summary.ts';
import { sampleReport } from '../helpers/sample-report.ts';
import { buildCorpus } from '../../src/corpus/build-corpus.ts';
import { SETTINGS } from '../helpers/settings.ts';
import { handStory } from '../helpers/corpus-digest.ts';

test("a story's findings are listed after its article changes", (t) => {
  const current = sampleReport();
  const text = runSummary([{ previous: null, current: summaryViewOf(current), unchanged: false }]);
  t.regex(text, /- first report of this story\n\nFindings:\n\n- The articles show no clear difference between outlets\. /);
  current.comparison.findings = ['A | B is more negative than C.', 'D quotes more than E.'];
  t.regex(runSummary([{ previous: null, current: summaryViewOf(current), unchanged: false }]), /Findings:\n\n- A \\\| B is more negative than C\.\n- D quotes more than E\.\n/);
});

test('an unchanged story lists nothing but its head line', (t) => {
  const text = runSummary([{ previous: priorOf(sampleReport()), current: summaryViewOf(sampleReport()), unchanged: true }]);
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

test("against the previous report: articles new, changed and removed by hash, and each outlet's sentiment change", (t) => {
  const before = sampleReport();
  const current = sampleReport();
  const [kept, changed] = current.articles;
  current.articles = [kept!, { ...changed!, sha256: 'f'.repeat(64) }, { ...kept!, id: 'new-one.md', sha256: 'e'.repeat(64) }];
  const outlet = current.comparison.outlets[0]!;
  outlet.sentiment = { ...outlet.sentiment, mean: outlet.sentiment.mean + 0.5 };
  before.articles = [...before.articles.slice(0, 2), { ...kept!, id: 'gone.md' }];
  const text = runSummary([{ previous: priorOf(before), current: summaryViewOf(current), unchanged: false }]);
  t.true(text.includes('- new: `new-one.md`\n'));
  t.true(text.includes(`- changed: \`${changed!.id}\`\n`));
  t.true(text.includes('- removed: `gone.md`\n'));
  t.true(text.includes(`| ${outlet.name} |`));
});

test("a story's summary view holds what the summary reads, none of the report's comparison tables", (t) => {
  const report = sampleReport();
  const view = summaryViewOf(report);
  t.deepEqual(Object.keys(view).sort(), ['articles', 'diagnostics', 'findings', 'frames', 'outlets', 'story']);
  t.deepEqual(
    view.articles,
    report.articles.map(({ id, sha256 }) => ({ id, sha256 })),
  );
  t.deepEqual(Object.keys(view.outlets[0]!).sort(), ['name', 'presence', 'sentiment']);
  t.deepEqual(view.frames[0], { id: report.frames[0]!.id, label: report.frames[0]!.label });
});
