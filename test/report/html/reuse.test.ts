import test from 'ava';
import { findReuse } from '../../../src/compare/reuse.ts';
import { renderReuse } from '../../../src/report/html/reuse.ts';
import { sampleArticles, sampleEntry } from '../../helpers/sample-report.ts';
import { SETTINGS } from '../../helpers/settings.ts';

test('a repost names the article contained in the other, linked to its page, with the passage text', (t) => {
  const [original] = sampleArticles();
  const copy = { ...original!, id: 'copy.txt', file: 'copy.txt', text: `Shared by a reader this morning.\n\n${original!.text}` };
  const articles = [original!, copy];
  const links = findReuse(
    articles.map((a) => ({ id: a.id, text: a.text })),
    SETTINGS.reuse,
  );
  t.is(links[0]?.kind, 'repost');
  const entries = articles.map(sampleEntry);
  const html = renderReuse(links, entries, 12);
  t.true(html.includes(`<a href="${entries[0]!.page}">Metro Daily</a> <span class="muted">(metro-daily.html)</span> appears almost whole in <a href="${entries[1]!.page}">`));
  t.regex(html, /<blockquote>/);
});

test('no reuse says so', (t) => {
  t.regex(renderReuse([], [], 12), /No passage of 12 or more words/);
});
