// One run of `npm run analyze` on a story, in a child process as a user would start it, measured:
// wall time, CPU time and peak memory of its whole process tree (process-tree.ts), and the sizes of
// what it wrote. A run that ends with an error or a signal (an out-of-memory abort) is a crash,
// kept with the end of its stderr.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sampleTree, type KindSeconds, type Units } from './process-tree.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NODE_ARGS = analyzeScriptArgs();
const SAMPLE_MS = 75;
const STDERR_TAIL_CHARS = 4000;

export interface ReportSizes {
  /** Bytes; null when the file was not written. */
  reportJson: number | null;
  indexHtml: number | null;
  /** Everything under the story's report folder (report.json, index.html, per-article files). */
  folder: number;
}

export interface PipelineRun {
  /** The --jobs given; null for the default (no flag). */
  jobs: number | null;
  ok: boolean;
  /** How the process ended: "exit 0", "exit 134", "SIGKILL". */
  ended: string;
  stderrTail: string;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  /** Processes seen in the tree over the run. */
  processes: number;
  /** The run's own process, its article workers and its page writers (sampled). */
  byKind: KindSeconds[];
  /** Null when the run crashed. */
  sizes: ReportSizes | null;
}

/** The run starts as `npm run analyze` starts it, Node's options included, without npm's own process. */
function analyzeScriptArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [command, ...args] = (scripts.analyze ?? '').split(/\s+/);
  if (command !== 'node') throw new Error(`package.json's analyze script does not start with node: "${scripts.analyze}"`);
  return args;
}

/** Whether this checkout's analyze command takes --jobs (its help lists it). */
export function supportsJobs(): boolean {
  return execFileSync(process.execPath, [...NODE_ARGS, '--help'], { cwd: ROOT, encoding: 'utf8' }).includes('--jobs');
}

function treeBytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + treeBytes(join(path, name)), 0);
}

const sizeOf = (path: string): number | null => (existsSync(path) ? statSync(path).size : null);

export function reportSizes(storyReportDir: string): ReportSizes {
  return {
    reportJson: sizeOf(join(storyReportDir, 'report.json')),
    indexHtml: sizeOf(join(storyReportDir, 'index.html')),
    folder: existsSync(storyReportDir) ? treeBytes(storyReportDir) : 0,
  };
}

export interface RunSpec {
  articles: string;
  story: string;
  out: string;
  jobs: number | null;
}

export function runPipeline(spec: RunSpec, units: Units): Promise<PipelineRun> {
  const args = [...NODE_ARGS, '--articles', spec.articles, '--story', spec.story, '--out', spec.out, '--no-cache', '--quiet'];
  if (spec.jobs !== null) args.push('--jobs', String(spec.jobs));
  // The run must not write to the step summary of a CI job that runs the benchmark.
  const { GITHUB_STEP_SUMMARY: _ignored, ...env } = process.env;
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const sampler = sampleTree(child.pid!, units, SAMPLE_MS);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL_CHARS);
  });
  let wallSeconds = 0;
  let usage: ReturnType<typeof sampler.stop> | undefined;
  child.once('exit', () => {
    wallSeconds = (performance.now() - started) / 1000;
    usage = sampler.stop();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const ok = code === 0;
      resolve({
        jobs: spec.jobs,
        ok,
        ended: signal ?? `exit ${code}`,
        stderrTail: stderr.trim(),
        wallSeconds,
        ...usage!,
        sizes: ok ? reportSizes(join(spec.out, spec.story)) : null,
      });
    });
  });
}
