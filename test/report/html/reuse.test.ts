import test from 'ava';
import { findReuse } from '../../../src/compare/reuse.ts';
import { renderReuse } from '../../../src/report/html/reuse.ts';
import { sampleReport } from '../../helpers/sample-report.ts';

test('a repost names the article contained in the other, with the passage text', (t) => {
  const [original] = sampleReport().articles;
  const copy = { ...original!, id: 'copy.txt', file: 'copy.txt', text: `Shared by a reader this morning.\n\n${original!.text}` };
  const articles = [original!, copy];
  const links = findReuse(articles.map((a) => ({ id: a.id, text: a.text })));
  t.is(links[0]?.kind, 'repost');
  const html = renderReuse(links, articles);
  t.regex(html, /<a href="#a1">Metro Daily<\/a> <span class="muted">\(metro-daily\.html\)<\/span> appears almost whole in <a href="#a2">/);
  t.regex(html, /<blockquote>/);
});

test('no reuse says so', (t) => {
  t.regex(renderReuse([], []), /No passage of 12 or more words/);
});
