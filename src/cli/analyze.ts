// `npm run analyze`: every story under articles/ (or the ones named) into reports/.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeStory } from '../analyze-story.ts';
import { listStories } from '../load/discover.ts';
import { addSources, urlProblem } from '../load/sources.ts';
import type { StoryLink } from '../report/html/index-page.ts';
import { storyLink, writeIndex, writeStoryReport } from '../report/write-report.ts';
import { VERSION } from '../version.ts';
import { crashed, fail, parseCommandLine, usageError } from './command.ts';

const COMMAND = 'framelens';

const USAGE = `Usage: npm run analyze -- [options]

Analyzes every story folder under the articles directory (or only those named) and writes
<out>/<story>/report.json, <out>/<story>/index.html and <out>/index.html.

Options:
  --articles DIR   folder holding one sub-folder per story (default: articles)
  --out DIR        where reports are written (default: reports)
  --story NAME     analyze only this story; repeat for several
  --url URL        fetch this page into the story (with exactly one --story; the folder is
                   created if needed and the URL added to its sources.txt); repeat for several
  --refresh        fetch the story's URLs again (conditional requests) instead of reading the
                   snapshots kept from earlier runs
  --host-delay MS  pause between two requests to one host (default 1000; robots.txt
                   Crawl-delay wins when longer)
  --strict         exit non-zero if any input could not be analyzed
  --timestamp      record the generation time in the report (reports are then no longer byte-identical)
  --quiet          print only errors
  -h, --help       show this help
  -v, --version    print the version`;

function parse() {
  return parseCommandLine(COMMAND, USAGE, {
    options: {
      articles: { type: 'string', default: 'articles' },
      out: { type: 'string', default: 'reports' },
      story: { type: 'string', multiple: true },
      url: { type: 'string', multiple: true },
      refresh: { type: 'boolean', default: false },
      'host-delay': { type: 'string' },
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
  if (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory()) fail(COMMAND, `articles folder "${articlesDir}" does not exist`);
  const available = await listStories(articlesDir);
  const wanted = opts.story ?? available;
  for (const name of wanted) if (!available.includes(name)) fail(COMMAND, `no story "${name}" in ${articlesDir} (found: ${available.join(', ') || 'none'})`);
  if (wanted.length === 0) fail(COMMAND, `no story folders in ${articlesDir}: put articles in ${join(articlesDir, '<story>')}/`);

  const tty = process.stderr.isTTY && !opts.quiet;
  const log = (line: string): void => {
    if (!opts.quiet) process.stderr.write(`${line}\n`);
  };
  let analyzedTotal = 0;
  let errorTotal = 0;
  const links: StoryLink[] = [];
  for (const id of wanted) {
    const report = await analyzeStory(join(articlesDir, id), id, {
      refresh: opts.refresh,
      ...(hostDelayMs === undefined ? {} : { hostDelayMs }),
      // On a terminal a URL's line is replaced by the next one's; failures stay on screen.
      onProgress: (p) => {
        const line = `  [${p.done}/${p.total}] ${p.state.padEnd(12)} ${p.url}${p.message ? ` (${p.message})` : ''}`;
        if (tty && (p.state === 'fetched' || p.state === 'cached' || p.state === 'not-modified')) process.stderr.write(`\r\x1b[K${line}`);
        else log(tty ? `\r\x1b[K${line}` : line);
      },
      onArticle: (file, i, n) => {
        if (tty) process.stderr.write(`\r\x1b[K  [${i + 1}/${n}] ${file}`);
      },
    });
    if (tty) process.stderr.write('\r\x1b[K');
    if (opts.timestamp) report.story.generatedAt = new Date().toISOString();
    const dir = await writeStoryReport(opts.out, report);
    links.push(storyLink(report));
    const errors = report.diagnostics.filter((d) => d.level === 'error');
    analyzedTotal += report.articles.length;
    errorTotal += errors.length;
    for (const d of report.diagnostics) {
      const where = join(articlesDir, id, d.file);
      if (d.level === 'error') process.stderr.write(`error: ${where}: ${d.message}\n`);
      else log(`warning: ${where}: ${d.message}`);
    }
    log(`${id}: ${report.articles.length} articles from ${report.comparison.outlets.length} outlets, ${errors.length} errors → ${relative('.', dir)}/index.html`);
  }
  await writeIndex(opts.out, links);
  if (analyzedTotal === 0) {
    process.stderr.write(`${COMMAND}: nothing could be analyzed\n`);
    return 1;
  }
  if (opts.strict && errorTotal > 0) {
    process.stderr.write(`${COMMAND}: ${errorTotal} inputs could not be analyzed (--strict)\n`);
    return 1;
  }
  return 0;
}

main().then((code) => process.exit(code), crashed(COMMAND));
