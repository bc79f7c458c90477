// `npm run worker` and `npm run analyze -- --redis`, run as a user runs them (issue 14): a Redis, a
// coordinator and two worker processes, one killed while it holds articles, give the reports of a
// local run byte for byte; an unreachable Redis stops either side at once, naming the URL; a worker
// of another version refuses the articles and the coordinator stops, saying why.
import test, { type ExecutionContext } from 'ava';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Queue } from 'bullmq';
import { analyze, root, runScript } from '../helpers/run-analyze.ts';
import { freePort, startRedisServer, withRedisServer, type RedisServer } from '../helpers/redis-server.ts';
import { copiesOfBundledStory } from '../helpers/story-copies.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { SETTINGS } from '../helpers/settings.ts';

const worker = (args: string[]) => runScript('src/cli/worker.ts', args);

test('--help and --version; --redis is required and must be a Redis URL; --jobs a whole number', async (t) => {
  const help = await worker(['--help']);
  t.is(help.code, 0);
  t.regex(help.stdout, /^Usage: npm run worker -- --redis redis:\/\/HOST:PORT/);
  t.regex((await worker(['--version'])).stdout, /^framelens \d+\.\d+\.\d+\n$/);
  const missing = await worker([]);
  t.is(missing.code, 2);
  t.regex(missing.stderr, /--redis URL is required/);
  const http = await worker(['--redis', 'http://127.0.0.1:6379']);
  t.is(http.code, 2);
  t.regex(http.stderr, /not a Redis URL: "http:\/\/127\.0\.0\.1:6379"/);
  t.regex((await worker(['--redis', 'redis://127.0.0.1:6379', '--jobs', '0'])).stderr, /--jobs must be a whole number of at least 1/);
  t.regex((await analyze(['--redis', 'localhost:6379'])).stderr, /--redis: not a Redis URL/);
});

test('an unreachable Redis stops a worker and a coordinator at once, naming the URL; the coordinator leaves no lock', async (t) => {
  const url = `redis://127.0.0.1:${await freePort()}`;
  const dir = await tempDir(t);
  await cp(join(root, 'articles'), join(dir, 'articles'), { recursive: true });
  const [w, a] = await Promise.all([worker(['--redis', url]), analyze(['--redis', url, '--articles', join(dir, 'articles'), '--out', join(dir, 'reports')])]);
  for (const [name, run] of [
    ['worker', w],
    ['analyze', a],
  ] as const) {
    t.is(run.code, 2, `${name}: ${run.stderr}`);
    t.true(run.stderr.includes(`cannot connect to Redis at ${url}`), `${name}: ${run.stderr}`);
    t.regex(run.stderr, /ECONNREFUSED/);
  }
  t.false(existsSync(join(dir, 'reports', '.framelens.lock')));
});

/** A worker process; its stderr lines as they come. */
interface WorkerProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** The name it gives jobs and logs (host-pid). */
  name: Promise<string>;
  log: () => string;
  /** The first line matching `pattern` (waits for it). */
  line: (pattern: RegExp) => Promise<string>;
}

function startWorker(t: ExecutionContext, url: string, cwd = root): WorkerProcess {
  const child = spawn(process.execPath, ['--import=tsx', join(cwd, 'src/cli/worker.ts'), '--redis', url, '--jobs', '1'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  t.teardown(() => void child.kill('SIGKILL'));
  let text = '';
  const waiting: Array<() => void> = [];
  child.stderr.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    waiting.splice(0).forEach((wake) => wake());
  });
  child.stdout.resume();
  const line = async (pattern: RegExp): Promise<string> => {
    for (;;) {
      const found = text.split('\n').find((l) => pattern.test(l));
      if (found) return found;
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`worker ended without printing ${pattern}:\n${text}`);
      await new Promise<void>((wake) => {
        waiting.push(wake);
        child.once('exit', () => wake());
      });
    }
  };
  const name = line(/^framelens worker \S+: taking articles/).then((l) => l.split(' ')[2]!.replace(/:$/, ''));
  return { child, name, log: () => text, line };
}

// The run's own notes (summary.md, the cache, the lock) differ between runs; every report file must not.
async function reportFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const rel = join(e.parentPath, e.name).slice(dir.length + 1);
    if (e.isFile() && rel !== 'summary.md' && !rel.split('/').some((part) => part.startsWith('.'))) files.set(rel, await readFile(join(dir, rel), 'utf8'));
  }
  return files;
}

withRedisServer('distributed runs through Redis', () => {
  let redis: RedisServer;
  test.before(async () => {
    redis = await startRedisServer();
  });
  test.after.always(() => redis?.stop());

  test.serial('a coordinator and two workers, one killed while it holds articles, write the reports of a local run byte for byte', async (t) => {
    const url = redis.url(1);
    const dir = await tempDir(t);
    const articles = join(dir, 'articles');
    await copiesOfBundledStory(join(articles, 'moon'), 12);
    const [a, b] = [startWorker(t, url), startWorker(t, url)];
    const [nameA] = await Promise.all([a.name, b.name]);
    const local = analyze(['--articles', articles, '--out', join(dir, 'local'), '--no-cache', '--jobs', '1', '--quiet']);
    const distributed = analyze(['--articles', articles, '--out', join(dir, 'distributed'), '--no-cache', '--quiet', '--redis', url]);

    // Frozen as soon as it has taken an article, worker A is seen holding it, then killed.
    await a.line(/^analyzing /);
    a.child.kill('SIGSTOP');
    const queue = new Queue(SETTINGS.distribute.queue.name, { connection: { url } });
    t.teardown(() => queue.close());
    const held = (await queue.getActive()).filter((job) => job.processedBy === nameA);
    t.true(held.length > 0, 'worker A holds an article when it is killed');
    a.child.kill('SIGKILL');

    const [l, d] = await Promise.all([local, distributed]);
    t.is(l.code, 0, l.stderr);
    t.is(d.code, 0, d.stderr);
    // What A held could only be finished once B's stalled check put it back in the queue.
    await b.line(/its worker stopped renewing its lock; back in the queue/);
    t.regex(b.log(), /^analyzing /m);
    const [expected, got] = await Promise.all([reportFiles(join(dir, 'local')), reportFiles(join(dir, 'distributed'))]);
    t.true(expected.size > 120, `${expected.size} report files`);
    t.deepEqual([...got.keys()].sort(), [...expected.keys()].sort());
    for (const [file, text] of expected) t.true(got.get(file) === text, `${file} differs from the local run's`);
    t.deepEqual(
      Object.values(await queue.getJobCounts()).filter((n) => n > 0),
      [],
      'no job of the run is left in Redis',
    );
  });

  test.serial('a worker of another version refuses the articles, and the coordinator stops naming the article and both versions', async (t) => {
    const url = redis.url(2);
    const dir = await tempDir(t);
    // Another version: this project with one data file changed (its meaning unchanged: a trailing newline).
    const other = join(dir, 'other');
    await mkdir(other);
    for (const part of ['src', 'data', 'package.json', 'package-lock.json', 'tsconfig.json']) await cp(join(root, part), join(other, part), { recursive: true });
    await symlink(join(root, 'node_modules'), join(other, 'node_modules'));
    await appendFile(join(other, 'data/limits.json'), '\n');
    const stale = startWorker(t, url, other);
    const name = await stale.name;
    await cp(join(root, 'articles'), join(dir, 'articles'), { recursive: true });
    const run = await analyze(['--articles', join(dir, 'articles'), '--out', join(dir, 'reports'), '--no-cache', '--redis', url]);
    t.is(run.code, 2, run.stderr);
    t.regex(run.stderr, new RegExp(`framelens: \\S+\\.txt: refused by worker ${name}: it runs framelens \\S+ \\(analyzer \\w{12}\\), the coordinator framelens \\S+ \\(analyzer \\w{12}\\)`));
    t.regex(stale.log(), /^refused job \S+ \(\S+\.txt\): refused by worker/m);
    t.false(existsSync(join(dir, 'reports', '.framelens.lock')));
    t.false(existsSync(join(dir, 'reports', 'lunar-research-station-2021', 'report.json')), 'no report from a run that stopped');
  });
});
