import test from 'ava';
import { load } from 'cheerio';
import { renderArticlePage } from '../../../src/report/html/article-page.ts';
import { contentSecurityPolicy } from '../../../src/report/html/document.ts';
import type { ArticleRecord } from '../../../src/types.ts';
import { sampleArticles, sampleRecord } from '../../helpers/sample-report.ts';

const record = (index: number): ArticleRecord => sampleRecord(sampleArticles()[index]!);

test('an article record renders as a page of its own: the article, the legend, and a link back to the story', (t) => {
  const r = record(0);
  const html = renderArticlePage(r);
  const $ = load(html);
  t.true(html.startsWith('<!doctype html>\n<html lang="en">'));
  t.true(html.trimEnd().endsWith('</html>'));
  t.is($('head > title').text(), 'Council approves congestion charge after tense vote · Riverside approves a congestion charge · framelens');
  t.is($('meta[name="generator"]').attr('content'), 'framelens 0.1.0');
  const back = $('body > header a');
  t.is(back.attr('href'), '../index.html', 'the story page, one folder up');
  t.is(back.text(), 'Riverside approves a congestion charge');
  t.is($('ul.legend').length, 1);
  t.is($('article.article').length, 1);
  t.is($('article.article').attr('id'), 'article');
  t.is($('#article h3.headline').text(), r.article.title ?? '');
  t.is($('#article .article-text').children().length, r.article.blocks.length);
});

test('it stands alone: no script, the static policy, and every link on the page, back to the story or out to the article', (t) => {
  for (const r of [0, 1, 2].map(record)) {
    const $ = load(renderArticlePage(r));
    t.is($('script, link, iframe, img, object, embed, base').length, 0);
    t.is($('head meta[http-equiv="Content-Security-Policy"]').attr('content'), contentSecurityPolicy());
    $('[href]').each((_, el) => {
      const href = $(el).attr('href')!;
      if (href.startsWith('#')) t.is($(`[id="${href.slice(1)}"]`).length, 1, `${r.article.file}: ${href} has a target`);
      else if (href !== '../index.html') t.is(href, r.article.url ?? '(no URL)', `${r.article.file}: a link out goes to the article's own address`);
    });
  }
});

test('an article without a title is named by its file', (t) => {
  const r = record(1);
  r.article.title = null;
  t.is(load(renderArticlePage(r))('title').text(), 'notes/c-blog.txt · Riverside approves a congestion charge · framelens');
});

test('the page depends on its record alone', (t) => {
  const html = renderArticlePage(record(2));
  t.is(renderArticlePage(JSON.parse(JSON.stringify(record(2))) as ArticleRecord), html);
  t.not(renderArticlePage(record(1)), html);
});
