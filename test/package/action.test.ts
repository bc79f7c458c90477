// action.yml run as GitHub runs a composite action: each step's `run:` lines, with the inputs and
// the action's path substituted, in bash, in the workspace; and the example workflow that uses it.
import test from 'ava';
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../helpers/run-analyze.ts';
import { BUNDLED_STORY } from '../helpers/story-copies.ts';
import { tempDir } from '../helpers/temp-dir.ts';

interface Step {
  name?: string;
  shell?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  name: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const readYaml = async <T>(path: string): Promise<T> => parse(await readFile(join(root, path), 'utf8')) as T;

/** The environment without what the outer `npm test` or a CI job set for itself. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { FORCE_COLOR: '0' };
  for (const [key, value] of Object.entries(process.env)) if (!/^(npm_|GITHUB_)/i.test(key)) env[key] = value;
  return env;
}

interface Context {
  actionPath: string;
  workspace: string;
  stepSummary: string;
}

/** The action's steps run in order, as GitHub would with `with`; stops at the first that fails. */
async function runAction(action: Action, given: Record<string, string>, ctx: Context): Promise<{ code: number; stderr: string }> {
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) inputs[name] = given[name] ?? input.default ?? '';
  const substitute = (text: string): string => {
    const out = text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '').replace(/\$\{\{\s*github\.action_path\s*\}\}/g, ctx.actionPath);
    if (out.includes('${{')) throw new Error(`an expression the test does not know: ${out}`);
    return out;
  };
  let stderr = '';
  for (const [i, step] of action.runs.steps.entries()) {
    if (step.run === undefined) throw new Error(`step ${step.name ?? i} runs no command`);
    if (step.shell !== 'bash') throw new Error(`step ${step.name ?? i}: shell ${step.shell}, not bash`);
    const script = join(ctx.workspace, `../step-${i}.sh`);
    await writeFile(script, substitute(step.run));
    const env: NodeJS.ProcessEnv = { ...cleanEnv(), GITHUB_ACTION_PATH: ctx.actionPath, GITHUB_WORKSPACE: ctx.workspace, GITHUB_STEP_SUMMARY: ctx.stepSummary };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = substitute(String(value));
    const cwd = step['working-directory'] === undefined ? ctx.workspace : substitute(step['working-directory']);
    // GitHub's `shell: bash`.
    const result = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) =>
        // tsc reports on stdout: kept with stderr, to say why a step failed.
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr: error ? `${err}\n${out}` : err }),
      ),
    );
    stderr += result.stderr;
    if (result.code !== 0) return { code: result.code, stderr };
  }
  return { code: 0, stderr };
}

/**
 * The action's checkout as GitHub makes it: the repository's files (not dist/, which is not
 * committed), with the repository's node_modules standing in for `npm ci`. Its own dist/ is built
 * by the action's install step, apart from the repository's.
 */
async function actionCheckout(dir: string): Promise<void> {
  for (const file of ['action.yml', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'src', 'data', 'schema']) {
    await cp(join(root, file), join(dir, file), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

test('action.yml: a composite action with the inputs articles, out, strict and cache, that uploads nothing', async (t) => {
  const action = await readYaml<Action>('action.yml');
  t.is(action.runs.using, 'composite');
  t.deepEqual(Object.keys(action.inputs).sort(), ['articles', 'cache', 'out', 'strict']);
  t.is(action.inputs['articles']!.default, 'articles');
  t.is(action.inputs['out']!.default, 'reports');
  for (const step of action.runs.steps) t.is(step.uses, undefined, 'every step is a command of its own, no other action');
});

test('the action installs framelens, analyzes into out and shows the summary once; strict and cache pass through', async (t) => {
  t.timeout(10 * 60_000);
  const action = await readYaml<Action>('action.yml');
  const tmp = await tempDir(t, 'framelens-action-');
  const ctx: Context = { actionPath: join(tmp, 'action'), workspace: join(tmp, 'workspace'), stepSummary: join(tmp, 'step-summary.md') };
  await actionCheckout(ctx.actionPath);
  await mkdir(ctx.workspace);
  await cp(BUNDLED_STORY, join(ctx.workspace, 'news/lunar'), { recursive: true });
  await writeFile(ctx.stepSummary, '');

  const started = Date.now();
  const first = await runAction(action, { articles: 'news', out: 'R' }, ctx);
  t.is(first.code, 0, first.stderr);
  t.log(`install (build) and analyze: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  t.true(existsSync(join(ctx.actionPath, 'dist/src/cli/framelens.js')), 'built in the action checkout');
  const report = JSON.parse(await readFile(join(ctx.workspace, 'R/lunar/report.json'), 'utf8')) as { articles: unknown[] };
  t.is(report.articles.length, 5);
  t.true(existsSync(join(ctx.workspace, 'R/index.html')));
  t.true(existsSync(join(ctx.workspace, 'R/.cache')), 'the default cache is <out>/.cache');
  const summary = await readFile(join(ctx.workspace, 'R/summary.md'), 'utf8');
  t.true(summary.length > 0);
  t.is(await readFile(ctx.stepSummary, 'utf8'), `${summary}\n`, 'the summary is in the step summary once');

  // strict fails on an input that cannot be analyzed; cache "false" keeps none; another cache folder.
  await writeFile(join(ctx.workspace, 'news/lunar/empty.txt'), '');
  const strict = await runAction(action, { articles: 'news', out: 'S', strict: 'true', cache: 'false' }, ctx);
  t.is(strict.code, 1, strict.stderr);
  t.regex(strict.stderr, /could not be analyzed \(--strict\)/);
  t.true(existsSync(join(ctx.workspace, 'S/lunar/report.json')));
  t.false(existsSync(join(ctx.workspace, 'S/.cache')));
  const lenient = await runAction(action, { articles: 'news', out: 'T', cache: 'kept' }, ctx);
  t.is(lenient.code, 0, lenient.stderr);
  t.true(existsSync(join(ctx.workspace, 'kept')));
  t.false(existsSync(join(ctx.workspace, 'T/.cache')));
});

test('the example workflow checks out, sets up Node 20, runs the action with its inputs and uploads the reports', async (t) => {
  const action = await readYaml<Action>('action.yml');
  const workflow = await readYaml<{ jobs: Record<string, { steps: Step[] }> }>('examples/github-workflow.yml');
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const uses = steps.map((s) => s.uses ?? '');
  const at = (prefix: string): number => uses.findIndex((u) => u.startsWith(prefix));
  const framelens = uses.findIndex((u) => /(^\.\/?$|\/framelens@)/.test(u));
  t.true(at('actions/checkout@') >= 0);
  t.is(String(steps[at('actions/setup-node@')]?.with?.['node-version']), '20');
  t.true(framelens > at('actions/setup-node@'));
  t.true(at('actions/upload-artifact@') > framelens);
  for (const input of Object.keys(steps[framelens]!.with ?? {})) t.true(input in action.inputs, `the action has the input ${input}`);
});
