// Runs `npm run analyze`'s entry point in a child process like run-analyze.ts, and also measures it:
// wall time and peak resident memory. A run that goes over its time or memory limit is killed
// (SIGKILL), so a hang or a runaway input fails a test instead of stalling the suite or the machine.
//
// Peak memory is the larger of two readings: the child's own `process.resourceUsage().maxRSS`,
// written to a file on exit by a tiny `--import` hook (exact, but lost if the process is killed or
// V8 aborts), and the kernel's high-water mark `VmHWM` from /proc/<pid>/status, polled (survives a
// kill; on Linux only).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './run-analyze.ts';

export interface MeasuredRun {
  /** Exit status; null when the process was ended by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time from spawn to exit. */
  ms: number;
  /** Peak resident set size in KiB (0 if it could not be read). */
  maxRssKb: number;
  /** Why the run was killed, if it was. */
  killed: null | 'time' | 'memory';
}

export interface MeasureOptions {
  /** Kill the run after this long (default 60 s). */
  timeoutMs?: number;
  /** Kill the run once its resident memory passes this (default 1.5 GiB). */
  killAboveKb?: number;
}

const RSS_FILE_VAR = 'FRAMELENS_TEST_MAXRSS_FILE';
// maxRSS is in KiB on every platform Node supports.
const EXIT_HOOK = `import { writeFileSync } from 'node:fs';
process.on('exit', () => { try { writeFileSync(process.env.${RSS_FILE_VAR}, String(process.resourceUsage().maxRSS)); } catch {} });`;
const HOOK_URL = `data:text/javascript,${encodeURIComponent(EXIT_HOOK)}`;

function highWaterMarkKb(pid: number): number {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** One line describing a run for assertion messages: "exit 0 in 3.1 s, peak 212 MB". */
export function describeRun(run: MeasuredRun): string {
  const end = run.killed ? `killed (over the ${run.killed} limit)` : run.signal ? `ended by ${run.signal}` : `exit ${run.code}`;
  return `${end} in ${(run.ms / 1000).toFixed(1)} s, peak ${Math.round(run.maxRssKb / 1024)} MB`;
}

export function analyzeMeasured(args: string[], options: MeasureOptions = {}): Promise<MeasuredRun> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const killAboveKb = options.killAboveKb ?? 1.5 * 1024 * 1024;
  const scratch = mkdtempSync(join(tmpdir(), 'framelens-rss-'));
  const rssFile = join(scratch, 'maxrss');
  const started = Date.now();
  const child = spawn(process.execPath, ['--import=tsx', `--import=${HOOK_URL}`, join(root, 'src/cli/analyze.ts'), ...args], {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: '0', [RSS_FILE_VAR]: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  let polledKb = 0;
  let killed: MeasuredRun['killed'] = null;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    polledKb = Math.max(polledKb, highWaterMarkKb(child.pid));
    if (killed) return;
    if (polledKb > killAboveKb) killed = 'memory';
    else if (Date.now() - started > timeoutMs) killed = 'time';
    if (killed) child.kill('SIGKILL');
  }, 100);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(poll);
      let hookKb = 0;
      try {
        hookKb = Number(readFileSync(rssFile, 'utf8')) || 0;
      } catch {
        // killed or aborted before its exit handler ran: the polled figure stands
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Date.now() - started,
        maxRssKb: Math.max(hookKb, polledKb),
        killed,
      });
    });
  });
}
