import test from 'ava';
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { findThread, revealThread } from '../../../../src/clean/html/forum/find-thread.ts';

const load = (html: string) => cheerio.load(parseDocument(html));
// The XenForo fixture's stray CDATA is extractHtml's to neutralise, not findThread's.
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/html/${name}/page.html`, import.meta.url), 'utf8').replace('<![CDATA[', '');
const para = (text: string) => `<p>${text} The paragraph goes on with enough words to count as a post.</p>`;

for (const [name, engine, authors] of [
  ['forum-discourse', 'discourse', ['marnie', 'olek', 'june_r']],
  ['forum-xenforo', 'xenforo', ['Gerrit', 'Anke']],
  ['forum-phpbb', 'phpbb', ['tamsin', 'Moderator Bo']],
  ['forum-vbulletin', 'vbulletin', ['rovermick', 'Lotte']],
  ['forum-microdata', 'microdata', ['breadhead', 'Wren']],
  ['forum-invision', 'invision', ['ivo', 'Mara K']],
  ['forum-lemmy', 'lemmy', ['fennel', 'ruta']],
  ['forum-slash', 'slash', ['editor', 'lampwatcher']],
  ['forum-unknown-engine', 'repeated-siblings', ['hazel', 'nils', 'hazel', 'nils']],
] as const) {
  test(`${name}: engine and authors in thread order`, (t) => {
    const thread = findThread(load(fixture(name)));
    t.is(thread?.engine, engine);
    t.deepEqual(
      thread?.posts.map((p) => p.author),
      [...authors],
    );
  });
}

test('articles are not threads, with or without a comment section', (t) => {
  t.is(findThread(load(fixture('news-article'))), null);
  t.is(findThread(load(fixture('blog-comments'))), null);
  const commented = `<article itemscope itemtype="https://schema.org/BlogPosting"><div itemprop="articleBody">${para('Body.')}</div>
    <ol class="comments"><li itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Ann</span><div itemprop="text">${para('Nice post.')}</div></li></ol></article>`;
  t.is(findThread(load(commented)), null);
  const faq = `<article>${para('Body.')}<div itemscope itemtype="https://schema.org/FAQPage"><div itemscope itemtype="https://schema.org/Question"><h3 itemprop="name">Q?</h3>
    <div itemscope itemtype="https://schema.org/Answer"><div itemprop="text">${para('An answer.')}</div></div></div></div></article>`;
  t.is(findThread(load(faq)), null, 'an FAQ block is not a Q&A page');
});

test('a post-like class makes a thread only when it repeats', (t) => {
  const post = (n: number) => `<div class="post"><span class="author">user${n}</span><div class="post-body">${para(`Post ${n}.`)}</div></div>`;
  t.is(findThread(load(`<main>${post(1)}${post(2)}</main>`)), null);
  const thread = findThread(load(`<main>${post(1)}${post(2)}${post(3)}</main>`));
  t.is(thread?.engine, 'repeated-post');
  t.deepEqual(
    thread?.posts.map((p) => p.author),
    ['user1', 'user2', 'user3'],
  );
});

test('a body nested in another (a quoted post) is not a post of its own', (t) => {
  const html = `<div class="message"><div class="messageContent"><div class="messageText">${para('Outer.')}
    <div class="message"><div class="messageContent"><div class="messageText">${para('Quoted.')}</div></div></div></div></div></div>`;
  t.is(findThread(load(html))?.posts.length, 1);
});

test('quotes and signatures inside posts are named chrome', (t) => {
  const thread = findThread(load(fixture('forum-xenforo')))!;
  t.deepEqual([...new Set(thread.chrome.values())], ['quote']);
  t.true([...findThread(load(fixture('forum-phpbb')))!.chrome.values()].includes('quote'));
});

test('revealThread makes the <noscript> crawler view an ordinary element', (t) => {
  const $ = load(fixture('forum-discourse'));
  revealThread(findThread($)!);
  t.is($('noscript').length, 0);
  t.is($('div[data-path]').length, 1);
});

const shaped = (head: string) =>
  `<html><head>${head}</head><body><div class="feed">${['ana', 'bo', 'cy']
    .map((who) => `<div class="entry"><div class="who"><a href="/members/${who}">${who}</a></div><div class="said">${para(`${who} writes.`)}</div></div>`)
    .join('')}</div></body></html>`;

test('repeated authored siblings make a thread only on a page that declares itself one', (t) => {
  t.is(findThread(load(shaped(''))), null, 'a comment-like list on an undeclared page');
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":["DiscussionForumPosting"]}</script>';
  for (const head of [ld, '<meta name="generator" content="Vanilla 4.0">']) {
    const thread = findThread(load(shaped(head)));
    t.is(thread?.engine, 'repeated-siblings');
    t.deepEqual(
      thread?.posts.map((p) => [p.author, p.body.attribs.class]),
      [
        ['ana', 'said'],
        ['bo', 'said'],
        ['cy', 'said'],
      ],
    );
  }
});

test('a list of thread titles is not a thread, even on a forum page', (t) => {
  const row = (n: number) => `<li class="topic"><a href="/t/${n}">Topic number ${n} about something or other</a> by <a href="/members/u${n}">u${n}</a></li>`;
  t.is(
    findThread(
      load(
        `<html><head><meta name="generator" content="Discourse 3"></head><body><ul>${[1, 2, 3, 4].map(row).join('')}</ul>${para('x'.repeat(3))}${'<p>filler words here</p>'.repeat(40)}</body></html>`,
      ),
    ),
    null,
  );
});

test("a declared thread with no posts in the page falls back to the page's summary", (t) => {
  const $ = load(
    '<html><head><meta name="generator" content="Discourse 3.4"><meta name="description" content="The kettle trips the breaker every morning, but only when the toaster is on too &hellip;"></head><body><div id="app"></div></body></html>',
  );
  const thread = findThread($);
  t.is(thread?.engine, 'summary');
  t.is(thread?.summary, 'The kettle trips the breaker every morning, but only when the toaster is on too');
  t.is(findThread(load('<html><head><meta name="description" content="A page about kettles and toasters and more."></head><body></body></html>')), null, 'undeclared');
});

test('posts nested a thousand deep are found in linear time', (t) => {
  const n = 3000;
  const open = '<div class="reply"><span class="username">someone</span> words words words words words words words words words words words words words';
  const started = performance.now();
  const thread = findThread(load(`<html><head><meta name="generator" content="phpBB"></head><body>${open.repeat(n)}${'</div>'.repeat(n)}</body></html>`));
  t.is(thread?.posts.length, n);
  t.true(performance.now() - started < 5000);
});
