// The package as a user gets it: `npm pack` (which compiles it), installed from the tarball into an
// empty folder, and run through its `framelens` command, with neither tsx nor the sources.
import test from 'ava';
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { root } from '../helpers/run-analyze.ts';
import { BUNDLED_STORY, copiesOfBundledStory } from '../helpers/story-copies.ts';
import { tempDir } from '../helpers/temp-dir.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment without what the outer `npm test` or a CI job set for itself. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { FORCE_COLOR: '0' };
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) && key !== 'GITHUB_STEP_SUMMARY') env[key] = value;
  return env;
}

function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;

test('npm pack ships the compiled package, which installs into an empty folder and runs without tsx', async (t) => {
  t.timeout(10 * 60_000);
  const tmp = await tempDir(t, 'framelens-pack-');
  const packDir = join(tmp, 'pack');
  const installDir = join(tmp, 'install');
  await mkdir(packDir);
  await mkdir(installDir);

  // Packing runs prepack, which compiles src/ into dist/.
  let since = Date.now();
  const pack = await run('npm', ['pack', '--json', '--pack-destination', packDir], root);
  t.is(pack.code, 0, `${pack.stderr}\n${pack.stdout}`);
  t.log(`npm pack (build included): ${seconds(since)}`);
  const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const files = packed!.files.map((f) => f.path);
  for (const dir of ['test/', 'bench/', 'train/', 'reports/', 'articles/', 'src/', 'examples/', 'node_modules/']) {
    t.deepEqual(
      files.filter((f) => f.startsWith(dir)),
      [],
      `nothing under ${dir}`,
    );
  }
  t.deepEqual(
    files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')),
    [],
    'no TypeScript sources',
  );
  for (const needed of [
    'package.json',
    'dist/src/cli/framelens.js',
    'dist/src/index.js',
    'dist/src/index.d.ts',
    'dist/src/pipeline/article-worker.js',
    'dist/src/report/html/styles.css',
    'dist/data/limits.json',
    'dist/data/models/target-sentiment.json',
    'schema/report.schema.json',
  ]) {
    t.true(files.includes(needed), `ships ${needed}`);
  }
  const tarball = join(packDir, packed!.filename);
  t.true((await stat(tarball)).isFile());

  // An empty project that depends on nothing but the tarball.
  await writeFile(join(installDir, 'package.json'), `${JSON.stringify({ name: 'framelens-consumer', private: true })}\n`);
  since = Date.now();
  const install = await run('npm', ['install', '--no-audit', '--no-fund', tarball], installDir);
  t.is(install.code, 0, install.stderr);
  t.log(`npm install of the tarball: ${seconds(since)}`);
  t.false(existsSync(join(installDir, 'node_modules/tsx')), 'tsx is not installed with the package');

  const version = await run('npx', ['--no', '--', 'framelens', '--version'], installDir);
  t.is(version.code, 0, version.stderr);
  t.is(version.stdout, `framelens ${JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version}\n`);

  const unknown = await run('npx', ['--no', '--', 'framelens', 'nonsense'], installDir);
  t.is(unknown.code, 2);
  t.regex(unknown.stderr, /unknown command "nonsense"[\s\S]*Usage: framelens <command>/);
  const help = await run('npx', ['--no', '--', 'framelens', 'analyze', '--help'], installDir);
  t.is(help.code, 0, help.stderr);
  t.true(help.stdout.startsWith('Usage: framelens analyze [options]'), help.stdout.slice(0, 80));

  // The bundled story, in the main process.
  await cp(BUNDLED_STORY, join(installDir, 'A/lunar-research-station-2021'), { recursive: true });
  since = Date.now();
  const analyzed = await run('npx', ['--no', '--', 'framelens', 'analyze', '--articles', 'A', '--out', 'R'], installDir);
  t.is(analyzed.code, 0, analyzed.stderr);
  t.log(`framelens analyze (5 articles): ${seconds(since)}`);
  const report = JSON.parse(await readFile(join(installDir, 'R/lunar-research-station-2021/report.json'), 'utf8')) as { articles: unknown[] };
  t.is(report.articles.length, 5);
  for (const file of ['R/lunar-research-station-2021/index.html', 'R/index.html', 'R/corpus.json', 'R/summary.md']) t.true(existsSync(join(installDir, file)), file);
  t.regex(await readFile(join(installDir, 'R/lunar-research-station-2021/index.html'), 'utf8'), /<style>[^<]*\{/, 'the stylesheet is inlined');

  // A story large enough for the worker processes: they run the compiled modules.
  await copiesOfBundledStory(join(installDir, 'B/big'), 8);
  since = Date.now();
  const pooled = await run('npx', ['--no', '--', 'framelens', 'analyze', '--articles', 'B', '--out', 'RB', '--jobs', '2', '--no-cache'], installDir);
  t.is(pooled.code, 0, pooled.stderr);
  t.log(`framelens analyze (40 articles, 2 worker processes): ${seconds(since)}`);
  t.is((await readdir(join(installDir, 'RB/big/articles'))).filter((f) => f.endsWith('.html')).length, 40);

  // The library entry, as `import ... from 'framelens'`.
  const api = await run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { scoreSentences, scoreFrames, extract } from 'framelens'; console.log(JSON.stringify([scoreSentences(['A wonderful success.'])[0].polarity, scoreFrames('Taxes will rise.').frames.length, extract('The council approved the new budget on Monday after a long debate about taxes and spending.', { kind: 'text' }).text]));",
    ],
    installDir,
  );
  t.is(api.code, 0, api.stderr);
  t.deepEqual(JSON.parse(api.stdout), [1, 20, 'The council approved the new budget on Monday after a long debate about taxes and spending.']);
});
