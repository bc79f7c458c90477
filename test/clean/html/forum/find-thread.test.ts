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
] as const) {
  test(`${name}: engine and authors in thread order`, (t) => {
    const thread = findThread(load(fixture(name)));
    t.is(thread?.engine, engine);
    t.deepEqual(thread?.posts.map((p) => p.author), [...authors]);
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
  t.deepEqual(thread?.posts.map((p) => p.author), ['user1', 'user2', 'user3']);
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
