import test from 'ava';
import { fetchSettings } from '../../../src/load/fetch/fetch-page.ts';
import { RobotsCache } from '../../../src/load/fetch/robots.ts';
import { serverFor } from '../../helpers/web-server.ts';
import { SETTINGS } from '../../helpers/settings.ts';

// Retries of a failing robots.txt must not wait for real.
const cache = (): RobotsCache => new RobotsCache(fetchSettings(SETTINGS.fetch, { sleep: async () => {}, random: () => 0 }));

test('a disallowed path is not allowed, with a reason; the rest of the site is', async (t) => {
  const s = await serverFor(t);
  const robots = cache();
  const secret = await robots.check(s.url('/private/secret.html'));
  t.false(secret.allowed);
  t.regex(secret.reason ?? '', /robots\.txt/);
  t.true((await robots.check(s.url('/news/article.html'))).allowed);
  t.regex(String(s.requests.find((r) => r.path === '/robots.txt')?.headers['user-agent']), /^framelens\//);
});

test('robots.txt is fetched once per origin, however many pages are checked, even at once', async (t) => {
  const [a, b] = [await serverFor(t), await serverFor(t)];
  const robots = cache();
  const paths = ['/news/article.html', '/news/second.html', '/private/secret.html', '/missing'];
  await Promise.all([...paths.map((p) => robots.check(a.url(p))), ...paths.map((p) => robots.check(b.url(p)))]);
  await robots.check(a.url('/news/article.html'));
  t.is(a.hits('/robots.txt'), 1);
  t.is(b.hits('/robots.txt'), 1);
  // Checking asks only for robots.txt, never for the pages themselves.
  t.deepEqual(
    [...a.requests, ...b.requests].map((r) => r.path),
    ['/robots.txt', '/robots.txt'],
  );
});

test('a host without robots.txt (404) allows everything', async (t) => {
  const s = await serverFor(t, { robots: null });
  const robots = cache();
  const verdict = await robots.check(s.url('/private/secret.html'));
  t.true(verdict.allowed);
  t.is(verdict.crawlDelayMs, null);
});

test('a robots.txt the server fails to give (5xx) keeps the whole host out for the run', async (t) => {
  const s = await serverFor(t, { robots: 503 });
  const robots = cache();
  const verdict = await robots.check(s.url('/news/article.html'));
  t.false(verdict.allowed);
  t.regex(verdict.reason ?? '', /robots\.txt/);
});

test('Crawl-delay is read in milliseconds, and capped', async (t) => {
  const slow = await serverFor(t, { robots: 'User-agent: *\nCrawl-delay: 2\nDisallow: /private/\n' });
  const glacial = await serverFor(t, { robots: 'User-agent: *\nCrawl-delay: 3600\n' });
  const robots = cache();
  t.is((await robots.check(slow.url('/news/article.html'))).crawlDelayMs, 2000);
  t.is((await robots.check(glacial.url('/news/article.html'))).crawlDelayMs, 30_000);
  t.is((await robots.check(await serverFor(t).then((s) => s.url('/news/article.html')))).crawlDelayMs, null);
});

test('the group for framelens is the one obeyed; groups for other crawlers are not', async (t) => {
  const named = await serverFor(t, { robots: 'User-agent: otherbot\nDisallow: /\n\nUser-agent: framelens\nDisallow: /news/\nCrawl-delay: 5\n\nUser-agent: *\nAllow: /\n' });
  const other = await serverFor(t, { robots: 'User-agent: otherbot\nDisallow: /\n' });
  const robots = cache();
  const news = await robots.check(named.url('/news/article.html'));
  t.false(news.allowed);
  t.is(news.crawlDelayMs, 5000);
  t.true((await robots.check(named.url('/about'))).allowed);
  t.true((await robots.check(other.url('/news/article.html'))).allowed);
});

// RFC 9309 does not ask robots.txt for a media type, and servers do send it as
// application/octet-stream; its rules still apply.
test('a robots.txt served with a non-text Content-Type is still obeyed', async (t) => {
  const s = await serverFor(t, { robotsType: 'application/octet-stream' });
  t.false((await cache().check(s.url('/private/secret.html'))).allowed);
});
