import test from 'ava';
import type { FetchRecord } from '../../../src/load/fetch/fetch-page.ts';
import { readSnapshot, snapshotFile, snapshotText } from '../../../src/load/fetch/snapshot.ts';

const record: FetchRecord = {
  url: 'http://127.0.0.1:8080/redirect/1',
  finalUrl: 'http://127.0.0.1:8080/news/article.html',
  status: 200,
  contentType: 'text/html',
  charset: 'utf-8',
  fetchedAt: '2021-03-02T09:30:00.000Z',
  etag: '"article-v1"',
  lastModified: 'Tue, 02 Mar 2021 09:30:00 GMT',
  redirects: ['http://127.0.0.1:8080/redirect/2', 'http://127.0.0.1:8080/news/article.html'],
  bytes: 1234,
};

const URLS = [
  'http://127.0.0.1:8080/news/article.html',
  'http://127.0.0.1:8081/news/article.html',
  'https://127.0.0.1:8080/news/article.html',
  'http://127.0.0.1:8080/news/article.html?page=2',
  'http://127.0.0.1:8080/News/Article.html',
  'https://www.example.com/',
  'https://www.example.com',
  'https://www.example.com/2021/03/02/harbour-bridge-approved-after-nine-hour-council-debate-and-a-very-long-slug-indeed',
  'https://www.example.com/../../etc/passwd',
  'https://www.example.com/a%2F..%2F..%2Fb',
  'https://[::1]:8443/story',
  'https://user:pw@example.com:8443/x/y/z.html',
  'https://例え.jp/記事/1',
];

// Each path segment a plain name: nothing that climbs out, hides, or a file system refuses.
function safe(path: string): boolean {
  return path.split('/').every((seg) => seg.length > 0 && seg !== '.' && seg !== '..' && !seg.startsWith('.') && !/[:\\<>|"?*\0]/.test(seg));
}

test('snapshotFile is a deterministic, safe path under snapshots/, one per URL', (t) => {
  const files = URLS.map((u) => snapshotFile(u));
  t.deepEqual(
    URLS.map((u) => snapshotFile(u)),
    files,
    'deterministic',
  );
  t.is(new Set(files).size, URLS.length, 'different URLs, different files');
  for (const [i, file] of files.entries()) {
    t.regex(file, /^snapshots\/[^/]+\/[^/]+-[0-9a-f]{8}\.html$/, URLS[i]);
    t.true(safe(file), `${URLS[i]} → ${file}`);
    t.true(file.length < 200, file);
  }
  t.is(snapshotFile('http://127.0.0.1:8080/news/article.html').split('/')[1], '127.0.0.1_8080');
});

// new URL('http://../x').host is '..' (and '%2e%2e' reads the same): the host folder must not climb
// out of snapshots/ or be a hidden folder, which the story loader would skip.
test('a URL whose host is "..", "." or starts with a dot stays a safe path inside snapshots/', (t) => {
  for (const url of ['http://../x.html', 'http://%2e%2e/x.html', 'http://./x.html', 'http://.hidden/x.html']) {
    const file = snapshotFile(url);
    t.true(safe(file), `${url} → ${file}`);
  }
});

test('snapshotText and readSnapshot round-trip the record and the page exactly', (t) => {
  const page = '<!DOCTYPE html>\n<html><body><!-- a comment --><p>“Quotes” -- dashes --> and é</p></body></html>\n';
  const text = snapshotText(record, page);
  t.true(text.startsWith('<!-- framelens-fetch '));
  const back = readSnapshot(text);
  t.deepEqual(back, { kind: 'page', record, page });
});

test('a record holding "--" or "-->" cannot end its comment early', (t) => {
  const tricky: FetchRecord = { ...record, etag: 'W/"--x-->"', finalUrl: 'http://127.0.0.1:8080/a--b-->c' };
  const text = snapshotText(tricky, '<p>page</p>');
  const comment = text.slice(0, text.indexOf('\n'));
  t.false(comment.slice(4, -3).includes('--'), comment);
  t.deepEqual(readSnapshot(text), { kind: 'page', record: tricky, page: '<p>page</p>' });
});

test('a page saved any other way is not a snapshot', (t) => {
  t.is(readSnapshot('<!DOCTYPE html><html><body><p>saved from a browser</p></body></html>'), null);
  t.is(readSnapshot(''), null);
});

test('a record that is not one framelens writes keeps its page, and says why', (t) => {
  t.deepEqual(readSnapshot('<!-- framelens-fetch {not json} -->\n<p>x</p>'), { kind: 'invalid', problem: readSnapshotProblem('{not json}'), page: '<p>x</p>' });
  const edited = readSnapshot(`<!-- framelens-fetch ${JSON.stringify({ ...record, status: 'ok' })} -->\n<p>y</p>`);
  t.like(edited, { kind: 'invalid', page: '<p>y</p>' });
  t.regex((edited as { problem: string }).problem, /at \/status: must be integer/);
  const failed = readSnapshot(`<!-- framelens-fetch-failed ${JSON.stringify({ url: 'http://x/', reason: 'gone', message: 'm', fetchedAt: 't' })} -->\n`);
  t.like(failed, { kind: 'invalid' });
});

/** What JSON.parse says of a record that is not JSON, as readSnapshot reports it. */
function readSnapshotProblem(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (e) {
    return `not JSON (${(e as Error).message})`;
  }
}
