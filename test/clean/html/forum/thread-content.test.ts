import test from 'ava';
import * as cheerio from 'cheerio';
import type { Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { findThread } from '../../../../src/clean/html/forum/find-thread.ts';
import { threadContent } from '../../../../src/clean/html/forum/thread-content.ts';
import { resolveDrops } from '../../../../src/clean/html/resolve-drops.ts';
import { walkBlocks } from '../../../../src/clean/html/walk.ts';

function run(html: string) {
  const $ = cheerio.load(parseDocument(html));
  const thread = findThread($)!;
  const walk = walkBlocks($.root()[0] as Document);
  const removed: Array<{ line: number; text: string; rule: string }> = [];
  const got = threadContent(walk, resolveDrops(walk), thread, (line, text, rule) => void removed.push({ line, text, rule }));
  return { ...got, removed, total: walk.blocks.length };
}

const post = (who: string, body: string) =>
  `<li class="message" data-author="${who}"><div class="messageUserInfo">${who} · Joined 2012</div><div class="messageContent"><div class="messageText">${body}</div></div></li>`;

test('first post is the body, replies are comments with authors, the rest is removed once', (t) => {
  const html = `<ol>${post('ana', '<p>The opening post asks whether the ferry runs on Sundays in winter.</p><p>Second paragraph.</p>')}${post('bo', 'It does, twice a day, from the north pier.')}</ol><div class="sidebar">Latest threads</div>`;
  const got = run(html);
  t.deepEqual(
    got.blocks.map((b) => b.text),
    ['The opening post asks whether the ferry runs on Sundays in winter.', 'Second paragraph.'],
  );
  t.deepEqual(
    got.comments.map(({ author, text }) => ({ author, text })),
    [{ author: 'bo', text: 'It does, twice a day, from the north pier.' }],
  );
  t.true(got.removed.some((r) => r.text === 'ana · Joined 2012' && r.rule === 'forum:outside-posts'));
  t.is(got.blocks.length + got.comments.length + got.removed.length, got.total);
});

test('a reply that is only a quote and a signature leaves no comment', (t) => {
  const html = `<ol>${post('ana', 'The opening post asks whether the ferry runs on Sundays in winter.')}${post('bo', '<div class="bbCodeBlock--quote">ferry runs on Sundays</div><div class="signature">bo rides again</div>')}</ol>`;
  const got = run(html);
  t.deepEqual(got.comments, []);
  t.deepEqual(
    got.removed.filter((r) => r.rule.startsWith('forum:') && r.rule !== 'forum:outside-posts').map((r) => r.rule),
    ['forum:quote', 'forum:signature'],
  );
});

test('chrome rules inside a post still apply, the post body itself is never dropped by its class', (t) => {
  const html = `<ol>${post('ana', '<p>The opening post asks whether the ferry runs on Sundays in winter.</p><div class="share-buttons">Share this</div>')}${post('bo', 'Yes.')}</ol>`;
  const got = run(html);
  t.deepEqual(
    got.blocks.map((b) => b.text),
    ['The opening post asks whether the ferry runs on Sundays in winter.'],
  );
  t.true(got.removed.some((r) => r.text === 'Share this' && r.rule === 'class:share'));
});
