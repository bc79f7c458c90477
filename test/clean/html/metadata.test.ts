import test from 'ava';
import * as cheerio from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { readJsonLd } from '../../../src/clean/html/jsonld.ts';
import { readMetadata } from '../../../src/clean/html/metadata.ts';
import { cleanTitle } from '../../../src/clean/html/title.ts';

function meta(head: string, body = '', htmlAttrs = '') {
  const $ = cheerio.load(parseDocument(`<html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`));
  return readMetadata($, readJsonLd($));
}
const ld = (json: object): string => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

test('title: the visible <h1> wins over a differently worded og:title when they agree', (t) => {
  const found = meta(
    '<meta property="og:title" content="Nutritionists explain the biggest diet trends of 2025">',
    '<article><h1>The 7 biggest diet trends in 2025, according to nutritionists</h1></article>',
  );
  t.is(found.title, 'The 7 biggest diet trends in 2025, according to nutritionists');
});

test('title: an <h1> that is the logo or the site segment of <title> is not the headline', (t) => {
  t.is(meta('<title>Discuss the 7.1 release here - example.org</title>', '<h1>example.org</h1><h2>Discuss the 7.1 release here</h2>').title, 'Discuss the 7.1 release here');
  t.is(meta('<title>Rates rise again at the bank | Money Daily</title>', '<h1 class="site-title">Money Daily</h1>').title, 'Rates rise again at the bank');
  t.is(meta('<meta property="og:title" content="A long headline about the harbour">', '<div class="logo"><h1>Harbour Headline News</h1></div>').title, 'A long headline about the harbour');
});

test('title: an <h1> that wraps the title in a date is the title; an unrelated <h1> is not', (t) => {
  t.is(meta('<meta property="og:title" content="Preparing a transition">', '<article><h1>Dec 18 2025 Preparing a transition</h1></article>').title, 'Preparing a transition');
  t.is(meta('<meta property="og:title" content="Private VPN service comparison, no sponsors">', '<article><h1>VPN Services</h1></article>').title, 'Private VPN service comparison, no sponsors');
});

test('title: site names holding separators and bare domains are cut', (t) => {
  t.is(cleanTitle('Guide to gyms - Urge Fitness | Gyms in PA', 'Urge Fitness | Gyms in PA'), 'Guide to gyms');
  t.is(cleanTitle('GAME CHANGER | shop.example.com', undefined, true), 'GAME CHANGER');
});

test('title: an og:title that copies <title> loses the site segment <title> would; forum titles lose every trailing board name', (t) => {
  const copied = 'The Ultimate Car Maintenance Checklist | Bridgestone Tires';
  t.is(meta(`<meta property="og:title" content="${copied}"><title>${copied}</title>`).title, 'The Ultimate Car Maintenance Checklist');
  t.is(meta(`<meta property="og:title" content="${copied}"><title>Car checklist</title>`).title, copied, 'an og:title of its own keeps its words');
  t.is(meta('<title>What happened with the ISO in 2024 / Arch Discussion / Arch Linux Forums</title>').title, 'What happened with the ISO in 2024');
  t.is(cleanTitle('Rates rise - again - Daily Courier', undefined, true), 'Rates rise - again', 'a cut never leaves fewer words than a headline has');
});

test('site name: a machine form gives way to the name the page prints, else to the host it was made from', (t) => {
  const publisher = ld({ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'The Detroit News' } });
  t.like(meta(`<meta property="og:site_name" content="detroitnews">${publisher}`), { siteName: 'The Detroit News', outlet: { name: 'The Detroit News', rule: 'jsonld:publisher' } });
  t.is(meta('<meta property="og:site_name" content="https://www.hawaiinewsnow.com"><meta name="application-name" content="Hawaii News Now">').siteName, 'Hawaii News Now');
  t.is(meta('<meta property="og:site_name" content="nj"><link rel="canonical" href="https://www.nj.com/news/a.html">').siteName, 'nj.com', 'nothing better: the host it was made from');
  t.is(meta('<meta property="og:site_name" content="cleveland">').siteName, 'cleveland', 'no host either: the machine form stands');
  t.is(meta('<meta property="og:site_name" content="特許業務法人">').siteName, '特許業務法人', 'a script without case is a name');
});

test('site name: the outlet is a short name before a longer tagline; the site name stays whole for the title', (t) => {
  const found = meta(
    '<meta property="og:site_name" content="LinkNaija | Nigeria\'s popular news platform"><title>Fuel prices rise again in Lagos | LinkNaija | Nigeria\'s popular news platform</title>',
  );
  t.like(found, { siteName: "LinkNaija | Nigeria's popular news platform", outlet: { name: 'LinkNaija' }, title: 'Fuel prices rise again in Lagos' });
  t.is(meta('<meta property="og:site_name" content="MS Society UK | Forum">').outlet?.name, 'MS Society UK | Forum', 'a short rest is part of the name');
  t.is(meta('<meta property="og:site_name" content="Find a Provider Near You - Book Online">').outlet?.name, 'Find a Provider Near You - Book Online', 'a long first segment is no name');
});

test('site name: a known outlet’s own address outweighs a site name that names no known outlet; an aggregator’s copy is a repost', (t) => {
  const section = meta(
    '<meta property="og:site_name" content="U.S."><link rel="canonical" href="https://uk.reuters.com/article/oil-idUS1"><meta property="og:url" content="https://uk.reuters.com/article/oil-idUS1">',
  );
  t.like(section, { outlet: { name: 'Reuters', rule: 'url:known-domain' } });
  t.is(section.repost, undefined, 'its own page');
  const copy = meta(
    '<meta property="og:site_name" content="MSN"><link rel="canonical" href="https://www.cnn.com/2019/11/18/health/duvet"><meta property="og:url" content="https://www.msn.com/en-us/health/ar-BB1">',
  );
  t.like(copy, { outlet: { name: 'CNN', evidence: 'page address cnn.com' }, repost: { on: 'MSN', evidence: 'shown at msn.com, canonical address cnn.com' } });
  t.like(meta('<meta property="og:site_name" content="Associated Press"><link rel="canonical" href="https://www.cnn.com/a">'), { outlet: { name: 'Associated Press' } }, 'a known outlet stated stays');
  t.like(
    meta('<meta property="og:site_name" content="BBC Sport"><link rel="canonical" href="https://www.bbc.co.uk/sport/a">'),
    { outlet: { name: 'BBC Sport' } },
    'one of the outlet’s own names stays',
  );
});

test('site name: a page that states neither its site nor its address names itself in the one <title> segment after the headline', (t) => {
  t.like(meta('<title>The bugs we fixed this year – Vortex Cannon Entertainment</title>', '<h1>The bugs we fixed this year</h1>'), {
    outlet: { name: 'Vortex Cannon Entertainment', rule: 'title:site-segment' },
  });
  t.is(
    meta('<title>The bugs we fixed this year – Vortex Cannon Entertainment</title><link rel="canonical" href="https://vortexcannon.org/bugs/">', '<h1>The bugs we fixed this year</h1>').outlet,
    undefined,
    'the address comes first',
  );
  t.is(meta('<title>My coding workflow in 2026 - by Addy Osmani</title>', '<h1>My coding workflow in 2026</h1>').outlet, undefined, 'a byline');
  t.is(meta('<title>What happened with the ISO / Arch Discussion / Arch Linux Forums</title>').outlet, undefined, 'several segments');
});

test('author: the site named as author only stands in when there is no byline', (t) => {
  const head = '<meta property="og:site_name" content="Acme Clinic"><meta name="author" content="Acme Clinic">';
  t.is(meta(head, '<div class="byline">By <a href="/author/jo-park">Jo Park</a>, staff writer</div>').author, 'Jo Park');
  t.is(meta(head).author, 'Acme Clinic');
  const org = ld({ '@type': 'Article', headline: 'H', author: { '@type': 'Organization', name: 'Acme Inc' } });
  t.is(meta(org, '<p class="post-author-name"><a href="/authors/sam-lee/">Sam Lee</a></p>').author, 'Sam Lee');
  t.is(meta(org).author, 'Acme Inc');
});

test("author: on a thread only the first post's author counts; co-authors in one byline all do", (t) => {
  const post = (name: string) => `<div class="post"><div class="user"><span itemprop="author"><span itemprop="name">${name}</span> 1,234 posts</span></div><p>Text.</p></div>`;
  t.is(meta('', post('starter') + post('replier') + post('third')).author, 'starter');
  t.is(meta('', '<p class="byline">By <a rel="author" href="/a">Ann Lee</a> and <a rel="author" href="/b">Bo Chan</a></p>').author, 'Ann Lee, Bo Chan');
});

test('author: a byline that holds only the date names no one', (t) => {
  t.is(meta('', '<article><div class="byline">July 22, 2017</div><p>Text.</p></article>').author, undefined);
  t.is(meta('', '<article><div class="byline">By Eric Ries | July 22, 2017</div><p>Text.</p></article>').author, 'Eric Ries');
});

test('author: a byline printed beside the headline, the one of the page’s headline, holding the least beside it', (t) => {
  const page = (header: string): string => `<header><h1>Tyre Weekly</h1></header><main>${header}<p>The text of the article, long enough to read.</p></main>`;
  t.is(meta('<title>The History of Coffee</title>', page('<h1>The History of Coffee</h1><div class="meta"><p><time>Mar 24, 2025</time></p><p>By Amy Wilhelm</p></div>')).author, 'Amy Wilhelm');
  t.is(meta('<title>Pest Control</title>', page('<div><h1>Pest Control</h1><div><p>By Melissa Norris</p><div>FacebookTweetPin</div></div></div>')).author, 'Melissa Norris');
  t.is(meta('<title>Counting</title>', page('<h1>Counting</h1><p>By the numbers</p>')).author, undefined, 'not a name');
});

test('author: account links, avatars and link-list phrases are not names', (t) => {
  t.is(meta('', '<header><a href="/users/signup">Sign up</a></header><article><a href="/users/77/dana">D</a><a href="/users/77/dana">dana</a></article>').author, 'dana');
  t.is(meta('', '<footer><a href="/author/site-team">Site Team</a></footer>').author, undefined);
});

test('published: written dates are read as ISO days; ISO stays as stated', (t) => {
  t.is(meta('<meta property="article:published_time" content="2024-03-05T10:00:00Z">').published, '2024-03-05T10:00:00Z');
  t.is(meta('<meta name="date" content="Dec 19th 2025">').published, '2025-12-19');
  t.is(meta('', '<article><p class="post-date">Posted on Friday January 12, 2024 @11:40AM</p></article>').published, '2024-01-12');
  t.is(meta('', '<div class="entry-meta">By Amy | March 24, 2025</div>').published, '2025-03-24');
  t.is(meta('', '<span class="date">3 days ago</span>').published, undefined);
  t.is(meta('', '<article><time>Mar 24, 2025</time></article>').published, '2025-03-24', 'a <time> without datetime, by its text');
  t.is(meta('', '<span class="date">Last Updated : 20 January 2025</span>').published, '2025-01-20');
  t.is(meta('', '<span class="date">February 4, 2025 - 11 minutes</span>').published, '2025-02-04');
});

test('published: a date printed on its own beside the headline, not one further down the article', (t) => {
  const header = (after: string, before = ''): string =>
    `<main><div class="hero">${before}<h1>Understanding mathematics through Lean</h1><div class="byline"><span>By</span><span>Ann Lee</span></div>${after}</div><div class="body"><p>The text.</p></div></main>`;
  t.is(meta('', header('<p class="muted">December 15, 2025</p>')).published, '2025-12-15');
  t.is(meta('', header('', '<h5 class="kicker">January 23, 2025</h5>')).published, '2025-01-23');
  const far = `<article><h1>A headline</h1>${'<p>A paragraph of the article with enough words in it.</p>'.repeat(20)}<blockquote><a href="#">November 20, 2025</a></blockquote></article>`;
  t.is(meta('', far).published, undefined, 'an embedded post’s date deep in the article is not the article’s');
  t.is(meta('', header('<p>A sentence that mentions December 15, 2025 in passing, as prose does.</p>')).published, undefined);
});

test('JSON-LD: a page typed only as a WebPage that gives a headline is its article', (t) => {
  t.is(meta(ld({ '@type': 'WebPage', headline: 'Signal #18', datePublished: '2025-12-19T14:00:18Z' })).published, '2025-12-19T14:00:18Z');
  t.is(meta(ld({ '@type': 'WebPage', name: 'Home', datePublished: '2020-01-01' })).published, undefined, 'a WebPage without a headline is not');
});

test('lang: <html lang>, then Content-Language, og:locale and JSON-LD inLanguage, as BCP 47', (t) => {
  t.is(meta('', '', 'lang="de"').lang, 'de');
  t.is(meta('<meta http-equiv="content-language" content="fr, en">').lang, 'fr');
  t.is(meta('<meta property="og:locale" content="en_GB">').lang, 'en-GB');
  t.is(meta(ld({ '@type': 'NewsArticle', headline: 'H', inLanguage: 'es' })).lang, 'es');
});

test('deep nesting does not make the metadata queries quadratic', (t) => {
  const depth = 50_000;
  const $ = cheerio.load(parseDocument(`<title>Deep page title here | Site</title>${'<div>'.repeat(depth)}<h1>Deep page title here</h1><p class="date">March 3, 2024</p>${'</div>'.repeat(depth)}`));
  const started = performance.now();
  const found = readMetadata($, readJsonLd($));
  const ms = performance.now() - started;
  t.is(found.title, 'Deep page title here');
  t.is(found.published, '2024-03-03');
  // cheerio's own $(selector) takes about 0.5 s per query at this depth, and there are a dozen.
  t.true(ms < 2000, `took ${ms.toFixed(0)} ms`);
});
