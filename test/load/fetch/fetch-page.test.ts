import test from 'ava';
import { fetchPage, fetchSettings, type FetchOutcome, type FetchSettings } from '../../../src/load/fetch/fetch-page.ts';
import { ARTICLE_ETAG, ARTICLE_HTML, ARTICLE_LAST_MODIFIED, BOMB_INFLATED_BYTES, bomb, closedPort, SLOW_BODY_MS, startServer, type TestServer } from '../../helpers/web-server.ts';
import { SETTINGS } from '../../helpers/settings.ts';

let server: TestServer;
test.before(async () => {
  server = await startServer();
  await bomb(); // built before any memory is measured
});
test.after.always(() => server?.close());

/** Settings whose waits are recorded, not slept, so retries cost no time. */
function settings(overrides: Partial<FetchSettings> = {}): FetchSettings & { waits: number[] } {
  const waits: number[] = [];
  return { ...fetchSettings(SETTINGS.fetch, { sleep: async (ms) => void waits.push(ms), random: () => 0.5, ...overrides }), waits };
}

function fetched(t: { fail: (m: string) => void }, outcome: FetchOutcome): Extract<FetchOutcome, { kind: 'fetched' }> {
  if (outcome.kind !== 'fetched') t.fail(`expected a page, got ${JSON.stringify(outcome)}`);
  return outcome as Extract<FetchOutcome, { kind: 'fetched' }>;
}

/** The failure, or a stand-in whose reason says what came instead, so `t.is(f.reason, …)` reads well. */
function failure(outcome: FetchOutcome): { url: string; reason: string; message: string; status?: number } {
  return outcome.kind === 'failed' ? outcome.failure : { url: outcome.record.url, reason: `(not failed: ${outcome.kind})`, message: '' };
}

const last = (path: string) => server.requests.filter((r) => r.path === path).at(-1);

test('a normal page comes with its full fetch record and its text', async (t) => {
  const url = server.url('/news/article.html');
  const page = fetched(t, await fetchPage(url, settings()));
  const { fetchedAt, ...record } = page.record;
  t.deepEqual(record, {
    url,
    finalUrl: url,
    status: 200,
    contentType: 'text/html',
    charset: 'utf-8',
    etag: ARTICLE_ETAG,
    lastModified: ARTICLE_LAST_MODIFIED,
    redirects: [],
    bytes: Buffer.byteLength(ARTICLE_HTML),
  });
  t.false(Number.isNaN(Date.parse(fetchedAt)), fetchedAt);
  t.is(page.text, ARTICLE_HTML);
});

test('the User-Agent names framelens and its homepage', async (t) => {
  fetched(t, await fetchPage(server.url('/news/second.html'), settings()));
  const ua = String(last('/news/second.html')?.headers['user-agent']);
  t.regex(ua, /^framelens\//);
  t.regex(ua, /https:\/\/github\.com\/framelens\/framelens/);
});

test('plain text and XHTML are articles too', async (t) => {
  t.is(fetched(t, await fetchPage(server.url('/plain.txt'), settings())).record.contentType, 'text/plain');
  t.is(fetched(t, await fetchPage(server.url('/page.xhtml'), settings())).record.contentType, 'application/xhtml+xml');
});

test('a redirect chain (relative, then absolute Location) ends at the final URL and lists each hop', async (t) => {
  const page = fetched(t, await fetchPage(server.url('/redirect/1'), settings()));
  t.is(page.record.url, server.url('/redirect/1'));
  t.is(page.record.finalUrl, server.url('/news/article.html'));
  t.deepEqual(page.record.redirects, [server.url('/redirect/2'), server.url('/news/article.html')]);
  t.is(page.text, ARTICLE_HTML);
});

test('five redirects are followed; a sixth is one too many', async (t) => {
  t.is(fetched(t, await fetchPage(server.url('/hops/5'), settings())).record.redirects.length, 5);
  const f = failure(await fetchPage(server.url('/hops/6'), settings()));
  t.is(f.reason, 'too-many-redirects');
});

test('a chain of seven redirects fails as too many redirects', async (t) => {
  t.is(failure(await fetchPage(server.url('/redirect/many'), settings())).reason, 'too-many-redirects');
});

test('a redirect loop is named as one', async (t) => {
  const f = failure(await fetchPage(server.url('/loop/a'), settings()));
  t.is(f.reason, 'redirect-loop');
  t.is(f.url, server.url('/loop/a'));
});

test('a redirect to file: or data: is refused', async (t) => {
  for (const path of ['/redirect/file', '/redirect/data']) {
    const f = failure(await fetchPage(server.url(path), settings()));
    t.is(f.reason, 'bad-scheme', path);
  }
});

test('a non-http URL is refused without any request; a non-URL is a bad URL', async (t) => {
  const own = await startServer();
  t.teardown(() => own.close());
  for (const url of [`ftp://127.0.0.1:${own.port}/news/article.html`, 'file:///etc/passwd', 'data:text/html,<p>hi</p>', 'javascript:alert(1)']) {
    t.is(failure(await fetchPage(url, settings())).reason, 'bad-scheme', url);
  }
  t.is(failure(await fetchPage('not a url', settings())).reason, 'bad-url');
  t.is(own.requests.length, 0);
});

test('404 is an HTTP failure with its status, not retried', async (t) => {
  const s = settings({ retries: 3 });
  const f = failure(await fetchPage(server.url('/missing'), s));
  t.is(f.reason, 'http');
  t.is(f.status, 404);
  t.regex(f.message, /404/);
  t.is(server.hits('/missing'), 1);
  t.deepEqual(s.waits, []);
});

test('500 then 200: retried after a backoff, fetched on the second request', async (t) => {
  const s = settings({ retries: 3 });
  fetched(t, await fetchPage(server.url('/flaky'), s));
  t.is(server.hits('/flaky'), 2);
  t.is(s.waits.length, 1);
  t.true(s.waits[0]! >= s.retryBaseMs, `waited ${s.waits[0]} ms`);
});

test('a server that keeps failing: every retry waits longer (exponential backoff with jitter), then the status is reported', async (t) => {
  const s = settings({ retries: 3, retryBaseMs: 100 });
  const f = failure(await fetchPage(server.url('/always-500'), s));
  t.is(f.reason, 'http');
  t.is(f.status, 500);
  t.is(server.hits('/always-500'), 4);
  t.is(s.waits.length, 3);
  s.waits.forEach((w, i) => t.true(w >= 100 * 2 ** i && w <= 100 * 2 ** i + 100, `wait ${i}: ${w} ms`));
});

test('429 with Retry-After: 1 waits at least a second, then fetches', async (t) => {
  const s = settings({ retries: 3 });
  fetched(t, await fetchPage(server.url('/busy'), s));
  t.is(server.hits('/busy'), 2);
  t.is(s.waits.length, 1);
  t.true(s.waits[0]! >= 1000, `waited ${s.waits[0]} ms`);
});

test('a Retry-After longer than the longest wait fails the URL instead of stalling the batch', async (t) => {
  const s = settings({ retries: 3 });
  const f = failure(await fetchPage(server.url('/busy-long'), s));
  t.is(f.reason, 'http');
  t.is(f.status, 429);
  t.true(
    s.waits.every((w) => w <= s.maxRetryDelayMs),
    String(s.waits),
  );
});

test('a dropped connection is a network error, retried', async (t) => {
  const s = settings({ retries: 2 });
  fetched(t, await fetchPage(server.url('/reset-once'), s));
  t.is(server.hits('/reset-once'), 2);
});

test('a connection refused is named as such', async (t) => {
  const port = await closedPort();
  const s = settings({ retries: 1 });
  const f = failure(await fetchPage(`http://127.0.0.1:${port}/news/article.html`, s));
  t.is(f.reason, 'refused');
});

// Small timeouts; the assertions are about the reason, never about how long it took.
const quick = { responseTimeoutMs: 300, totalTimeoutMs: 600, retries: 0 };

test('a server that never sends headers times out', async (t) => {
  t.is(failure(await fetchPage(server.url('/stall-headers'), settings(quick))).reason, 'timeout');
});

test('a body that never finishes times out', async (t) => {
  t.is(failure(await fetchPage(server.url('/stall'), settings(quick))).reason, 'timeout');
});

// The response timeout is for the headers (data/fetch.json: "to connect and receive the response
// headers"); a page that keeps arriving has the total timeout to finish. fetch-page.ts passes the
// response timeout's signal to fetch(), which keeps governing the body, so with the defaults a page
// that takes more than 10 s to download fails as "timed out reading the page".
test('a slow body that keeps coming is read within the total timeout, past the response timeout', async (t) => {
  const s = settings({ responseTimeoutMs: SLOW_BODY_MS / 3, totalTimeoutMs: SLOW_BODY_MS * 10, retries: 0 });
  const outcome = await fetchPage(server.url('/slow'), s);
  t.is(outcome.kind, 'fetched', JSON.stringify(outcome.kind === 'failed' ? outcome.failure : outcome.kind));
});

test('a body over the size cap is cut off', async (t) => {
  const f = failure(await fetchPage(server.url('/huge'), settings({ maxBytes: 100 * 1024 })));
  t.is(f.reason, 'too-large');
});

// A body without end only stops if the reader counts while streaming; one that reads it all first
// would run into the total timeout instead.
test('an endless body is cut off at the cap while streaming', async (t) => {
  const f = failure(await fetchPage(server.url('/endless'), settings({ maxBytes: 100 * 1024, totalTimeoutMs: 20_000, retries: 0 })));
  t.is(f.reason, 'too-large');
});

// Serial, so no other test allocates while memory is sampled.
test.serial('a gzip bomb is cut off at the decompressed cap without inflating it into memory', async (t) => {
  const sample = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  const base = sample();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, sample())), 2);
  try {
    const f = failure(await fetchPage(server.url('/bomb'), settings({ maxBytes: 1024 * 1024, retries: 0 })));
    t.is(f.reason, 'too-large');
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, sample());
  // A reader that inflated the whole bomb would hold 64 MB at once; the cap keeps it near 1 MB.
  t.true(peak - base < BOMB_INFLATED_BYTES / 2, `memory grew by ${Math.round((peak - base) / 1e6)} MB`);
});

test('a PDF or an image is an unsupported content type, named', async (t) => {
  const pdf = failure(await fetchPage(server.url('/doc.pdf'), settings()));
  t.is(pdf.reason, 'unsupported-type');
  t.regex(pdf.message, /application\/pdf/);
  const png = failure(await fetchPage(server.url('/image.png'), settings()));
  t.is(png.reason, 'unsupported-type');
  t.regex(png.message, /image\/png/);
});

const LATIN1_TEXT = '“We will not close,” said the owner of the Café du Port on Monday.';

test('a windows-1252 page without any charset is decoded as windows-1252 (curly quotes, é)', async (t) => {
  const page = fetched(t, await fetchPage(server.url('/latin1'), settings()));
  t.true(page.text.includes(LATIN1_TEXT), page.text);
  t.false(/[\u0080-\u009f\ufffd]/.test(page.text), 'no C1 controls or replacement characters');
});

test('a windows-1252 page that says so in <meta> is decoded as windows-1252', async (t) => {
  const page = fetched(t, await fetchPage(server.url('/latin1-meta'), settings()));
  t.true(page.text.includes(LATIN1_TEXT), page.text);
  t.regex(String(page.record.charset), /windows-1252/);
});

test('a windows-1252 page that says so in the Content-Type is decoded as windows-1252', async (t) => {
  const page = fetched(t, await fetchPage(server.url('/latin1-header'), settings()));
  t.true(page.text.includes(LATIN1_TEXT), page.text);
  t.is(page.record.charset, 'windows-1252');
});

test('a conditional request with the ETag gets not-modified, and sends If-None-Match', async (t) => {
  const url = server.url('/news/article.html');
  const first = fetched(t, await fetchPage(url, settings()));
  const again = await fetchPage(url, settings(), { etag: first.record.etag });
  t.is(again.kind, 'not-modified');
  if (again.kind === 'not-modified') {
    t.is(again.record.status, 304);
    t.is(again.record.finalUrl, url);
  }
  const conditional = server.requests.filter((r) => r.path === '/news/article.html' && r.headers['if-none-match'] !== undefined);
  t.true(conditional.some((r) => r.headers['if-none-match'] === ARTICLE_ETAG));
});

test('a conditional request with Last-Modified sends If-Modified-Since and gets not-modified', async (t) => {
  const url = server.url('/news/article.html');
  const again = await fetchPage(url, settings(), { lastModified: ARTICLE_LAST_MODIFIED });
  t.is(again.kind, 'not-modified');
  t.true(server.requests.some((r) => r.path === '/news/article.html' && r.headers['if-modified-since'] === ARTICLE_LAST_MODIFIED));
});
