import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { extractHtml } from '../../../src/clean/html/extract.ts';
import { cleanTitle } from '../../../src/clean/html/title.ts';
import { table } from '../../../src/settings/tables.ts';

const chromeData = table('html-chrome');

interface Expected {
  title?: string;
  author?: string;
  published?: string;
  siteName?: string;
  url?: string;
  lang?: string;
  outletRule?: string;
  /** Paragraphs that must each be a kept block, in this order. */
  body: string[];
  headings?: string[];
  /** Snippets no kept block may contain (case-sensitive). */
  absent: string[];
  comments?: Array<{ author?: string; text: string }>;
  removedRules?: string[];
  maxBlocks?: number;
}

const fixtures = new URL('../../fixtures/html/', import.meta.url);

for (const name of readdirSync(fixtures)) {
  test(`fixture ${name}`, (t) => {
    const html = readFileSync(new URL(`${name}/page.html`, fixtures), 'utf8');
    const want = JSON.parse(readFileSync(new URL(`${name}/expected.json`, fixtures), 'utf8')) as Expected;
    const got = extractHtml(html);
    const texts = got.blocks.map((b) => b.text);

    for (const field of ['title', 'author', 'published', 'siteName', 'url', 'lang'] as const) {
      if (want[field] !== undefined) t.is(got.found[field], want[field], field);
    }
    if (want.title !== undefined) t.is(got.title, want.title);
    if (want.outletRule) t.is(got.found.outlet?.rule, want.outletRule);

    let cursor = 0;
    for (const paragraph of want.body) {
      const at = texts.indexOf(paragraph, cursor);
      t.true(at >= 0, `kept in order: ${paragraph.slice(0, 60)}`);
      if (at >= 0) cursor = at + 1;
    }
    for (const heading of want.headings ?? []) {
      t.is(got.blocks.find((b) => b.text === heading)?.kind, 'heading', heading);
    }
    for (const snippet of want.absent) {
      t.false(
        texts.some((text) => text.includes(snippet)),
        `absent: ${snippet}`,
      );
    }
    if (want.maxBlocks !== undefined) t.true(got.blocks.length <= want.maxBlocks, `${got.blocks.length} blocks`);
    if (want.comments) {
      t.deepEqual(
        got.comments.map((c) => ({ ...(c.author ? { author: c.author } : {}), text: c.text })),
        want.comments,
      );
    }
    const rules = new Set(got.removed.map((r) => r.rule));
    for (const rule of want.removedRules ?? []) t.true(rules.has(rule), `removed by ${rule}`);

    // Invariants every page must hold.
    const lines = [...got.blocks.map((b) => b.line), ...got.removed.map((r) => r.line)];
    t.is(new Set(lines).size, lines.length, 'each block is kept or removed once');
    t.true(got.removed.every((r) => r.text.length <= chromeData.limits.removedTextChars && /[\p{L}\p{N}]/u.test(r.text)));
    t.true(got.blocks.every((b) => b.text === b.text.trim() && !/ {2}/.test(b.text)));
  });
}

const page = (head: string, body = ''): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

test('title: og:title wins, site suffix stripped when the site is named', (t) => {
  const found = extractHtml(page('<meta property="og:site_name" content="The Globe"><meta property="og:title" content="Rates rise again | The Globe"><title>x</title>')).found;
  t.is(found.title, 'Rates rise again');
  t.is(found.siteName, 'The Globe');
});

test('title: <title> loses a short trailing site segment, keeps real separators', (t) => {
  t.is(extractHtml(page('<title>Rates rise again as inflation bites - Daily Courier</title>')).found.title, 'Rates rise again as inflation bites');
  t.is(cleanTitle('Rates rise again | Business | The Globe', 'The Globe', true), 'Rates rise again');
  t.is(cleanTitle('The Globe - Rates rise again today', 'The Globe'), 'Rates rise again today');
  t.is(cleanTitle('War and Peace - Review', undefined, false), 'War and Peace - Review');
  t.is(cleanTitle('Short - Site', undefined, true), 'Short - Site', 'too little left to be a headline');
  t.is(extractHtml(page('<title>Brexit: what happens next</title>')).title, 'Brexit: what happens next');
});

test('title order: twitter:title, then JSON-LD headline, then first h1', (t) => {
  t.is(extractHtml(page('<meta name="twitter:title" content="From Twitter"><title>From title tag here</title>')).title, 'From Twitter');
  t.is(extractHtml(page(ld('{"@type":"NewsArticle","headline":"From LD &amp; co"}'), '<h1>From h1</h1>')).title, 'From LD & co');
  t.is(extractHtml(page('<title>From the title tag today | Site</title>', '<h1> From <em>h1</em> </h1>')).title, 'From h1');
  t.is(extractHtml(page('')).title, null);
});

test('JSON-LD: broken scripts are skipped, arrays and @graph are read, @id references resolve', (t) => {
  const found = extractHtml(
    page(
      ld('{ not json at all') +
        ld('[{"@type":"WebSite","name":"Site A"},{"@type":["BlogPosting"],"headline":"Arr","author":"Sam Lee","datePublished":"2024-01-02","publisher":{"@id":"#org"}}]') +
        ld('{"@graph":[{"@id":"#org","@type":"Organization","name":"Org Name"}]}'),
    ),
  ).found;
  t.is(found.title, 'Arr');
  t.is(found.author, 'Sam Lee');
  t.is(found.published, '2024-01-02');
  t.is(found.siteName, 'Org Name');
  t.deepEqual(found.outlet, { name: 'Org Name', evidence: 'JSON-LD publisher "Org Name"', rule: 'jsonld:publisher' });
});

test('JSON-LD: literal newlines in strings, CDATA wrappers and several authors', (t) => {
  const json = '//<![CDATA[\n{"@type":"NewsArticle","headline":"Two\nlines","author":[{"@type":"Person","name":"A One"},{"@type":"Person","name":["B Two"]}]}\n//]]>';
  const found = extractHtml(page(ld(json))).found;
  t.is(found.title, 'Two lines');
  t.is(found.author, 'A One, B Two');
});

test('metadata: author meta that is a URL is skipped, "By" is stripped, rel=author and byline fall back', (t) => {
  t.is(extractHtml(page('<meta property="article:author" content="https://facebook.com/x"><meta name="byl" content="By Ana Ruiz">')).found.author, 'Ana Ruiz');
  t.is(extractHtml(page('', '<a rel="author" href="/a">Kim Ng</a> and <a rel="author" href="/b">Lou Park</a>')).found.author, 'Kim Ng, Lou Park');
  t.is(extractHtml(page('', '<div class="c-byline">By Joe Bloggs | March 3</div>')).found.author, 'Joe Bloggs');
});

test('metadata: published prefers article:published_time, then JSON-LD, then <time> in the article', (t) => {
  t.is(extractHtml(page('<meta property="article:published_time" content="2024-05-01T10:00:00Z">' + ld('{"@type":"Article","datePublished":"2020-01-01"}'))).found.published, '2024-05-01T10:00:00Z');
  t.is(extractHtml(page('', '<time datetime="2019-01-01">old</time><article><time datetime="2024-02-03T04:05">x</time></article>')).found.published, '2024-02-03T04:05');
});

test('metadata: canonical url, lang, and no outlet when the page names none', (t) => {
  const found = extractHtml('<html lang="fr"><head><link rel="canonical" href="https://x.example/a"><meta property="og:url" content="https://x.example/b"></head></html>').found;
  t.is(found.url, 'https://x.example/a');
  t.is(found.lang, 'fr');
  t.is(found.outlet, undefined);
});

const prose = (n: number, tag = 'p'): string =>
  Array.from(
    { length: n },
    (_, i) => `<${tag}>Paragraph ${i} of the report explains, in some detail, what the committee found, what it recommended, and why the minister disagreed with it.</${tag}>`,
  ).join('');

test('<br> is a space in prose and a line break in <pre> and poems', (t) => {
  const got = extractHtml(page('', `<article>${prose(3)}<p>One line<br>two line</p><div class="poem"><p>Roses red,<br>violets blue.</p></div></article>`));
  t.true(got.blocks.some((b) => b.text === 'One line two line'));
  t.true(got.blocks.some((b) => b.text === 'Roses red,\nviolets blue.'));
});

test('a page-wide <form> or an aria-hidden wrapper around the article is not chrome', (t) => {
  const aspnet = extractHtml(page('', `<form id="aspnetForm"><nav><a href="/">Home</a></nav><div class="story">${prose(6)}</div></form>`));
  t.is(aspnet.blocks.length, 6);
  t.true(aspnet.removed.some((r) => r.rule === 'tag:nav'));
  const modalOpen = extractHtml(page('', `<div id="app" aria-hidden="true"><div class="story">${prose(6)}</div></div><div role="dialog"><p>Accept cookies?</p></div>`));
  t.is(modalOpen.blocks.length, 6);
});

test('a small block that matches a chrome class is dropped, with the rule named', (t) => {
  const got = extractHtml(page('', `<article>${prose(4)}<div class="socialShare"><p>Share this story with your friends and family today</p></div></article>`));
  t.is(got.blocks.length, 4);
  t.deepEqual(
    got.removed.map((r) => r.rule),
    ['class:share'],
  );
});

test('JSON-LD articleBody stands in when the page body is missing', (t) => {
  const body = 'First paragraph of the real story, which the page renders with script.\nSecond paragraph adds detail. '.repeat(6);
  const got = extractHtml(page(ld(JSON.stringify({ '@type': 'NewsArticle', headline: 'H', articleBody: body })), '<div id="root"><p>Loading…</p></div>'));
  t.true(got.blocks.length >= 6);
  t.true(got.blocks[0]!.text.startsWith('First paragraph of the real story'));
  t.true(got.blocks.every((b) => b.line > 1));
});

test('JSON-LD articleBody re-points a wrong DOM pick to the container holding its text', (t) => {
  const story = Array.from({ length: 4 }, (_, i) => `Story sentence number ${i} says the river rose two metres overnight, the old bridge was shut and the ferry stopped running.`);
  const teasers = Array.from(
    { length: 6 },
    (_, i) => `<p>Teaser ${i}, about another matter, with commas, commas, commas, commas, and more commas, to win the vote, which is unfair, frankly, but here we are.</p>`,
  ).join('');
  const html = page(
    ld(JSON.stringify({ '@type': 'NewsArticle', headline: 'River', articleBody: story.join('\n\n') })),
    `<div class="a"><span>${story.map((s) => `<p>${s}</p>`).join('')}</span></div><div><div class="b">${teasers}</div></div>`,
  );
  const got = extractHtml(html);
  t.deepEqual(
    got.blocks.map((b) => b.text),
    story,
  );
});

test('comments without item markup still come out as comments', (t) => {
  const got = extractHtml(page('', `<article>${prose(3)}</article><section id="comments"><h3>2 comments</h3><p>First reader view here.</p><p>Second reader view.</p></section>`));
  t.deepEqual(
    got.comments.map((c) => c.text),
    ['First reader view here.', 'Second reader view.'],
  );
  t.true(got.removed.some((r) => r.rule === 'comment-section'));
  t.is(got.blocks.length, 3);
});

test('robustness: empty, junk and text-only input do not throw', (t) => {
  for (const html of ['', '   ', '<<<>>>', '</div></p></html>', '\u0000\uffff binary', 'Just a line of plain text, no tags.', '<script>never closed']) {
    const got = extractHtml(html);
    t.true(Array.isArray(got.blocks));
  }
  t.deepEqual(extractHtml('').blocks, []);
  t.is(extractHtml('Just a line of plain text, no tags at all.').blocks[0]?.text, 'Just a line of plain text, no tags at all.');
});

test('robustness: 5,000 levels of nesting', (t) => {
  const depth = 5000;
  const html = page('', `${'<div>'.repeat(depth)}<p>Deep inside, the text, still readable, survives the nesting.</p>${'</div>'.repeat(depth)}`);
  const got = extractHtml(html);
  t.is(got.blocks[0]?.text, 'Deep inside, the text, still readable, survives the nesting.');
  const unclosed = extractHtml(`${'<span><div>'.repeat(depth)} text`);
  t.true(Array.isArray(unclosed.blocks));
});

test('robustness: a 2 MB page stays bounded and fast enough', (t) => {
  const card = '<li class="teaser"><a href="/x">Another headline in a long list of links to other stories</a></li>';
  const html = page('<title>Big page</title>', `<ul>${card.repeat(12_000)}</ul><article>${prose(20)}</article>`);
  t.true(html.length > 1_000_000);
  const start = performance.now();
  const got = extractHtml(html);
  t.true(performance.now() - start < 5000);
  t.is(got.blocks.length, 20);
  t.true(got.removed.length <= chromeData.limits.maxRemoved + 1);
  t.is(got.removed.at(-1)?.rule, 'removed-limit');
});

test('two <br> in a row end a paragraph; one is a space', (t) => {
  const text = 'Old sites set paragraphs apart with line breaks, and this one, from 2004, does just that.';
  const got = extractHtml(page('', `<td class="story">${text}<br><br>\n${text.replace('Old', 'Older')}<br>still the same one.<br> <br>The end of the story, at last.</td>`));
  t.deepEqual(
    got.blocks.map((b) => b.text),
    [text, `${text.replace('Old', 'Older')} still the same one.`, 'The end of the story, at last.'],
  );
});

test('a blog post tagged with a chrome word keeps its body', (t) => {
  const got = extractHtml(page('', `<div class="post type-post tag-social-media tag-advertising">${prose(2)}</div>`));
  t.is(got.blocks.length, 2);
});

test('an <h1> worded a little differently from og:title is still the headline', (t) => {
  const got = extractHtml(page('<meta property="og:title" content="Council approves flood barrier">', `<article><h1>Council approves flood barrier after decade of delays</h1>${prose(3)}</article>`));
  t.is(got.blocks.length, 3);
  t.is(got.removed[0]?.rule, 'title-repeat');
});

test('an article inside a wrapper with a chrome-like class (modal, sidebar) is kept; the menus inside are not', (t) => {
  const para = (n: number) => `<p>Paragraph ${n} of the report explains, in plain prose and at some length, what the council decided on Monday and why it matters to residents of the city.</p>`;
  const menu = `<ul class="menu">${Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('')}</ul>`;
  const r = extractHtml(`<html><body><div class="site-modal-wrapper">${menu}<article><h1>Council approves budget</h1>${[1, 2, 3, 4].map(para).join('')}</article></div></body></html>`);
  t.is(r.blocks.filter((b) => b.kind === 'paragraph').length, 4);
  t.false(r.blocks.some((b) => b.text.startsWith('Section')));
});
