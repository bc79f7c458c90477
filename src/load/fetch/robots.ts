// robots.txt, read once per origin and asked before every page (RFC 9309): a missing file (4xx)
// allows everything; one the server fails to give (5xx, network error) disallows the host for this
// run. The Crawl-delay for framelens is passed on to the host queue.
import { createRequire } from 'node:module';
import { fetchPage, type FetchSettings } from './fetch-page.ts';

// CommonJS whose typings declare an ES default export; under NodeNext the function is the module itself.
interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => Robots;

export interface RobotsVerdict {
  allowed: boolean;
  crawlDelayMs: number | null;
  reason?: string;
}

type Rules = { allowed: (url: string) => boolean; crawlDelayMs: number | null } | { unavailable: string };

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<Rules>>();

  constructor(private readonly settings: FetchSettings) {}

  private async load(origin: string): Promise<Rules> {
    const url = `${origin}/robots.txt`;
    // robots.txt is small: its own cap, and no retries of a missing file.
    const outcome = await fetchPage(url, { ...this.settings, maxBytes: this.settings.robotsMaxBytes, contentTypes: null, mayFollow: async () => null });
    if (outcome.kind === 'failed') {
      const { failure } = outcome;
      if (failure.reason === 'http' && failure.status !== undefined && failure.status < 500) return { allowed: () => true, crawlDelayMs: null };
      return { unavailable: `robots.txt could not be read (${failure.message}), so the host is not fetched` };
    }
    const text = outcome.kind === 'fetched' ? outcome.text : '';
    const robots = robotsParser(url, text);
    const agent = this.settings.agent;
    const delay = robots.getCrawlDelay(agent);
    return {
      allowed: (page) => robots.isAllowed(page, agent) !== false,
      crawlDelayMs: delay === undefined ? null : Math.min(delay * 1000, this.settings.maxCrawlDelayMs),
    };
  }

  /** Whether the origin's robots.txt has been asked for already (checking then costs no request). */
  known(url: string): boolean {
    return this.byOrigin.has(new URL(url).origin);
  }

  async check(url: string): Promise<RobotsVerdict> {
    const { origin } = new URL(url);
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      rules = this.load(origin);
      this.byOrigin.set(origin, rules);
    }
    const r = await rules;
    if ('unavailable' in r) return { allowed: false, crawlDelayMs: null, reason: r.unavailable };
    if (!r.allowed(url)) return { allowed: false, crawlDelayMs: r.crawlDelayMs, reason: 'disallowed by robots.txt' };
    return { allowed: true, crawlDelayMs: r.crawlDelayMs };
  }
}
