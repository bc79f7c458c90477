import test from 'ava';
import { renderSize } from '../../../bench/scale/render.ts';
import type { PipelineRun } from '../../../bench/scale/pipeline-run.ts';

const base = {
  wallSeconds: 10,
  cpuSeconds: 15,
  peakRssBytes: 8e8,
  processes: 2,
  byKind: [
    { kind: 'main', processes: 1, cpuSeconds: 4, lastSeenSeconds: 10 },
    { kind: 'article workers', processes: 2, cpuSeconds: 11, lastSeenSeconds: 7.5 },
  ] satisfies PipelineRun['byKind'],
};

test('a size table: a column per run, goals on the largest size, a crash with its message, not V8 frames', (t) => {
  const ok: PipelineRun = { ...base, jobs: 1, ok: true, ended: 'exit 0', stderrTail: '', sizes: { reportJson: 2e6, indexHtml: 3e5, folder: 9e6 } };
  const crash: PipelineRun = {
    ...base,
    jobs: null,
    ok: false,
    ended: 'SIGABRT',
    stderrTail: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----\n 1: 0xb8d0a3 node::OOMErrorHandler() [/usr/bin/node]',
    sizes: null,
  };
  const text = renderSize({ articles: 100, runs: [ok, crash] }, true);
  t.regex(text, /^100 articles\n\s+--jobs 1\s+default\s+goal/);
  t.regex(text, /ended\s+ok\s+crash \(SIGABRT\)/);
  t.regex(text, /cores used \(CPU \/ wall\)\s+1\.50\s+1\.50/);
  t.regex(text, /index\.html MB\s+0\.3\s+-\s+<= 5/);
  t.regex(text, /CPU s, main process\s+4\.0\s+4\.0/);
  t.regex(text, /CPU s, article workers\s+11\.0 in 2\s+11\.0 in 2/);
  t.regex(text, /CPU s, page writers\s+-\s+-/);
  t.regex(text, /article workers ended at s\s+7\.5\s+7\.5/);
  t.regex(text, /articles\/s\s+10\.0\s+-/);
  t.regex(text, /default crashed \(SIGABRT\); end of stderr:\n {4}FATAL ERROR: Reached heap limit[^\n]*\n {4}----- Native stack trace -----$/);
  t.notRegex(renderSize({ articles: 10, runs: [ok] }, false), /<= /);
});
