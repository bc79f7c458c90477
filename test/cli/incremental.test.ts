// Issue 7's CI behaviour, end to end through the CLI: the cache (an unchanged tree does no work, a
// changed article is the only one analyzed, and cached results give the same report as a fresh
// run), summary.md and the GitHub step summary, JSON logs, the lock, and a run killed midway.
import test, { type ExecutionContext } from 'ava';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoryReport } from '../../src/types.ts';
import { recordPath } from '../helpers/read-record.ts';
import { assertSameFiles, storyFiles } from '../helpers/report-files.ts';
import { analyze, jsonLines, root } from '../helpers/run-analyze.ts';
import { tempDir } from '../helpers/temp-dir.ts';

async function workspace(t: ExecutionContext, copies = 1): Promise<{ articles: string; out: string; story: string }> {
  const dir = await tempDir(t, 'framelens-ci-');
  const story = join(dir, 'articles', 'moon');
  for (let i = 0; i < copies; i++) {
    const to = copies === 1 ? story : join(story, `copy-${i}`);
    await cp(join(root, 'articles/lunar-research-station-2021'), to, { recursive: true });
    // Copies differ by a line, or they would be one file analyzed once.
    if (copies > 1) for (const file of await readdir(to)) if (file.endsWith('.txt')) await appendFile(join(to, file), `\nCopy ${i}.\n`);
  }
  return { articles: join(dir, 'articles'), out: join(dir, 'reports'), story };
}

const args = (w: { articles: string; out: string }, ...more: string[]): string[] => ['--articles', w.articles, '--out', w.out, ...more];
const reportOf = (w: { out: string }): Promise<string> => readFile(join(w.out, 'moon', 'report.json'), 'utf8');
/** The story's reports: report.json, index.html and each article's record and page. */
const filesOf = (w: { out: string }): Promise<Map<string, Buffer>> => storyFiles(join(w.out, 'moon'));

/** Every article report.json indexes has its record, whole, of the same content. */
async function assertRecords(t: ExecutionContext, w: { out: string }, report: StoryReport): Promise<void> {
  for (const entry of report.articles) {
    const text = await readFile((await recordPath(join(w.out, 'moon'), entry.id))!, 'utf8');
    t.is((JSON.parse(text) as { article: { sha256: string } }).article.sha256, entry.sha256, `${entry.file}: its record`);
  }
}

test('a second run on an unchanged tree does no analysis work and says so; the reports stay the same', async (t) => {
  const w = await workspace(t);
  const first = await analyze(args(w));
  t.is(first.code, 0, first.stderr);
  t.regex(first.stderr, /5 analyzed, 0 unchanged from the cache/);
  // The cache is a folder per story: its key and one record per article.
  const cache = join(w.out, '.cache', 'moon');
  t.true(existsSync(join(cache, 'story.json')));
  t.is((await readdir(join(cache, 'articles'))).filter((f) => f.endsWith('.json')).length, 5);
  const before = await filesOf(w);
  t.is([...before.keys()].filter((f) => f.startsWith('articles/')).length, 10, 'a record and a page per article');
  const second = await analyze(args(w));
  t.is(second.code, 0, second.stderr);
  t.regex(second.stderr, /unchanged since the last run, nothing analyzed/);
  t.regex(second.stderr, /nothing changed since the last run: no analysis work done/);
  assertSameFiles(t, await filesOf(w), before, 'the second run');
  t.regex(await readFile(join(w.out, 'summary.md'), 'utf8'), /1 story; 0 analyzed, 1 unchanged/);
});

test('a changed article is the only one analyzed, and the report equals a run without the cache', async (t) => {
  const w = await workspace(t);
  t.is((await analyze(args(w))).code, 0);
  // Inside the article (a line after the page's footer would be chrome): a hostile, alarming aside.
  const wj = join(w.story, '004_3faecae054f459c0.txt');
  await writeFile(wj, (await readFile(wj, 'utf8')).replace('Axios reported.', 'Axios reported, calling the move a dangerous and hostile betrayal.'));
  await writeFile(
    join(w.story, 'new.md'),
    '---\noutlet: Orbit Daily\n---\n# Moon station plans\n\nRussia and China signed a memorandum of understanding on Tuesday to build a lunar research station.\n',
  );
  await rm(join(w.story, '001_c960022149833136.txt'));
  const run = await analyze(args(w));
  t.is(run.code, 0, run.stderr);
  t.regex(run.stderr, /2 analyzed, 3 unchanged from the cache/);
  const summary = await readFile(join(w.out, 'summary.md'), 'utf8');
  t.regex(summary, /- new: `new\.md`/);
  t.regex(summary, /- changed: `004_3faecae054f459c0\.txt`/);
  t.regex(summary, /- removed: `001_c960022149833136\.txt`/);
  t.regex(summary, /\| The Western Journal \| .* → .* \(/);
  const fresh = { ...w, out: `${w.out}-fresh` };
  t.is((await analyze(args(fresh, '--no-cache'))).code, 0);
  t.is(await reportOf(w), await reportOf(fresh), 'cached articles give the same report as analysing everything');
  // The same records and pages too, the removed article's gone.
  assertSameFiles(t, await filesOf(w), await filesOf(fresh), 'the cached run');
  t.is(await recordPath(join(w.out, 'moon'), '001_c960022149833136.txt'), null, 'not in the index');
  t.false(
    [...(await filesOf(w)).keys()].some((f) => f.startsWith('articles/001_c960022149833136.txt-')),
    'nor its files',
  );
  t.false(existsSync(join(`${w.out}-fresh`, '.cache')), '--no-cache keeps no cache');
  t.is((await readdir(join(w.out, '.cache', 'moon', 'articles'))).length, 5, "the cache keeps this run's articles only");
});

test('the summary goes to $GITHUB_STEP_SUMMARY too, and --json logs one JSON object per line', async (t) => {
  const w = await workspace(t);
  const stepSummary = join(w.out, '..', 'step-summary.md');
  await writeFile(stepSummary, '');
  const run = await analyze(args(w, '--json'), { env: { GITHUB_STEP_SUMMARY: stepSummary } });
  t.is(run.code, 0);
  const events = jsonLines<{ event: string; [k: string]: unknown }>(run.stdout);
  t.true(events.some((e) => e.event === 'diagnostic' && e.level === 'warning'));
  t.like(
    events.find((e) => e.event === 'story'),
    { id: 'moon', articles: 5, unchanged: false, analyzed: 5 },
  );
  t.like(events.at(-1), { event: 'done', exitCode: 0, stories: 1 });
  // The work past the articles is announced as it starts: the story's, then the corpus's.
  t.deepEqual(
    events.filter((e) => e.event === 'stage').map((e) => [e.story, e.stage]),
    [
      ['moon', 'compare'],
      ['moon', 'report'],
      [null, 'corpus'],
    ],
  );
  t.regex(await readFile(stepSummary, 'utf8'), /# framelens run/);
});

test('a second run on the same reports folder stops with a clear message; a lock left by a dead run is taken over', async (t) => {
  const w = await workspace(t);
  t.is((await analyze(args(w))).code, 0);
  const lock = join(w.out, '.framelens.lock');
  const { hostname } = await import('node:os');
  // This test's own process is alive: the lock is held.
  await writeFile(lock, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
  const blocked = await analyze(args(w));
  t.is(blocked.code, 2);
  t.regex(blocked.stderr, new RegExp(`another framelens run \\(pid ${process.pid} .*is writing to`));
  // A pid that cannot exist: the run that held it is gone.
  await writeFile(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
  const taken = await analyze(args(w));
  t.is(taken.code, 0, taken.stderr);
  t.regex(taken.stderr, /took over the lock of a run that is gone/);
  await t.throwsAsync(readFile(lock), undefined, 'the lock is released at the end');
});

test('a run killed midway leaves the previous reports whole, and the next run completes', async (t) => {
  const w = await workspace(t, 8);
  t.is((await analyze(args(w))).code, 0);
  const before = await reportOf(w);
  // Every article changes, so the next run has real work to be killed in.
  for (let i = 0; i < 8; i++) await appendFile(join(w.story, `copy-${i}`, '000_222f9cba74c784a1.txt'), `\nA late paragraph ${i} about the lunar station.\n`);
  const child = spawn(process.execPath, ['--import=tsx', join(root, 'src/cli/analyze.ts'), ...args(w)], { cwd: root });
  let stderr = '';
  await new Promise<void>((resolve) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      // Killed once it is working on the articles.
      if (/\//.test(stderr) && !child.killed) setTimeout(() => child.kill('SIGKILL'), 300);
    });
    child.on('close', () => resolve());
  });
  const after = await reportOf(w);
  t.notThrows(() => JSON.parse(after), 'the report on disk is whole JSON');
  t.true(after === before || JSON.parse(after).articles.length === 40, 'the old report, or the new one complete');
  const next = await analyze(args(w));
  t.is(next.code, 0, next.stderr);
  const report = JSON.parse(await reportOf(w)) as StoryReport;
  t.is(report.articles.length, 40);
  await assertRecords(t, w, report);
});

test('a broken report.json, or one of the previous version, left in the reports folder is written anew with a warning, not a crash', async (t) => {
  const w = await workspace(t);
  t.is((await analyze(args(w))).code, 0);
  const good = await filesOf(w);
  for (const [left, why] of [
    ['{"half a rep', /not JSON/],
    ['{"schemaVersion":1}', /schemaVersion 1, not 2/],
  ] as const) {
    await writeFile(join(w.out, 'moon', 'report.json'), left);
    const run = await analyze(args(w));
    t.is(run.code, 0, run.stderr);
    t.regex(run.stderr, new RegExp(`warning: .*report\\.json is not a report of this version \\(${why.source}`), left);
    assertSameFiles(t, await filesOf(w), good, `the run after ${left}`);
  }
});

test('--json read by a consumer that stops early ends the log, not the run', async (t) => {
  const w = await workspace(t);
  const child = spawn(process.execPath, ['--import=tsx', join(root, 'src/cli/analyze.ts'), ...args(w, '--json')], { cwd: root });
  // Like `| head -1`: read one chunk, then close the pipe.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  t.is(code, 0);
  t.notThrows(() => JSON.parse(readFileSync(join(w.out, 'moon', 'report.json'), 'utf8')));
  t.true(existsSync(join(w.out, 'index.html')));
  t.false(existsSync(join(w.out, '.framelens.lock')), 'the lock is released');
});
