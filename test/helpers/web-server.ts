// A local web server for the fetch tests: fixtures for every way a page fetch can go right or wrong
// (issue 6). It listens on 127.0.0.1 on a random port, so no test reaches any other address, and it
// records every request so tests can check the User-Agent, conditional headers, per-host spacing
// and how often robots.txt was asked for.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

export interface ServerOptions {
  /** The robots.txt body; null answers 404 (no robots.txt), a number answers with that status. */
  robots?: string | null | number;
  /** The Content-Type robots.txt is served with (text/plain unless told). */
  robotsType?: string;
}

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  at: number;
}

export interface TestServer {
  url: (path: string) => string;
  port: number;
  close: () => Promise<void>;
  /** Requests for exactly this path (with its query string, if any). */
  hits: (path: string) => number;
  requests: RecordedRequest[];
}

const DEFAULT_ROBOTS = 'User-agent: *\nDisallow: /private/\nAllow: /\n';

export const ARTICLE_ETAG = '"article-v1"';
export const ARTICLE_LAST_MODIFIED = 'Tue, 02 Mar 2021 09:30:00 GMT';

/** Body sizes the tests set their caps against. */
const HUGE_BYTES = 200 * 1024;
export const BOMB_INFLATED_BYTES = 64 * 1024 * 1024;
export const SLOW_BODY_MS = 3000;

export const ARTICLE_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour bridge approved after nine-hour council debate | The Riverside Herald</title>
  <meta name="description" content="The city council voted 7-4 to fund the new harbour bridge despite protests from fishermen.">
  <meta property="og:site_name" content="The Riverside Herald">
  <meta property="og:title" content="Harbour bridge approved after nine-hour council debate">
  <meta name="author" content="Maria Keller">
  <meta property="article:published_time" content="2021-03-02T08:15:00Z">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">The Riverside Herald</a>
    <nav class="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>Harbour bridge approved after nine-hour council debate</h1>
      <p class="byline">By <span class="author">Maria Keller</span>, City Hall reporter · <time datetime="2021-03-02T08:15:00Z">2 March 2021</time></p>
      <p>The city council voted seven to four on Monday night to fund the long-delayed harbour bridge, ending a nine-hour debate that drew hundreds of residents to City Hall.</p>
      <p>Mayor Helen Ortiz called the vote “a turning point for the east side”, saying the bridge would cut commuting times in half and bring new investment to neighbourhoods that had been overlooked for decades.</p>
      <p>Fishermen who moor their boats in the inner harbour protested outside the chamber. “They are building a wall across our livelihood,” said Tom Briggs, who chairs the local fishing cooperative. He said the council had ignored a study warning that construction would silt up the channel.</p>
      <p>The bridge is expected to cost 240 million dollars, two thirds of it paid by the state. Construction could start next spring if the environmental permits are granted, the city engineer told councillors.</p>
      <p>Councillor Ravi Shah, who voted against the plan, said the city was taking on too much debt. “We are promising a bridge we cannot afford while the schools are falling apart,” he said.</p>
      <p>The council also agreed to set up a fund of two million dollars to compensate fishermen for lost income during construction, a measure the cooperative described as too small.</p>
    </article>
    <aside class="related"><h2>Related stories</h2><ul><li><a href="/news/ferry.html">Ferry fares rise again</a></li><li><a href="/news/port.html">Port strike enters third week</a></li></ul></aside>
  </main>
  <footer class="site-footer">
    <p>© 2021 The Riverside Herald. All rights reserved.</p>
    <p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a> · <a href="/contact">Contact us</a></p>
  </footer>
</body>
</html>
`;

const SECOND_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Council gambles on costly bridge as fishermen cry foul - Valley Post</title>
  <meta property="og:site_name" content="Valley Post">
  <meta property="og:title" content="Council gambles on costly bridge as fishermen cry foul">
  <meta name="author" content="Daniel Osei">
</head>
<body>
  <div id="top-bar">Breaking: storm warning for the coast tonight · <a href="/weather">Weather</a></div>
  <nav><a href="/">Home</a> | <a href="/politics">Politics</a> | <a href="/business">Business</a> | <a href="/newsletter">Newsletter</a></nav>
  <div class="story">
    <h1>Council gambles on costly bridge as fishermen cry foul</h1>
    <div class="meta">Daniel Osei | Politics | March 2, 2021</div>
    <div class="story-body">
      <p>A bitterly divided city council has committed taxpayers to a 240 million dollar harbour bridge, brushing aside warnings from fishermen and its own finance committee.</p>
      <p>The narrow vote came after midnight. Critics said the plan had been rushed through before a full study of the harbour channel was finished.</p>
      <p>“This is a vanity project,” said Councillor Ravi Shah. “The city is borrowing money it does not have for a bridge that few people asked for.”</p>
      <p>The fishing cooperative said it would challenge the decision in court. Its chairman, Tom Briggs, said the compensation fund offered by the council would not cover a single season of lost catches.</p>
      <p>Supporters of the bridge, led by Mayor Helen Ortiz, argue that it will bring jobs to the east side. The mayor said the state had promised to pay most of the cost.</p>
      <p>Residents who spoke at the meeting were split. Several business owners welcomed the plan, while others worried about traffic and noise during years of construction.</p>
    </div>
    <div class="share">Share this story: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
  </div>
  <div class="footer">Valley Post · Independent news since 1952 · <a href="/about">About us</a> · <a href="/advertise">Advertise</a></div>
</body>
</html>
`;

const PLAIN_TEXT = `Harbour bridge wins council backing

The city council voted seven to four on Monday night to fund the harbour bridge after a nine-hour debate.

Mayor Helen Ortiz said the bridge would cut commuting times in half and bring investment to the east side.

Fishermen protested outside the chamber. Tom Briggs, who chairs the fishing cooperative, said the council had ignored a study of the channel.
`;

// windows-1252 bytes: 0x93 and 0x94 are curly double quotes, 0xE9 is é. Neither page says so in the
// Content-Type; only the second says so in a <meta>.
const latin1Body = (head: string): Buffer =>
  Buffer.from(
    `<!DOCTYPE html><html><head>${head}<title>Caf\xe9 owners protest</title></head><body><h1>Caf\xe9 owners protest</h1>` +
      `<p>\x93We will not close,\x94 said the owner of the Caf\xe9 du Port on Monday.</p></body></html>`,
    'latin1',
  );
const LATIN1_PAGE = latin1Body('');
const LATIN1_META_PAGE = latin1Body('<meta charset="windows-1252">');

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

// The bomb is built once per test process, a megabyte at a time, so building it never holds the
// inflated size in memory (the fetch test samples memory while the client reads it).
let bombBody: Promise<Buffer> | null = null;
/** The gzip bomb's compressed bytes; call it before measuring memory so the build is not counted. */
export function bomb(): Promise<Buffer> {
  bombBody ??= new Promise((resolve, reject) => {
    const gzip = createGzip({ level: 9 });
    const parts: Buffer[] = [];
    gzip.on('data', (b: Buffer) => parts.push(b));
    gzip.on('end', () => resolve(Buffer.concat(parts)));
    gzip.on('error', reject);
    const mb = Buffer.alloc(1024 * 1024, 0x20);
    let left = BOMB_INFLATED_BYTES / mb.length;
    const write = (): void => {
      while (left > 0) {
        left--;
        if (!gzip.write(mb)) {
          gzip.once('drain', write);
          return;
        }
      }
      gzip.end();
    };
    write();
  });
  return bombBody;
}

const html = (res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
};

const redirect = (res: ServerResponse, status: number, location: string): void => {
  res.writeHead(status, { Location: location, 'Content-Type': 'text/plain' });
  res.end(`moved to ${location}\n`);
};

// Streams `bytes` bytes of page (null: without end), respecting backpressure, and stops when the
// client goes away. The endless stream is paced (16 KB a millisecond at most) so that a client that
// fails to cut it off runs into its timeout instead of filling memory at loopback speed.
function stream(res: ServerResponse, bytes: number | null): void {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.write('<!DOCTYPE html><html><body>');
  const chunk = Buffer.alloc(16 * 1024, 'x');
  let sent = 0;
  const pump = (): void => {
    while (!res.destroyed && (bytes === null || sent < bytes)) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
      if (bytes === null) {
        setTimeout(pump, 1);
        return;
      }
    }
    if (!res.destroyed) res.end('</body></html>');
  };
  pump();
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const counts = new Map<string, number>();
  const robots = options.robots === undefined ? DEFAULT_ROBOTS : options.robots;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers, at: Date.now() });
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);

    const hops = /^\/hops\/(\d+)$/.exec(path);
    if (hops) {
      const left = Number(hops[1]);
      if (left > 0) return redirect(res, 302, `/hops/${left - 1}`);
      return html(res, 200, ARTICLE_HTML);
    }

    switch (path) {
      case '/robots.txt':
        if (robots === null) return html(res, 404, 'not found');
        if (typeof robots === 'number') return html(res, robots, 'robots unavailable');
        res.writeHead(200, { 'Content-Type': options.robotsType ?? 'text/plain' });
        return void res.end(robots);

      case '/news/article.html': {
        const validators = { ETag: ARTICLE_ETAG, 'Last-Modified': ARTICLE_LAST_MODIFIED };
        const since = req.headers['if-modified-since'];
        const unchanged =
          req.headers['if-none-match'] !== undefined
            ? req.headers['if-none-match'].split(',').some((t) => t.trim() === ARTICLE_ETAG)
            : since !== undefined && Date.parse(since) >= Date.parse(ARTICLE_LAST_MODIFIED);
        if (unchanged) {
          res.writeHead(304, validators);
          return void res.end();
        }
        return html(res, 200, ARTICLE_HTML, validators);
      }
      case '/news/second.html':
        return html(res, 200, SECOND_HTML);
      case '/private/secret.html':
        return html(res, 200, ARTICLE_HTML.replace('Harbour bridge', 'Secret bridge'));
      case '/plain.txt':
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        return void res.end(PLAIN_TEXT);
      case '/page.xhtml':
        res.writeHead(200, { 'Content-Type': 'application/xhtml+xml' });
        return void res.end(ARTICLE_HTML);

      case '/redirect/1':
        return redirect(res, 302, '/redirect/2');
      case '/redirect/2':
        // An absolute Location, where /redirect/1 gave a relative one.
        return redirect(res, 301, `http://127.0.0.1:${port}/news/article.html`);
      case '/loop/a':
        return redirect(res, 302, '/loop/b');
      case '/loop/b':
        return redirect(res, 302, '/loop/a');
      case '/redirect/many':
        return redirect(res, 302, '/hops/6'); // 7 redirects in all
      case '/redirect/file':
        return redirect(res, 302, 'file:///etc/passwd');
      case '/go/private':
        // An allowed path that redirects into the disallowed one.
        return redirect(res, 302, '/private/secret.html');
      case '/redirect/data':
        return redirect(res, 302, 'data:text/html,<p>hi</p>');

      case '/missing':
        return html(res, 404, '<h1>Not found</h1>');
      case '/flaky':
        return n === 1 ? html(res, 500, '<h1>Internal error</h1>') : html(res, 200, ARTICLE_HTML);
      case '/always-500':
        return html(res, 500, '<h1>Internal error</h1>');
      case '/busy':
        return n === 1 ? html(res, 429, '<h1>Slow down</h1>', { 'Retry-After': '1' }) : html(res, 200, ARTICLE_HTML);
      case '/busy-long':
        return html(res, 429, '<h1>Come back tomorrow</h1>', { 'Retry-After': '86400' });
      case '/reset-once':
        // A connection dropped without an answer: a network error, retried.
        if (n === 1) return void req.socket.destroy();
        return html(res, 200, ARTICLE_HTML);

      case '/stall':
        // Headers and the start of the page, then nothing: only a total timeout ends this.
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.write('<!DOCTYPE html><html><body><p>Loading');
        return;
      case '/stall-headers':
        return; // never answers
      case '/slow': {
        // Headers at once, then the page in pieces over about SLOW_BODY_MS: slow but progressing.
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        const pieces = ARTICLE_HTML.match(/[^]{1,200}/g)!;
        const every = SLOW_BODY_MS / pieces.length;
        const next = (): void => {
          if (res.destroyed) return;
          const piece = pieces.shift();
          if (piece === undefined) return void res.end();
          res.write(piece);
          setTimeout(next, every);
        };
        return next();
      }

      case '/huge':
        return stream(res, HUGE_BYTES);
      case '/endless':
        return stream(res, null);
      case '/bomb': {
        const body = await bomb();
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) });
        return void res.end(body);
      }

      case '/latin1':
        return html(res, 200, LATIN1_PAGE, { 'Content-Type': 'text/html' });
      case '/latin1-meta':
        return html(res, 200, LATIN1_META_PAGE, { 'Content-Type': 'text/html' });
      case '/latin1-header':
        return html(res, 200, LATIN1_PAGE, { 'Content-Type': 'text/html; charset=windows-1252' });

      case '/doc.pdf':
        res.writeHead(200, { 'Content-Type': 'application/pdf' });
        return void res.end(PDF);
      case '/image.png':
        res.writeHead(200, { 'Content-Type': 'image/png' });
        return void res.end(PNG);

      default:
        return html(res, 404, '<h1>Not found</h1>');
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) html(res, 500, String(e));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closed: Promise<void> | null = null;

  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: (path) => counts.get(path) ?? 0,
    requests,
    close: () => {
      // Stalled responses never end by themselves: drop every connection, then stop listening.
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** A port on 127.0.0.1 where nothing listens: a server's port, taken and released. */
export async function closedPort(): Promise<number> {
  const s = await startServer();
  await s.close();
  return s.port;
}

/** A server for one test, closed when the test ends. */
export async function serverFor(t: { teardown: (fn: () => Promise<void>) => void }, options: ServerOptions = {}): Promise<TestServer> {
  const s = await startServer(options);
  t.teardown(() => s.close());
  return s;
}
