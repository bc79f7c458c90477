// Issue 6's done-when, end to end: `npm run analyze -- --story demo --url …` against a local server
// writes the reports and the snapshots, reports every failed URL without stopping the batch, and a
// second run with the server stopped gives the same reports byte for byte.
import test from 'ava';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSnapshot } from '../../src/load/fetch/snapshot.ts';
import { analyze } from '../helpers/run-analyze.ts';
import type { StoryReport } from '../../src/types.ts';
import { ARTICLE_ETAG, serverFor, type TestServer } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { readArticle } from '../helpers/read-record.ts';
import { assertSameFiles, storyFiles } from '../helpers/report-files.ts';

const readReport = async (dir: string, story = 'demo'): Promise<StoryReport> => JSON.parse(await readFile(join(dir, 'reports', story, 'report.json'), 'utf8')) as StoryReport;

/** The politeness pause is real time; the tests that are not about it turn it off. */
const fast = ['--host-delay', '0'];

const errorsOf = (report: StoryReport) => report.diagnostics.filter((d) => d.level === 'error' && d.stage === 'load');

test('done when: the story is fetched, failures are reported, and a rerun without the network gives the same reports byte for byte', async (t) => {
  const s = await serverFor(t);
  const dir = await tempDir(t, 'framelens-urls-');
  const good = [s.url('/news/article.html'), s.url('/news/second.html')];
  const bad = { missing: s.url('/missing'), pdf: s.url('/doc.pdf'), robots: s.url('/private/secret.html') };
  const urls = [...good, bad.missing, bad.pdf, bad.robots];
  const args = ['--articles', join(dir, 'articles'), '--out', join(dir, 'reports'), '--story', 'demo', ...fast, ...urls.flatMap((u) => ['--url', u])];

  const first = await analyze([...args, '--quiet']);
  t.is(first.code, 0, first.stderr);

  // The command line's URLs are now the story's sources.
  const sourcesTxt = await readFile(join(dir, 'articles/demo/sources.txt'), 'utf8');
  t.deepEqual(sourcesTxt.trim().split('\n'), urls);

  // One snapshot per fetched page, with its fetch record.
  const snapDir = join(dir, 'articles/demo/snapshots');
  const hostDirs = await readdir(snapDir);
  t.deepEqual(hostDirs, [`127.0.0.1_${s.port}`]);
  const pages = [];
  for (const name of await readdir(join(snapDir, hostDirs[0]!))) {
    const snap = readSnapshot(await readFile(join(snapDir, hostDirs[0]!, name), 'utf8'));
    if (snap?.kind === 'page') pages.push(snap.record.url);
  }
  t.deepEqual(pages.sort(), [...good].sort());

  // Politeness: robots.txt once, the disallowed page never asked for, framelens named.
  t.is(s.hits('/robots.txt'), 1);
  t.is(s.hits('/private/secret.html'), 0);
  t.true(s.requests.every((r) => /^framelens\//.test(String(r.headers['user-agent']))));

  const report = await readReport(dir);
  t.is(report.articles.length, 2);
  t.deepEqual(report.articles.map((a) => a.url).sort(), [...good].sort());
  t.deepEqual(report.articles.map((a) => a.outlet.name).sort(), ['The Riverside Herald', 'Valley Post']);
  const errors = errorsOf(report);
  t.is(errors.length, 3, JSON.stringify(report.diagnostics, null, 1));
  const about = (url: string) => errors.find((d) => d.message.includes(url))?.message ?? `(no error names ${url})`;
  t.regex(about(bad.missing), /404/);
  t.regex(about(bad.pdf), /unsupported content type application\/pdf/);
  t.regex(about(bad.robots), /robots/);
  const html = await readFile(join(dir, 'reports/demo/index.html'), 'utf8');
  for (const url of Object.values(bad)) t.true(html.includes(url), `the HTML report names ${url}`);

  const before = { story: await storyFiles(join(dir, 'reports/demo')), index: await readFile(join(dir, 'reports/index.html')) };
  t.is([...before.story.keys()].filter((f) => f.startsWith('articles/') && f.endsWith('.json')).length, 2, 'a record per article');
  await s.close();

  const second = await analyze([...args, '--quiet']);
  t.is(second.code, 0, second.stderr);
  assertSameFiles(t, await storyFiles(join(dir, 'reports/demo')), before.story, 'the rerun');
  t.true(before.index.equals(await readFile(join(dir, 'reports/index.html'))), 'the reports index is byte-identical');
  t.is(await readFile(join(dir, 'articles/demo/sources.txt'), 'utf8'), sourcesTxt, 'URLs already listed are not added again');

  // --strict fails the run over the three failures; without --quiet each URL shows as cached.
  const strict = await analyze([...args, '--strict']);
  t.is(strict.code, 1);
  for (const url of urls) t.regex(strict.stderr, new RegExp(`cached\\s+${url.replace(/[.?/]/g, '\\$&')}`));
  assertSameFiles(t, await storyFiles(join(dir, 'reports/demo')), before.story, 'the --strict run');
});

test('sources.txt (with an outlet after a tab) and story.json "urls" are fetched without --url', async (t) => {
  const s = await serverFor(t);
  const dir = await tempDir(t, 'framelens-urls-');
  const story = join(dir, 'articles', 'bridge');
  await mkdir(story, { recursive: true });
  await writeFile(join(story, 'sources.txt'), `# coverage of the bridge vote\n${s.url('/news/article.html')}\tHarbour Weekly\n\n`);
  await writeFile(join(story, 'story.json'), JSON.stringify({ title: 'Harbour bridge', urls: [{ url: s.url('/news/second.html'), outlet: 'Valley Post' }] }));
  const run = await analyze(['--articles', join(dir, 'articles'), '--out', join(dir, 'reports'), ...fast, '--quiet']);
  t.is(run.code, 0, run.stderr);
  const report = await readReport(dir, 'bridge');
  const outlet = (path: string) => report.articles.find((a) => a.url === s.url(path))?.outlet.name;
  t.is(outlet('/news/article.html'), 'Harbour Weekly');
  t.is(outlet('/news/second.html'), 'Valley Post');
  t.deepEqual(errorsOf(report), []);
});

test('--refresh asks again with If-None-Match; a 304 keeps the snapshot and the report', async (t) => {
  const s = await serverFor(t);
  const dir = await tempDir(t, 'framelens-urls-');
  const args = ['--articles', join(dir, 'articles'), '--out', join(dir, 'reports'), '--story', 'demo', ...fast, '--quiet'];
  const urls = ['--url', s.url('/news/article.html'), '--url', s.url('/news/second.html')];
  t.is((await analyze([...args, ...urls])).code, 0);
  const json = await readFile(join(dir, 'reports/demo/report.json'));
  const refresh = await analyze([...args, '--refresh']);
  t.is(refresh.code, 0, refresh.stderr);
  t.is(s.hits('/news/article.html'), 2);
  t.is(s.requests.filter((r) => r.path === '/news/article.html').at(-1)?.headers['if-none-match'], ARTICLE_ETAG);
  t.true(json.equals(await readFile(join(dir, 'reports/demo/report.json'))), 'same report after a refresh that found nothing new');

  // A refresh that cannot reach the server keeps the pages it has, with a warning.
  await s.close();
  const offline = await analyze([...args, '--refresh']);
  t.is(offline.code, 0, offline.stderr);
  const report = await readReport(dir);
  t.is(report.articles.length, 2);
  t.true(
    report.diagnostics.some((d) => d.level === 'warning' && /could not refresh/.test(d.message)),
    JSON.stringify(report.diagnostics),
  );
});

test('requests to one host are spaced by --host-delay, or by the longer Crawl-delay of robots.txt', async (t) => {
  const plain = await serverFor(t);
  const crawl = await serverFor(t, { robots: 'User-agent: *\nCrawl-delay: 1\n' });
  const dir = await tempDir(t, 'framelens-urls-');
  const out = ['--articles', join(dir, 'articles'), '--out', join(dir, 'reports'), '--quiet'];
  const pages = ['/news/article.html', '/news/second.html'];
  const gaps = (s: TestServer) => s.requests.slice(1).map((r, i) => r.at - s.requests[i]!.at);

  const a = await analyze([...out, '--story', 'a', '--host-delay', '300', ...pages.flatMap((p) => ['--url', plain.url(p)])]);
  t.is(a.code, 0, a.stderr);
  t.is(plain.requests.length, 3); // robots.txt and the two pages
  // Only lower bounds: a slow machine makes gaps longer, never shorter.
  for (const gap of gaps(plain)) t.true(gap >= 290, `gaps ${gaps(plain)}`);

  const b = await analyze([...out, '--story', 'b', '--host-delay', '0', ...pages.flatMap((p) => ['--url', crawl.url(p)])]);
  t.is(b.code, 0, b.stderr);
  const pageTimes = crawl.requests.filter((r) => pages.includes(r.path)).map((r) => r.at);
  t.is(pageTimes.length, 2);
  t.true(pageTimes[1]! - pageTimes[0]! >= 990, `Crawl-delay: 1 but pages ${pageTimes[1]! - pageTimes[0]!} ms apart`);
});

test('a story whose every URL fails: nothing analyzed, exit status 1, every failure reported', async (t) => {
  const s = await serverFor(t);
  const dir = await tempDir(t, 'framelens-urls-');
  const urls = [s.url('/missing'), s.url('/loop/a'), s.url('/redirect/file')];
  const run = await analyze(['--articles', join(dir, 'articles'), '--out', join(dir, 'reports'), '--story', 'gone', ...fast, '--quiet', ...urls.flatMap((u) => ['--url', u])]);
  t.is(run.code, 1);
  t.regex(run.stderr, /nothing could be analyzed/);
  const report = await readReport(dir, 'gone');
  const errors = errorsOf(report);
  for (const [url, reason] of [
    [urls[0]!, /404/],
    [urls[1]!, /loop/],
    [urls[2]!, /file:/],
  ] as const) {
    t.regex(errors.find((d) => d.message.includes(url))?.message ?? `(nothing about ${url})`, reason);
  }
});

test('usage errors: --url needs exactly one --story and an http(s) URL', async (t) => {
  const dir = await tempDir(t, 'framelens-urls-');
  const base = ['--articles', join(dir, 'articles'), '--out', join(dir, 'reports')];
  t.is((await analyze([...base, '--url', 'http://127.0.0.1:9/x'])).code, 2);
  t.is((await analyze([...base, '--story', 'a', '--story', 'b', '--url', 'http://127.0.0.1:9/x'])).code, 2);
  const ftp = await analyze([...base, '--story', 'a', '--url', 'ftp://127.0.0.1/x']);
  t.is(ftp.code, 2);
  t.regex(ftp.stderr, /ftp:/);
  t.is((await analyze([...base, '--story', 'a', '--url', 'http://127.0.0.1:9/x', '--host-delay', 'soon'])).code, 2);
});

// fetchPage follows redirects itself, and robots.txt is asked only about the URL as listed: a page
// that redirects into a disallowed path is fetched anyway. Reproduce: /go/private → 302 →
// /private/secret.html, which robots.txt disallows.
test('a redirect into a path robots.txt disallows is not followed', async (t) => {
  const s = await serverFor(t);
  const dir = await tempDir(t, 'framelens-urls-');
  await analyze(['--articles', join(dir, 'articles'), '--out', join(dir, 'reports'), '--story', 'demo', ...fast, '--quiet', '--url', s.url('/go/private'), '--url', s.url('/news/article.html')]);
  t.is(s.hits('/private/secret.html'), 0);
  const report = await readReport(dir);
  t.regex(errorsOf(report).find((d) => d.message.includes(s.url('/go/private')))?.message ?? '(not reported)', /robots/);
});

// A text/plain page is kept as snapshots/…html and then read as HTML, so its line breaks are lost:
// the headline runs into the body. A saved .txt with the same text gets a title and three paragraphs.
test('a text/plain page is analyzed as text (headline and paragraphs), as a saved .txt would be', async (t) => {
  const s = await serverFor(t);
  const dir = await tempDir(t, 'framelens-urls-');
  const run = await analyze(['--articles', join(dir, 'articles'), '--out', join(dir, 'reports'), '--story', 'demo', ...fast, '--quiet', '--url', s.url('/plain.txt')]);
  t.is(run.code, 0, run.stderr);
  const [entry] = (await readReport(dir)).articles;
  t.is(entry?.title, 'Harbour bridge wins council backing');
  const article = await readArticle(join(dir, 'reports/demo'), entry!.id);
  t.is(article?.title, entry?.title);
  t.is(article?.blocks.length, 3);
});
