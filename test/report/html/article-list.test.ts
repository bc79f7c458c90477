import test from 'ava';
import { load } from 'cheerio';
import { ARTICLE_LIST_SCRIPT, PAGE_ROWS, renderArticleList } from '../../../src/report/html/article-list.ts';
import type { ArticleEntry } from '../../../src/types.ts';
import { sampleArticles, sampleReport, sampleEntry } from '../../helpers/sample-report.ts';

const COLUMNS = ['#', 'Outlet', 'Title', 'Published', 'Words', 'Sentiment', 'Generic frame', 'Policy frame'];

/** `n` distinct entries made from the sample's articles, in turn. */
function manyEntries(n: number): ArticleEntry[] {
  const articles = sampleArticles();
  return Array.from({ length: n }, (_, i) => {
    const a = articles[i % articles.length]!;
    return sampleEntry({ ...a, id: `copy-${i}/${a.file}`, file: `copy-${i}/${a.file}` });
  });
}

function render(articles = sampleReport().articles) {
  const { frames } = sampleReport();
  return load(renderArticleList(articles, frames));
}

test('a table the script can page: its size, its pager, and the pager hidden until the script shows it', (t) => {
  const $ = render();
  const table = $('table.articles.paged');
  t.is(table.length, 1);
  t.is(table.attr('data-rows'), String(PAGE_ROWS));
  const pager = $(`#${table.attr('data-pager')}`);
  t.is(pager.prop('tagName'), 'NAV');
  t.not(pager.attr('hidden'), undefined, 'without scripts there is nothing to page: every row is shown');
  // The script takes the pager's children as [previous, status, next].
  t.deepEqual(
    pager
      .children()
      .map((_, el) => `${el.name}:${$(el).text()}`)
      .get(),
    ['button:Previous', 'span:', 'button:Next'],
  );
  t.is(pager.find('span').attr('role'), 'status');
  t.deepEqual(
    pager
      .find('button')
      .map((_, el) => $(el).attr('type'))
      .get(),
    ['button', 'button'],
  );
  t.is(table.parent().attr('class'), 'scroll', 'a wide list scrolls in its own box');
  // What the script looks for is what the markup has.
  for (const hook of ["'table.paged'", 'table.dataset.rows', 'table.dataset.pager', 'cell.dataset.sort', "'aria-sort'"]) t.true(ARTICLE_LIST_SCRIPT.includes(hook), hook);
});

test('every column header is a button that sorts it', (t) => {
  const $ = render();
  const heads = $('thead th');
  t.deepEqual(heads.map((_, el) => $(el).text()).get(), COLUMNS);
  heads.each((_, th) => {
    t.is($(th).attr('scope'), 'col');
    t.is($(th).children('button[type="button"]').length, 1, $(th).text());
    t.is($(th).attr('aria-sort'), undefined, 'nothing sorted yet: file order');
  });
});

test('one row per article in file order, linked to its page; numbers sort by value, the rest by text', (t) => {
  const report = sampleReport();
  const $ = render(report.articles);
  const rows = $('tbody tr');
  t.is(rows.length, report.articles.length);
  rows.each((i, tr) => {
    const a = report.articles[i]!;
    const cells = $(tr).children('td');
    t.is(cells.length, COLUMNS.length);
    const sorts = cells.map((_, td) => $(td).attr('data-sort') ?? '').get();
    t.deepEqual(
      sorts.map((x) => (x === '' ? null : Number(x))),
      [i + 1, null, null, null, a.tokens, a.sentiment, null, null],
    );
    t.is(cells.eq(0).text(), String(i + 1));
    t.is(cells.eq(2).find('a').attr('href'), a.page.split('/').map(encodeURIComponent).join('/'));
    t.is(cells.eq(2).text(), a.title ?? '');
    t.is(cells.eq(3).text(), a.published ?? '');
    t.is(cells.eq(4).text(), String(a.tokens));
  });
  const first = rows.first().children('td');
  t.is(first.eq(1).text(), 'Metro Daily');
  t.deepEqual([first.eq(6).text(), first.eq(7).text()], ['Conflict', 'Economic']);
  t.regex(rows.eq(1).children('td').eq(1).html() ?? '', /class="unknown"/, 'an unknown outlet is set apart');
  t.is(rows.eq(1).children('td').eq(3).text(), '', 'no date');
});

test('a date stated with its time is listed as the day, the whole stamp in the tooltip', (t) => {
  const [entry] = sampleReport().articles;
  const cell = render([{ ...entry!, published: '2025-01-29T20:47:55+00:00' }])('tbody tr td').eq(3);
  t.is(cell.text(), '2025-01-29');
  t.is(cell.attr('title'), '2025-01-29T20:47:55+00:00');
  t.is(
    render([{ ...entry!, published: 'March 2021' }])('tbody tr td')
      .eq(3)
      .text(),
    'March 2021',
    'any other form as stated',
  );
});

test('an article without a title is listed by its file; one not scored says so; no top frame says none', (t) => {
  const [entry] = sampleReport().articles;
  const bare: ArticleEntry = { ...entry!, title: null, lang: { code: 'deu', name: 'German', scored: false }, top: { policy: null, generic: null } };
  const cells = render([bare])('tbody tr td');
  t.is(cells.eq(2).text(), 'metro-daily.html (German, not scored)');
  t.is(cells.eq(2).find('a').text(), 'metro-daily.html');
  t.deepEqual([cells.eq(6).text(), cells.eq(7).text()], ['none', 'none']);
});

test('a story longer than a page still has every row in the markup, in file order', (t) => {
  const entries = manyEntries(PAGE_ROWS * 2 + 3);
  const $ = render(entries);
  const rows = $('tbody tr');
  t.is(rows.length, entries.length);
  t.deepEqual(
    rows.map((_, tr) => $(tr).children('td').first().attr('data-sort')).get(),
    entries.map((_, i) => String(i + 1)),
  );
  t.is(rows.last().find('a').attr('href'), entries.at(-1)!.page);
  t.regex(entries.at(-1)!.page, /^articles\/copy-102_metro-daily\.html-[0-9a-f]{12}\.html$/);
});

test('no articles says so, with no table', (t) => {
  const $ = load(renderArticleList([], sampleReport().frames));
  t.is($('table').length, 0);
  t.regex($.text(), /No article could be analyzed/);
});
