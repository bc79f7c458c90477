// Runs `npm run analyze`'s entry point in a child process, as a user would, and collects its output.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function analyze(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import=tsx', join(root, 'src/cli/analyze.ts'), ...args],
      { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
