import test from 'ava';
import { execFile } from 'node:child_process';
import { cp, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { root, type Run } from '../helpers/run-analyze.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { editJsonFile, type JsonEdit } from '../helpers/edited-data.ts';

/** A copy of this project whose data file `name` is changed by `edit`. */
async function projectWith(t: Parameters<typeof tempDir>[0], name: string, edit: JsonEdit): Promise<string> {
  const dir = await tempDir(t);
  for (const part of ['src', 'data', 'schema', 'package.json', 'tsconfig.json']) await cp(join(root, part), join(dir, part), { recursive: true });
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
  editJsonFile(join(dir, 'data', `${name}.json`), edit);
  return dir;
}

const run = (dir: string, command: string, args: string[]): Promise<Run> =>
  new Promise((resolve) =>
    execFile(process.execPath, ['--import=tsx', join(dir, 'src/cli', `${command}.ts`), ...args], { cwd: dir }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );

test('a table edited into the wrong shape stops every command at once, in one line naming the file and the place', async (t) => {
  const dir = await projectWith(t, 'voices', (v) => ({ ...v, qoutes: v['quotes'] }));
  const line = `framelens: cannot start: ${join(dir, 'data', 'voices.json')}: at /: must NOT have additional properties ('qoutes')\n`;
  for (const [command, args] of [
    ['analyze', ['--out', join(dir, 'reports')]],
    ['sentiment', [join(root, 'test/fixtures/sentiment/bad.tsv')]],
  ] as const) {
    const result = await run(dir, command, [...args]);
    t.is(result.code, 2, command);
    t.is(result.stderr, line, command);
  }
});

test('a settings file edited into the wrong shape stops the command before any work', async (t) => {
  const dir = await projectWith(t, 'uncertainty', (v) => ({ ...v, alpha: '0.05' }));
  const result = await run(dir, 'analyze', ['--out', join(dir, 'reports')]);
  t.is(result.code, 2);
  t.is(result.stderr, `framelens: cannot start: ${join(dir, 'data', 'uncertainty.json')}: at /alpha: must be number\n`);
});
