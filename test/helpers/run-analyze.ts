// Runs the project's scripts in a child process, as a user would, and collects their output.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  maxBuffer?: number;
}

/** Runs `script` (a path from the project root) with tsx. */
export function runScript(script: string, args: string[], options: RunOptions = {}): Promise<Run> {
  // A test's run must not write to the step summary of the CI job that runs the tests.
  const { GITHUB_STEP_SUMMARY: _ignored, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import=tsx', join(root, script), ...args],
      { cwd: root, env: { ...env, FORCE_COLOR: '0', ...options.env }, ...(options.maxBuffer ? { maxBuffer: options.maxBuffer } : {}) },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export const analyze = (args: string[], options?: RunOptions): Promise<Run> => runScript('src/cli/analyze.ts', args, options);

/** The JSON Lines a command printed; none when it printed its usage instead. */
export function jsonLines<T>(stdout: string): T[] {
  return stdout.startsWith('Usage:')
    ? []
    : stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as T);
}
