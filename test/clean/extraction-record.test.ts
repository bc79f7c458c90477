import test from 'ava';
import { cleanInput } from '../../src/clean/clean-article.ts';
import { emptyReason, extractRecord } from '../../src/clean/extraction-record.ts';
import type { InputKind, LoadedArticle } from '../../src/types.ts';

const loaded = (content: string, kind: InputKind = 'html', given = {}): LoadedArticle => ({ file: 'x', kind, content, firstLine: 1, given, sha256: '' });
const para = (i: number): string => `<p>Paragraph ${i}: the lunar station plan was approved by the ministers on Tuesday after a long debate about its cost and its timetable.</p>`;
const paras = Array.from({ length: 4 }, (_, i) => para(i)).join('');
const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;

test('a page becomes metadata, text with blocks separated by blank lines, and comments', (t) => {
  const r = extractRecord(
    'a.html',
    loaded(
      page(
        '<title>Moon base approved | Planet</title><meta property="og:site_name" content="Planet"><meta name="author" content="Jo Park"><meta property="article:published_time" content="2024-03-05">',
        `<article><h1>Moon base approved</h1>${para(0)}<h2>What comes next</h2>${para(1)}</article>`,
      ),
    ),
  );
  t.like(r, { path: 'a.html', title: 'Moon base approved', byline: 'Jo Park', published: '2024-03-05', siteName: 'Planet', lang: null, comments: [] });
  t.is(r.text.split('\n\n').length, 3);
  t.is(r.text.split('\n\n')[1], 'What comes next');
  t.false('reason' in r || 'error' in r || 'originalOutlet' in r);
});

test('given metadata (front matter) wins over what the text says', (t) => {
  const r = extractRecord(
    'a.md',
    loaded('# Found title\n\nA long enough paragraph about the lunar station and its cost to the ministers.\n', 'markdown', { title: 'Given', author: 'Ed', outlet: 'NPR' }),
  );
  t.like(r, { title: 'Given', byline: 'Ed', siteName: 'NPR' });
});

test('a repost names its original outlet, from the same line rules the text cleaner uses', (t) => {
  const head = '<title>Moon base approved - Space Forum</title><meta property="og:site_name" content="Space Forum">';
  const source = extractRecord('f.html', loaded(page(head, `<article><p>Deutsche Welle (dw.com)</p>${paras}</article>`)));
  t.deepEqual(source.originalOutlet, { name: 'DW', evidence: '"Deutsche Welle (dw.com)"', rule: 'source-line', repostedOn: 'Space Forum' });
  t.false(source.text.includes('dw.com'), 'the source line is not body text');
  const attributed = extractRecord('f.html', loaded(page(head, `<article>${paras}<p>This story was originally published by Reuters.</p></article>`)));
  t.like(attributed.originalOutlet, { name: 'Reuters', rule: 'attribution', repostedOn: 'Space Forum' });
  const own = extractRecord('f.html', loaded(page('<meta property="og:site_name" content="DW">', `<article><p>dw.com</p>${paras}</article>`)));
  t.is(own.originalOutlet, undefined, 'a site naming itself is not a repost');
  const section = extractRecord('r.html', loaded(page('<meta property="og:site_name" content="U.S."><link rel="canonical" href="https://www.reuters.com/article/a">', `<article>${paras}</article>`)));
  t.is(section.originalOutlet, undefined, 'a listed outlet on its own address is not a repost');
  const copy = extractRecord(
    'm.html',
    loaded(
      page('<meta property="og:site_name" content="MSN"><link rel="canonical" href="https://www.cnn.com/a"><meta property="og:url" content="https://www.msn.com/a">', `<article>${paras}</article>`),
    ),
  );
  t.like(copy.originalOutlet, { name: 'CNN', rule: 'url:known-domain', repostedOn: 'MSN' });
});

test('text mode runs the text cleaner over any input; auto mode reads the page', (t) => {
  const html = page('<title>T</title>', `<article>${paras}</article>`);
  t.is(cleanInput(loaded(html), 'auto').blocks.length, 4);
  const asText = cleanInput(loaded('Home | News | Sport\n\nThe lunar station plan was approved by the ministers on Tuesday after a long debate about its cost.\n'), 'text');
  t.deepEqual(
    asText.blocks.map((b) => b.text),
    ['The lunar station plan was approved by the ministers on Tuesday after a long debate about its cost.'],
  );
});

test('no text comes with the reason', (t) => {
  const none = extractRecord('e.html', loaded(page('<title>Empty</title>', '')));
  t.is(none.text, '');
  t.is(none.reason, 'no main content found: 0 blocks of text');
  const chrome = extractRecord('n.html', loaded(page('', `<nav>${'<p><a href="/x">Section link</a></p>'.repeat(5)}</nav>`)));
  t.is(chrome.text, '');
  t.regex(chrome.reason ?? '', /^all \d+ text blocks were chrome \(.+ \d+\)$/);
  t.is(emptyReason({ title: null, blocks: [], removed: [], comments: [{ text: 'Nice.' }], found: {} }), 'no main content found: 0 blocks of text; 1 comments kept');
});

test('malformed and junk input give a record, never a throw', (t) => {
  for (const junk of ['<<<>>>', '<html><body><p>Unclosed <b><i>tags <div></p></span></table>', '\u0000\u0001 binary-ish', '<!-- never closed', '<script>while(1){}']) {
    const r = extractRecord('j.html', loaded(junk));
    t.is(typeof r.text, 'string');
    t.is(r.error, undefined);
    if (r.text === '') t.truthy(r.reason);
  }
});

test('a 10 MB page and deeply nested divs finish with their text', (t) => {
  let big = '<html><head><title>Big</title></head><body><article>';
  for (let i = 0; big.length < 10 * 1024 * 1024; i++) big += para(i);
  let started = performance.now();
  const r = extractRecord('big.html', loaded(`${big}</article></body></html>`));
  t.true(r.text.length > 9_000_000);
  t.log(`10 MB page: ${(performance.now() - started).toFixed(0)} ms`);
  // 10,000 levels, not 100,000: cheerio's $(selector) costs the tree's depth per node, and the
  // forum finder still queries that way (100,000 levels take about two minutes there).
  started = performance.now();
  const deep = extractRecord('deep.html', loaded(`<html><body>${'<div>'.repeat(10_000)}${paras}</body></html>`));
  t.is(deep.text.split('\n\n').length, 4);
  t.log(`10,000 nested divs, never closed: ${(performance.now() - started).toFixed(0)} ms`);
});
