// One page fetched the way a well-behaved crawler does: Node's fetch with the framelens
// User-Agent, redirects followed by hand (counted, looped, http and https only), a deadline for the
// response and one for the whole body, the body streamed and cut off at the size cap (after
// decompression, so a gzip bomb stops too), the content type checked, the charset decoded, and
// network errors, 429 and 5xx retried with backoff and jitter or the server's Retry-After.
import { decodeFetched } from './decode-response.ts';
import { VERSION } from '../../version.ts';
import type { FetchTable } from '../../settings/settings-schema.ts';

export interface FetchSettings {
  userAgent: string;
  /** The product token robots.txt groups are matched on. */
  agent: string;
  /** Until the response headers arrive. */
  responseTimeoutMs: number;
  /** Until the whole body is read. */
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  retryBaseMs: number;
  maxRetryDelayMs: number;
  /** HTTP statuses retried. */
  retryStatuses: readonly number[];
  /** robots.txt's own size cap, and the longest Crawl-delay obeyed. */
  robotsMaxBytes: number;
  maxCrawlDelayMs: number;
  /** Waits between retries; tests replace it so they need not wait. */
  sleep: (ms: number) => Promise<void>;
  /** Jitter source. */
  random: () => number;
  /** Content types read; null reads any (robots.txt is often served without text/plain). */
  contentTypes: readonly string[] | null;
  /** Asked before following a redirect: why the target may not be fetched (robots.txt), or null. */
  mayFollow: (url: string) => Promise<string | null>;
}

/** The fetcher's settings from data/fetch.json, with `overrides` (tests replace the clock and the jitter). */
export function fetchSettings(data: FetchTable, overrides: Partial<FetchSettings> = {}): FetchSettings {
  return {
    userAgent: `${data.userAgent.product}/${VERSION} (+${data.userAgent.homepage})`,
    agent: data.userAgent.product,
    responseTimeoutMs: data.timeouts.responseMs,
    totalTimeoutMs: data.timeouts.totalMs,
    maxBytes: data.size.maxBytes,
    maxRedirects: data.redirects.max,
    retries: data.retries.attempts,
    retryBaseMs: data.retries.baseMs,
    maxRetryDelayMs: data.retries.maxDelayMs,
    retryStatuses: data.retries.statuses,
    robotsMaxBytes: data.robots.maxBytes,
    maxCrawlDelayMs: data.politeness.maxCrawlDelayMs,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    contentTypes: data.contentTypes.allowed,
    mayFollow: async () => null,
    ...overrides,
  };
}

export type FailureReason = 'dns' | 'refused' | 'timeout' | 'network' | 'http' | 'robots' | 'too-large' | 'unsupported-type' | 'redirect-loop' | 'too-many-redirects' | 'bad-scheme' | 'bad-url';

export interface FetchFailure {
  url: string;
  reason: FailureReason;
  message: string;
  status?: number;
}

/** What was fetched and how: kept with the snapshot so a rerun can say where its text came from. */
export interface FetchRecord {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  charset: string | null;
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
  redirects: string[];
  bytes: number;
}

export type FetchOutcome = { kind: 'fetched'; record: FetchRecord; text: string } | { kind: 'not-modified'; record: FetchRecord } | { kind: 'failed'; failure: FetchFailure };

export interface Conditional {
  etag?: string | null;
  lastModified?: string | null;
}

/** A failure that ends the fetch; `retry` marks the ones worth another attempt. */
class Failed extends Error {
  constructor(
    readonly failure: FetchFailure,
    readonly retry: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(failure.message);
  }
}

// A safety rule, not a setting: a link to file:, data: or any other scheme is never followed.
const FETCHED_SCHEMES = new Set(['http:', 'https:']);

/** Why a URL is not fetched at all (not a URL, or not http/https), or null. */
export function checkUrlScheme(url: string): FetchFailure | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, reason: 'bad-url', message: `not a valid URL: ${url}` };
  }
  return FETCHED_SCHEMES.has(parsed.protocol) ? null : { url, reason: 'bad-scheme', message: `only http and https are fetched, not ${parsed.protocol}` };
}

/** Seconds or an HTTP date, as RFC 9110 allows. */
function retryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Node's fetch reports network failures as "fetch failed" with the system error as the cause. */
function networkFailure(url: string, e: unknown, phase: string): Failed {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new Failed({ url, reason: 'dns', message: `host not found (${code})` }, code === 'EAI_AGAIN');
  if (code === 'ECONNREFUSED') return new Failed({ url, reason: 'refused', message: 'connection refused' }, true);
  if ((e as Error).name === 'TimeoutError' || (e as Error).name === 'AbortError') {
    return new Failed({ url, reason: 'timeout', message: `timed out ${phase}` }, true);
  }
  return new Failed({ url, reason: 'network', message: `network error ${phase}: ${code || cause?.message || (e as Error).message}` }, true);
}

/** Reads the body up to the cap; the cap counts decompressed bytes, since fetch inflates as it goes. */
async function readCapped(url: string, response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (!response.headers.get('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new Failed({ url, reason: 'too-large', message: `the page is ${declared} bytes, over the ${maxBytes}-byte limit` }, false);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Failed({ url, reason: 'too-large', message: `the page is over the ${maxBytes}-byte limit (cut off while reading)` }, false);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function mediaType(header: string | null): { type: string | null; charset: string | null } {
  if (!header) return { type: null, charset: null };
  const [type, ...params] = header.split(';').map((p) => p.trim());
  const charset = params.map((p) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(p)?.[1]).find(Boolean) ?? null;
  return { type: type!.toLowerCase(), charset: charset?.toLowerCase() ?? null };
}

/** One attempt: the redirect chain to a final response, its body read and decoded. */
async function attempt(url: string, settings: FetchSettings, conditional: Conditional | undefined): Promise<FetchOutcome> {
  const deadline = AbortSignal.timeout(settings.totalTimeoutMs);
  const redirects: string[] = [];
  const seen = new Set<string>();
  const problem = checkUrlScheme(url);
  if (problem) throw new Failed(problem, false);
  let current = new URL(url);
  for (;;) {
    seen.add(current.href);
    const headers: Record<string, string> = { 'user-agent': settings.userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' };
    if (conditional?.etag) headers['if-none-match'] = conditional.etag;
    if (conditional?.lastModified) headers['if-modified-since'] = conditional.lastModified;
    // The response deadline covers the headers only; the body has the rest of the total.
    const headersDue = new AbortController();
    const timer = setTimeout(() => headersDue.abort(new DOMException('no response in time', 'TimeoutError')), settings.responseTimeoutMs);
    let response: Response;
    try {
      response = await fetch(current, { redirect: 'manual', headers, signal: AbortSignal.any([deadline, headersDue.signal]) });
    } catch (e) {
      throw networkFailure(url, e, 'waiting for the response');
    } finally {
      clearTimeout(timer);
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location) throw new Failed({ url, reason: 'http', status: response.status, message: `HTTP ${response.status} without a Location` }, false);
      const next = new URL(location, current);
      if (!FETCHED_SCHEMES.has(next.protocol)) {
        throw new Failed({ url, reason: 'bad-scheme', message: `redirected to ${next.protocol} (${next.href}); only http and https are followed` }, false);
      }
      if (seen.has(next.href)) throw new Failed({ url, reason: 'redirect-loop', message: `redirect loop back to ${next.href}` }, false);
      if (redirects.length >= settings.maxRedirects) {
        throw new Failed({ url, reason: 'too-many-redirects', message: `more than ${settings.maxRedirects} redirects` }, false);
      }
      const refused = await settings.mayFollow(next.href);
      if (refused) throw new Failed({ url, reason: 'robots', message: `redirected to ${next.href}, ${refused}` }, false);
      redirects.push(next.href);
      current = next;
      continue;
    }
    const { type, charset } = mediaType(response.headers.get('content-type'));
    const record: FetchRecord = {
      url,
      finalUrl: current.href,
      status: response.status,
      contentType: type,
      charset,
      fetchedAt: new Date().toISOString(),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      redirects,
      bytes: 0,
    };
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'not-modified', record };
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      const retry = settings.retryStatuses.includes(response.status);
      const wait = retryAfter(response.headers.get('retry-after'), Date.now());
      throw new Failed({ url, reason: 'http', status: response.status, message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` }, retry, wait);
    }
    if (type !== null && settings.contentTypes !== null && !settings.contentTypes.includes(type)) {
      await response.body?.cancel();
      throw new Failed({ url, reason: 'unsupported-type', message: `unsupported content type ${type}` }, false);
    }
    let body: Buffer;
    try {
      body = await readCapped(url, response, settings.maxBytes);
    } catch (e) {
      if (e instanceof Failed) throw e;
      throw networkFailure(url, e, 'reading the page');
    }
    const decoded = decodeFetched(body, charset, type);
    if (!decoded.ok) throw new Failed({ url, reason: 'unsupported-type', message: decoded.reason }, false);
    return { kind: 'fetched', record: { ...record, charset: decoded.encoding, bytes: body.length }, text: decoded.text };
  }
}

export async function fetchPage(url: string, settings: FetchSettings, conditional?: Conditional): Promise<FetchOutcome> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(url, settings, conditional);
    } catch (e) {
      if (!(e instanceof Failed)) throw e;
      if (!e.retry || tries >= settings.retries) return { kind: 'failed', failure: e.failure };
      const backoff = settings.retryBaseMs * 2 ** tries + settings.random() * settings.retryBaseMs;
      const wait = e.retryAfterMs ?? backoff;
      if (wait > settings.maxRetryDelayMs) {
        return { kind: 'failed', failure: { ...e.failure, message: `${e.failure.message}; asked to wait ${Math.ceil(wait / 1000)} s, over the ${settings.maxRetryDelayMs / 1000} s limit` } };
      }
      await settings.sleep(wait);
    }
  }
}
