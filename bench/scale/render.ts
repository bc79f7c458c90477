// The scale benchmark's text output: one table per story size, a column per run (the largest size's
// with its goals), then any crash's stderr tail.
import { fixed, table, type Row } from '../extract/table.ts';
import { articlesPerSec, coresUsed, type SizeResult } from './figures.ts';
import { GB, GOALS, MB } from './goals.ts';
import type { PipelineRun } from './pipeline-run.ts';
import type { ProcessKind } from './process-tree.ts';

const STDERR_LINES = 12;
// V8's native stack frames after a fatal error ("12: 0x18abb83 uv_run …") would push its message out of the tail.
const NATIVE_FRAME = /^\s*\d+: 0x[0-9a-f]+/;

const runName = (r: PipelineRun): string => (r.jobs === null ? 'default' : `--jobs ${r.jobs}`);
const megabytes = (bytes: number | null | undefined): string => (bytes == null ? '-' : fixed(bytes / MB, 1));

const ofKind = (r: PipelineRun, kind: ProcessKind) => r.byKind.find((x) => x.kind === kind);

/** A kind of process's CPU seconds and how many there were; '-' when the run had none. */
function kindCpu(r: PipelineRun, kind: ProcessKind): string {
  const k = ofKind(r, kind);
  return k ? `${fixed(k.cpuSeconds, 1)}${k.processes > 1 ? ` in ${k.processes}` : ''}` : '-';
}

/** When the article workers were last seen (from 1,000 articles on they end once the articles are analyzed); '-' when the run analyzed in its own process. */
function workersEnded(r: PipelineRun): string {
  const k = ofKind(r, 'article workers');
  return k ? fixed(k.lastSeenSeconds, 1) : '-';
}

export function renderSize(result: SizeResult, largest: boolean): string {
  const { runs } = result;
  const goal = (max: number) => (largest ? `<= ${max}` : undefined);
  const cell = (pick: (r: PipelineRun) => string) => runs.map(pick);
  const rows: Row[] = [
    ['ended', cell((r) => (r.ok ? 'ok' : `crash (${r.ended})`))],
    ['wall s', cell((r) => fixed(r.wallSeconds, 1))],
    ['CPU s (all processes)', cell((r) => fixed(r.cpuSeconds, 1))],
    ['cores used (CPU / wall)', cell((r) => fixed(coresUsed(r), 2))],
    ['  CPU s, main process', cell((r) => kindCpu(r, 'main'))],
    ['  CPU s, article workers', cell((r) => kindCpu(r, 'article workers'))],
    ['  CPU s, page writers', cell((r) => kindCpu(r, 'page writers'))],
    ['article workers ended at s', cell(workersEnded)],
    ['peak RSS, all processes, MB', cell((r) => megabytes(r.peakRssBytes)), goal((GOALS.peakGb * GB) / MB)],
    ['processes', cell((r) => String(r.processes))],
    ['report.json MB', cell((r) => megabytes(r.sizes?.reportJson))],
    ['index.html MB', cell((r) => megabytes(r.sizes?.indexHtml)), goal(GOALS.indexHtmlMb)],
    ['story report folder MB', cell((r) => megabytes(r.sizes?.folder))],
    ['articles/s', cell((r) => (r.ok ? fixed(articlesPerSec(result.articles, r), 1) : '-'))],
  ];
  const crashes = runs
    .filter((r) => !r.ok)
    .map(
      (r) =>
        `${runName(r)} crashed (${r.ended}); end of stderr:\n${r.stderrTail
          .split('\n')
          .filter((l) => !NATIVE_FRAME.test(l))
          .slice(-STDERR_LINES)
          .map((l) => `    ${l}`)
          .join('\n')}`,
    );
  return [`${result.articles} articles`, table(runs.map(runName), rows), ...crashes].join('\n');
}
