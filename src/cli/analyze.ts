// `npm run analyze`: every story under articles/ (or the ones named) into reports/.
import './preflight.ts';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { countArticleFiles, listStories } from '../load/discover.ts';
import { addSources, urlProblem } from '../load/sources.ts';
import { storyLink } from '../report/write-report.ts';
import { CORPUS_FOLDER, writeRunReports } from '../pipeline/write-corpus.ts';
import { collectGarbage } from '../pipeline/collect-garbage.ts';
import { dateProblem, selectStories } from '../corpus/filters.ts';
import type { CorpusFilters } from '../types.ts';
import { VERSION } from '../version.ts';
import { commandSettings, crashed, fail, parseCommandLine, usageError } from './command.ts';
import type { Settings } from '../settings/settings-schema.ts';
import { runLog } from './run-log.ts';
import { acquireLock } from './run-lock.ts';
import { runStory, summaryRunOf } from '../pipeline/story-pipeline.ts';
import { defaultJobs } from '../pipeline/jobs.ts';
import { localRunner, type ArticleRunner } from '../pipeline/runner.ts';
import { redisUrlProblem } from '../distribute/redis-connection.ts';
import { redisRunner } from '../distribute/redis-runner.ts';
import { errorMessage } from '../error-message.ts';
import { plural } from '../prose.ts';

const COMMAND = 'framelens';

const USAGE = `Usage: npm run analyze -- [options]

Analyzes every story folder under the articles directory (or only those named) and writes
<out>/<story>/report.json and <out>/<story>/index.html; then compares the outlets across every
story reported in <out>: <out>/corpus.json, <out>/index.html and tidy CSV files in <out>/corpus/.

Options:
  --articles DIR   folder holding one sub-folder per story (default: articles)
  --out DIR        where reports are written (default: reports)
  --story NAME     analyze only this story; repeat for several. A pattern (* any characters,
                   ? one, [abc] a set; quote it) selects every story it matches, and the corpus
                   is then made of the stories it matches
  --since DATE     the corpus keeps articles published on or after DATE (YYYY-MM-DD); articles
                   without a date are then left out, and counted
  --until DATE     the corpus keeps articles published on or before DATE (YYYY-MM-DD)
  --outlet NAME    the corpus keeps only this outlet's articles (case aside); repeat for several
  --url URL        fetch this page into the story (with exactly one --story; the folder is
                   created if needed and the URL added to its sources.txt); repeat for several
  --refresh        fetch the story's URLs again (conditional requests) instead of reading the
                   snapshots kept from earlier runs
  --host-delay MS  pause between two requests to one host (default 1000; robots.txt
                   Crawl-delay wins when longer)
  --cache DIR      where results are kept between runs (default: <out>/.cache); unchanged
                   articles are not analyzed again and unchanged stories not rendered again
  --no-cache       analyze everything, and keep no cache
  --jobs N         clean and analyze N articles at once, each on a core of its own
                   (default: the cores available, here ${defaultJobs()}); the reports are the same whatever N
  --redis URL      coordinate a distributed run: articles go through this Redis (redis://HOST:PORT)
                   to workers on any machines (npm run worker -- --redis URL), which clean and
                   analyze them; this run compares and writes the reports, the same as a local
                   run's (--jobs then counts the processes that write the article pages)
  --strict         exit non-zero if any input could not be analyzed
  --timestamp      record the generation time in the report (reports are then no longer byte-identical)
  --quiet          print only errors
  --json           log as JSON Lines on stdout (fetches, diagnostics, stages, stories, the run) instead of text
  -h, --help       show this help
  -v, --version    print the version`;

function parse() {
  return parseCommandLine(COMMAND, USAGE, {
    options: {
      articles: { type: 'string', default: 'articles' },
      out: { type: 'string', default: 'reports' },
      story: { type: 'string', multiple: true },
      since: { type: 'string' },
      until: { type: 'string' },
      outlet: { type: 'string', multiple: true },
      url: { type: 'string', multiple: true },
      refresh: { type: 'boolean', default: false },
      'host-delay': { type: 'string' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      redis: { type: 'string' },
      strict: { type: 'boolean', default: false },
      timestamp: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
    allowPositionals: false,
  }).values;
}

async function main(): Promise<number> {
  const opts = parse();
  if (opts.version) {
    process.stdout.write(`framelens ${VERSION}\n`);
    return 0;
  }
  const settings = commandSettings(COMMAND);
  const articlesDir = opts.articles;
  const hostDelayMs = opts['host-delay'] === undefined ? undefined : Number(opts['host-delay']);
  if (hostDelayMs !== undefined && !(Number.isFinite(hostDelayMs) && hostDelayMs >= 0)) usageError(COMMAND, USAGE, `--host-delay must be a number of milliseconds, not "${opts['host-delay']}"`);
  if (opts.url?.length) {
    if (opts.story?.length !== 1) usageError(COMMAND, USAGE, '--url needs exactly one --story NAME: the story the pages belong to');
    for (const url of opts.url) {
      const problem = urlProblem(url);
      if (problem) usageError(COMMAND, USAGE, `--url ${url}: ${problem}`);
    }
    const storyDir = join(articlesDir, opts.story[0]!);
    mkdirSync(storyDir, { recursive: true });
    const added = await addSources(storyDir, opts.url);
    if (added.length && !opts.quiet) process.stderr.write(`added ${added.length} URL(s) to ${join(storyDir, 'sources.txt')}\n`);
  }
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  if (!(Number.isInteger(jobs) && jobs >= 1)) usageError(COMMAND, USAGE, `--jobs must be a whole number of at least 1, not "${opts.jobs}"`);
  const redisProblem = opts.redis === undefined ? null : redisUrlProblem(opts.redis);
  if (redisProblem) usageError(COMMAND, USAGE, `--redis: ${redisProblem}`);
  if (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory()) fail(COMMAND, `articles folder "${articlesDir}" does not exist`);
  for (const key of ['since', 'until'] as const) {
    const problem = opts[key] === undefined ? null : dateProblem(opts[key]);
    if (problem) usageError(COMMAND, USAGE, `--${key}: ${problem}`);
  }
  if (opts.since && opts.until && opts.since > opts.until) usageError(COMMAND, USAGE, `--since ${opts.since} is after --until ${opts.until}: no article could pass`);
  const available = await listStories(articlesDir);
  if (available.includes(CORPUS_FOLDER))
    fail(COMMAND, `a story may not be called "${CORPUS_FOLDER}": ${join(opts.out, CORPUS_FOLDER)} holds the corpus's CSV files; rename ${join(articlesDir, CORPUS_FOLDER)}`);
  const { wanted, unmatched } = selectStories(available, opts.story);
  if (unmatched !== undefined) fail(COMMAND, `no story ${/[*?[]/.test(unmatched) ? 'matches ' : ''}"${unmatched}" in ${articlesDir} (found: ${available.join(', ') || 'none'})`);
  if (wanted.length === 0) fail(COMMAND, `no story folders in ${articlesDir}: put articles in ${join(articlesDir, '<story>')}/`);

  const lock = await acquireLock(opts.out);
  if (!lock.ok) fail(COMMAND, lock.message);
  // Assigned below, after the signal handlers that must reach it once it exists.
  // eslint-disable-next-line prefer-const
  let runner: ArticleRunner | undefined;
  // A run stopped by Ctrl-C or a CI timeout still lets the next one in, and withdraws the jobs it queued for workers; reports are whole either way.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void Promise.allSettled([runner?.close(), lock.release()]).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143)));
  }
  // A distributed run that cannot start or go on (Redis unreachable, a worker of another version) ends as Ctrl-C does, saying why.
  const stop = (message: string): Promise<never> => lock.release().then(() => fail(COMMAND, message));
  const local = localRunner(jobs, settings.limits, await countArticleFiles(articlesDir, wanted));
  runner = opts.redis === undefined ? local : await redisRunner(opts.redis, { local, stop, settings: settings.distribute }).catch((e: unknown) => stop(errorMessage(e)));
  try {
    return await runAll(opts, wanted, articlesDir, hostDelayMs, lock.stale, runner, settings);
  } finally {
    await runner.close();
    await lock.release();
  }
}

async function runAll(
  opts: ReturnType<typeof parse>,
  wanted: string[],
  articlesDir: string,
  hostDelayMs: number | undefined,
  stale: { pid: number; startedAt: string } | undefined,
  runner: ArticleRunner,
  settings: Settings,
): Promise<number> {
  const out = runLog({ quiet: opts.quiet, json: opts.json, tty: process.stderr.isTTY === true });
  if (stale) out.warning(`took over the lock of a run that is gone (pid ${stale.pid}, started ${stale.startedAt})`);
  const cacheDir = opts['no-cache'] ? null : (opts.cache ?? join(opts.out, '.cache'));
  let analyzedTotal = 0;
  let errorTotal = 0;
  let workDone = 0;
  const runs: Array<ReturnType<typeof summaryRunOf>> = [];
  for (const id of wanted) {
    const outcome = await runStory(join(articlesDir, id), id, {
      outDir: opts.out,
      cacheDir,
      timestamp: opts.timestamp,
      refresh: opts.refresh,
      ...(hostDelayMs === undefined ? {} : { hostDelayMs }),
      runner,
      settings,
      onProgress: out.fetch,
      onArticle: out.article,
      onStage: (stage, articles) => out.stage(id, stage, articles),
      onWarning: out.warning,
    });
    out.clear();
    collectGarbage(settings.limits.heap);
    const report = outcome.current;
    runs.push(summaryRunOf(outcome));
    const { errors } = storyLink(report);
    analyzedTotal += report.articles.length;
    errorTotal += errors;
    workDone += outcome.analyzed + (outcome.unchanged ? 0 : 1);
    for (const d of report.diagnostics) out.diagnostic(id, join(articlesDir, id, d.file), d);
    out.story(id, outcome, errors, relative('.', outcome.dir));
  }
  const filters: CorpusFilters = { since: opts.since ?? null, until: opts.until ?? null, outlets: opts.outlet ?? [], stories: opts.story ?? [] };
  out.stage(null, 'corpus', analyzedTotal);
  const { corpus, summary } = await writeRunReports(runs, { outDir: opts.out, cacheDir, filters, settings, version: VERSION, onWarning: out.warning });
  out.line(
    `corpus: ${plural(corpus.stories.length, 'story', 'stories')}, ${plural(corpus.outlets.length, 'outlet')}, ${plural(corpus.differences.length, 'clear difference')} → ${join(opts.out, 'index.html')}, ${join(opts.out, 'corpus.json')}, ${join(opts.out, CORPUS_FOLDER)}/*.csv`,
  );
  if (workDone === 0) out.line('nothing changed since the last run: no analysis work done');
  if (process.env['GITHUB_STEP_SUMMARY']) await appendFile(process.env['GITHUB_STEP_SUMMARY'], `${summary}\n`);
  let code = 0;
  if (analyzedTotal === 0) {
    out.error(`${COMMAND}: nothing could be analyzed`);
    code = 1;
  } else if (opts.strict && errorTotal > 0) {
    out.error(`${COMMAND}: ${errorTotal} inputs could not be analyzed (--strict)`);
    code = 1;
  }
  out.done({ stories: runs.length, articles: analyzedTotal, errors: errorTotal, workDone, exitCode: code });
  return code;
}

main().then((code) => process.exit(code), crashed(COMMAND));
