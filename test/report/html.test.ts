import test, { type ExecutionContext } from 'ava';
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { createHash } from 'node:crypto';
import { ARTICLE_LIST_SCRIPT } from '../../src/report/html/article-list.ts';
import { renderArticlePage } from '../../src/report/html/article-page.ts';
import { contentSecurityPolicy } from '../../src/report/html/document.ts';
import { renderStoryTable } from '../../src/report/html/story-table.ts';
import { renderStoryPage } from '../../src/report/html/story-page.ts';
import type { ArticleRecord, Part, StoryReport } from '../../src/types.ts';
import { sampleArticles, sampleRecord, sampleReport, sampleEntry } from '../helpers/sample-report.ts';

/** The policy of a page without a script: no scripts, no fetches. */
const STATIC_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The text under a node, cut into runs, each remembering the <mark> it sits in (if any). */
function runs(node: AnyNode, mark: Element | null = null): Array<{ text: string; mark: Element | null }> {
  if (node.type === 'text') return [{ text: node.data, mark }];
  if (!('children' in node)) return [];
  const inMark = node.type === 'tag' && node.name === 'mark' ? node : mark;
  return node.children.flatMap((child) => runs(child, inMark));
}

/** For each character of a part's text, the tooltip lines of the mark over it ([] when unmarked). */
function labelsPerChar($: CheerioAPI, elements: Element[], ranges: Array<[number, number]>, length: number): string[][] {
  const labels: string[][] = Array.from({ length }, () => []);
  elements.forEach((el, i) => {
    let at = ranges[i]![0];
    for (const run of runs(el)) {
      const lines = run.mark ? ($(run.mark).attr('title') ?? '').split('\n') : [];
      for (let k = 0; k < run.text.length; k++) labels[at + k] = lines;
      at += run.text.length;
    }
  });
  return labels;
}

/** What the tooltips should say, per character, from the record's own spans. */
function expectedLabels(record: ArticleRecord, part: Part, length: number): string[][] {
  const { article } = record;
  const labels: string[][] = Array.from({ length }, () => []);
  const frameLabel = (id: string) => record.frames.find((f) => f.id === id)!.label;
  const spans = [
    ...article.scores[part].sentiment.hits.map((h) => ({ span: h.span, label: `${h.cue}, ` })),
    ...article.scores[part].frames.flatMap((f) => f.evidence.map((e) => ({ span: e.span, label: `${frameLabel(f.id)}: ${e.cue}` }))),
  ];
  for (const { span, label } of spans) for (let i = span.start; i < span.end; i++) labels[i]!.push(label);
  return labels;
}

function render(report = sampleReport()): { html: string; $: CheerioAPI } {
  const html = renderStoryPage(report);
  return { html, $: load(html) };
}

/** An article's own page: of a record, or of the sample's article at an index (0: Metro Daily, 1: the blog in notes/, 2: Harbor Tribune). */
function renderPage(which: number | ArticleRecord): { html: string; $: CheerioAPI; record: ArticleRecord } {
  const record = typeof which === 'number' ? sampleRecord(sampleArticles()[which]!) : which;
  const html = renderArticlePage(record);
  return { html, $: load(html), record };
}

/** The article page a story page's link points to and the place on it; null when it points to none. */
function articlePageLink(report: StoryReport, href: string): { index: number; anchor: string | null } | null {
  const [path, anchor] = href.split('#') as [string, string | undefined];
  // The file on disk is named by the percent-encoded id; the link encodes that name once more.
  const index = report.articles.findIndex((a) => a.page === decodeURIComponent(path));
  return index < 0 ? null : { index, anchor: anchor ?? null };
}

const inlineScripts = ($: CheerioAPI): string[] =>
  $('script')
    .map((_, el) => $(el).text())
    .get();

test('is a complete HTML document with the CSP meta first in the head', (t) => {
  const { html, $ } = render();
  t.true(html.startsWith('<!doctype html>\n<html lang="en">'));
  t.true(html.trimEnd().endsWith('</html>'));
  t.is(contentSecurityPolicy(), STATIC_POLICY);
  t.is($('head meta').eq(1).attr('http-equiv'), 'Content-Security-Policy');
  t.is($('head > title').text(), 'Riverside approves a congestion charge · framelens');
  t.is($('h1').text(), 'Riverside approves a congestion charge');
  t.is($('style').length, 1);
});

test("the CSP lets the page's one inline script run by its hash, and loosens nothing else", (t) => {
  const { $ } = render();
  const scripts = inlineScripts($);
  t.is(scripts.length, 1, "the article list's script");
  t.is($('script[src]').length, 0);
  const policy = $('head meta[http-equiv="Content-Security-Policy"]').attr('content')!;
  t.is(policy, contentSecurityPolicy(scripts[0]));
  const hash = createHash('sha256').update(scripts[0]!).digest('base64');
  // The static policy, with script-src naming that hash alone: no 'unsafe-inline', no 'unsafe-eval', no host, no 'self'.
  t.is(policy, `${STATIC_POLICY}; script-src 'sha256-${hash}'`);
  const directives = policy.split(';').map((d) => d.trim().split(/\s+/));
  t.deepEqual(
    directives.filter(([name]) => name === 'script-src'),
    [['script-src', `'sha256-${hash}'`]],
  );
  // A script edited after the page was rendered no longer matches.
  t.not(policy, contentSecurityPolicy(`${scripts[0]} `));
});

test("loads nothing: no external resources; links stay on the page or go to the articles' pages", (t) => {
  const report = sampleReport();
  const { html, $ } = render(report);
  t.is($('link, iframe, img, object, embed, base, video, audio, source').length, 0);
  t.is($('[src], [srcset], [poster], [data]').length, 0);
  t.false(/url\(|@import/i.test($('style').text()));
  const pages = new Set<number>();
  $('[href]').each((_, el) => {
    const href = $(el).attr('href')!;
    t.is(el.name, 'a');
    if (href.startsWith('#')) {
      t.is($(`[id="${href.slice(1)}"]`).length, 1, `in-page link ${href} has a target`);
      return;
    }
    const link = articlePageLink(report, href);
    t.truthy(link, `${href} is an in-page link or a link to an article page`);
    if (link) pages.add(link.index);
  });
  t.deepEqual([...pages].sort(), [0, 1, 2], 'every article page is linked');
  // The articles' own addresses are on their pages, not here.
  t.false(/https?:\/\//.test(html), 'no remote address in the page');
});

test('every link into an article page names a place its page has', (t) => {
  const report = withDifferences();
  const { $ } = render(report);
  const targets = new Map<number, CheerioAPI>();
  let anchored = 0;
  $('a[href^="articles/"]').each((_, el) => {
    const href = $(el).attr('href')!;
    const link = articlePageLink(report, href);
    if (!link?.anchor) return;
    anchored++;
    if (!targets.has(link.index)) targets.set(link.index, renderPage(link.index).$);
    t.is(targets.get(link.index)!(`[id="${link.anchor}"]`).length, 1, `${href}: the page has #${link.anchor}`);
  });
  t.true(anchored >= 4, `${anchored} links into the articles (findings and claims)`);
});

test('the heatmap has a row per outlet and a column per frame, policy before generic', (t) => {
  const report = sampleReport();
  const { $ } = render(report);
  const table = $('table.heat');
  t.is(table.find('caption').length, 1);
  t.is(table.parent().attr('class'), 'scroll', 'a wide heatmap scrolls in its own box, not the page');
  t.deepEqual(
    table
      .find('tbody th[scope="row"]')
      .map((_, el) => $(el).text())
      .get(),
    report.comparison.outlets.map((o) => o.name),
  );
  const columns = table
    .find('thead tr')
    .eq(1)
    .find('th[scope="col"]')
    .map((_, el) => $(el).text())
    .get();
  const byFamily = [...report.frames.filter((f) => f.family === 'policy'), ...report.frames.filter((f) => f.family === 'generic')];
  t.deepEqual(
    columns,
    byFamily.map((f) => f.label),
  );
  t.deepEqual(
    table
      .find('th[scope="colgroup"]')
      .map((_, el) => $(el).text())
      .get(),
    ['Policy frames', 'Generic frames'],
  );
});

test('heatmap cells are presence shares, with n and the interval in the title and for screen readers', (t) => {
  const report = sampleReport();
  const first = report.comparison.outlets[0]!;
  first.presence['economic'] = { n: 4, estimate: 0.75, low: 0.25, high: 1, over: 'articles' };
  // The outline marks the outlet's dominant frames as the compare stage set them.
  first.dominant = { policy: ['capacity'], generic: ['conflict'] };
  const { $ } = render(report);
  const cells = $('table.heat tbody tr').first().find('td');
  const byFamily = [...report.frames.filter((f) => f.family === 'policy'), ...report.frames.filter((f) => f.family === 'generic')];
  const economic = cells.eq(byFamily.findIndex((f) => f.id === 'economic'));
  t.is(economic.text(), '75% (95% interval 25% to 100%, over 4 articles)');
  t.is(economic.attr('title'), 'Metro Daily, Economic: present in 3 of 4 articles (75%); 95% interval 25% to 100%, over 4 articles');
  t.is(economic.attr('class'), 'num', 'not among the dominant frames');
  const capacity = cells.eq(byFamily.findIndex((f) => f.id === 'capacity'));
  t.is(capacity.text(), '100% (most present; 95% interval 0% to 100%, over the 7 sentences of its one article)');
  t.is(capacity.attr('title'), 'Metro Daily, Capacity and resources: present in its one article; 95% interval 0% to 100%, over the 7 sentences of its one article');
  t.is(capacity.attr('class'), 'num dominant');
  const conflict = cells.eq(byFamily.findIndex((f) => f.id === 'conflict'));
  t.is(conflict.attr('class'), 'num dominant', 'the generic frame present in most articles');
  first.presence['conflict'] = { n: 4, estimate: 0.55, low: 0.3, high: 0.8, over: 'articles' };
  const generic = render(report)
    .$('table.heat tbody tr')
    .first()
    .find('td')
    .eq(byFamily.findIndex((f) => f.id === 'conflict'));
  t.is(generic.attr('title'), 'Metro Daily, Conflict: present in an estimated 55% of 4 articles; 95% interval 30% to 80%, over 4 articles', 'a generic share is a mean of calibrated chances');
  const absent = cells.eq(byFamily.findIndex((f) => f.id === 'public_opinion'));
  t.true(absent.text().startsWith('0% '));
  t.regex(absent.attr('title')!, /: absent in its one article;/);
});

test('the Articles section lists the articles, linking each to its page, and inlines none of them', (t) => {
  const report = sampleReport();
  const { $ } = render(report);
  t.is($('article.article, .article-text, #article').length, 0, 'no article text on the story page');
  const rows = $('#articles table.articles tbody tr');
  t.is(rows.length, report.articles.length);
  t.deepEqual(
    rows.map((_, el) => $(el).find('a').attr('href')).get(),
    report.articles.map((a) => a.page),
  );
  for (const a of report.articles) t.regex(a.page, /^articles\/[A-Za-z0-9._-]+-[0-9a-f]{12}\.html$/, 'a short, portable name');
  t.deepEqual(
    rows.map((_, el) => $(el).find('td').eq(2).text()).get(),
    report.articles.map((a) => a.title),
  );
  t.true($('header .stats').text().includes('3 articles'));
});

test('frame labels come from the frames of report.json and of the record, not from scores or the code', (t) => {
  const report = sampleReport();
  report.frames.find((f) => f.id === 'economic')!.label = 'Money & markets';
  const story = render(report);
  t.true(story.$('table.heat thead').text().includes('Money & markets'));
  t.true(story.$('#articles table.articles tbody tr').first().text().includes('Money & markets'), 'the list names the top frame by its label');
  const record = sampleRecord(sampleArticles()[0]!);
  record.frames.find((f) => f.id === 'economic')!.label = 'Money & markets';
  for (const s of Object.values(record.article.scores)) for (const f of s.frames) f.label = 'STALE LABEL';
  const { html, $ } = renderPage(record);
  t.false(html.includes('STALE LABEL'));
  t.true(html.includes('title="Money &amp; markets: £12 million"'));
  t.is($('#article table.presence tbody th[scope="row"]').first().text(), 'Money & markets');
});

test('the sentiment chart is labelled, has interval whiskers, and is backed by a table of the same numbers', (t) => {
  const report = sampleReport();
  report.comparison.outlets[1]!.sentimentInterval = { n: 5, estimate: -0.03, low: -0.05, high: -0.01, over: 'articles' };
  const { $ } = render(report);
  const svg = $('#sentiment svg');
  t.is(svg.attr('role'), 'img');
  const label = svg.attr('aria-label')!;
  for (const o of report.comparison.outlets) t.true(label.includes(o.name));
  t.true(label.includes('unknown (notes/c-blog.txt): −0.030 (95% interval −0.050 to −0.010, over 5 articles)'));
  t.is(svg.find('rect.bar.neg').length, 3);
  // A whisker is three lines; dashed where the interval is over one article's sentences.
  t.is(svg.find('line.ci').length, 9);
  t.is(svg.find('line.ci.sentences').length, 6);
  t.true(svg.text().includes('−0.030 [−0.050, −0.010]'));
  const rows = $('#sentiment table tbody tr');
  t.is(rows.length, report.comparison.outlets.length);
  t.deepEqual(
    rows
      .first()
      .find('td')
      .map((_, el) => $(el).text())
      .get(),
    ['1', '−0.012', '−0.052 to +0.028', 'over the 7 sentences of its one article', '0.000', '−0.012', '−0.012'],
  );
  t.deepEqual(
    rows
      .eq(1)
      .find('td')
      .map((_, el) => $(el).text())
      .get()
      .slice(1, 4),
    ['−0.030', '−0.050 to −0.010', 'over 5 articles'],
  );
});

test('pairwise: the extremes and a symmetric distance matrix', (t) => {
  const { $ } = render();
  const text = $('#pairwise ul').text();
  t.true(text.includes('Most alike: Metro Daily and Harbor Tribune (distance 0.553)'));
  t.true(text.includes('Most different: Metro Daily and unknown (notes/c-blog.txt) (distance 0.617)'));
  const cell = (r: number, c: number) => $('#pairwise tbody tr').eq(r).find('td').eq(c).text();
  t.is(cell(0, 0), '—');
  t.is(cell(0, 2), cell(2, 0));
  t.is(cell(0, 2), '0.553');
});

test('distinctive words are listed per outlet', (t) => {
  const { $ } = render();
  t.deepEqual(
    $('#words h3')
      .map((_, el) => $(el).text())
      .get(),
    ['Metro Daily', 'unknown (notes/c-blog.txt)', 'Harbor Tribune'],
  );
  t.deepEqual(
    $('#words tbody tr')
      .first()
      .children()
      .map((_, el) => $(el).text())
      .get(),
    ['council', '3', '2', '1.21'],
  );
});

test('highlights cover exactly the spans, with every label on overlapping text', (t) => {
  sampleArticles().forEach((_, i) => {
    const { $, record } = renderPage(i);
    const { article } = record;
    const section = $('#article');
    const blocks = section.find('.article-text').children().get();
    t.is(blocks.length, article.blocks.length);
    blocks.forEach((el, k) => t.is($(el).text(), article.text.slice(article.blocks[k]!.start, article.blocks[k]!.end)));
    const ranges = article.blocks.map((b): [number, number] => [b.start, b.end]);
    const body = labelsPerChar($, blocks, ranges, article.text.length);
    const headline = section.find('h3.headline').get();
    const head = labelsPerChar($, headline, [[0, article.title!.length]], article.title!.length);
    for (const [part, got, text] of [
      ['body', body, article.text],
      ['headline', head, article.title!],
    ] as const) {
      const want = expectedLabels(record, part, text.length);
      got.forEach((labels, at) => {
        const expected = want[at]!;
        t.is(labels.length, expected.length, `${article.file} ${part} @${at} "${text[at]}"`);
        for (const w of expected)
          t.true(
            labels.some((l) => l.startsWith(w)),
            `${article.file} ${part} @${at}: ${w}`,
          );
      });
    }
  });
});

test('a span that overlaps nothing is wrapped by exactly one mark with its text', (t) => {
  const { $, record } = renderPage(0);
  const { article } = record;
  const hit = article.scores.body.sentiment.hits.find((h) => h.cue === 'unfair')!;
  const mark = $('#article .article-text mark').filter((_, el) => $(el).text() === article.text.slice(hit.span.start, hit.span.end));
  t.is(mark.length, 1);
  t.is(mark.attr('class'), 'neg');
  t.is(mark.attr('title'), 'unfair, −2 → −2');
  const frame = $('#article .article-text mark[data-frame="economic"]').filter((_, el) => $(el).text() === '£12 million');
  t.is(frame.attr('class'), 'frame');
  t.is(frame.attr('title'), 'Economic: £12 million');
});

test('overlapping spans are cut into pieces that carry every label', (t) => {
  const { $ } = renderPage(0);
  // "traffic chaos" cues Quality of life; "chaos" inside it is a negative sentiment cue.
  const pieces = $('#article .article-text mark').filter((_, el) => ($(el).attr('title') ?? '').includes('Quality of life: traffic chaos'));
  t.deepEqual(pieces.map((_, el) => $(el).text()).get(), ['traffic ', 'chaos']);
  t.is(pieces.eq(0).attr('class'), 'frame');
  t.is(pieces.eq(1).attr('class'), 'neg frame multi');
  t.is(pieces.eq(1).attr('title'), 'chaos, −2 → −2\nQuality of life: traffic chaos');
  t.is(pieces.eq(1).attr('data-frame'), 'quality_of_life');
  // A modifier shows in the tooltip.
  t.is(renderPage(1).$('#article .article-text mark.pos').attr('title'), "alone, −2 → +2, negated by 'not'");
});

test('sentences are anchors, and frame evidence links to them', (t) => {
  const { $, record } = renderPage(1);
  const human = $('#article table.presence tr').filter((_, el) => $(el).find('th[scope="row"]').text() === 'Human interest');
  t.is(human.find('summary').text(), '2 features, 3 cues in 3 sentences');
  const links = human
    .find('li a')
    .map((_, el) => $(el).attr('href'))
    .get();
  t.deepEqual(links, ['#article-body-s1', '#article-body-s2', '#article-body-s3']);
  t.is($('#article-body-s3').text(), record.article.sentences.body[3]!.text);
});

test('per article: each frame present or not, its strength, and its evidence one click away', (t) => {
  const { $, record } = renderPage(0);
  const frameIndex = record.frames.findIndex((f) => f.id === 'economic');
  const row = $(`#article-f${frameIndex + 1}`);
  t.is(row.attr('class'), 'present');
  t.deepEqual(
    row
      .children('td')
      .slice(0, 2)
      .map((_, el) => $(el).text())
      .get(),
    ['present', '0.99'],
  );
  t.is(row.find('details p').first().text(), 'Deciding features: Economic cue count +1.79, word “congestion” +0.3');
  const absent = $(`#article-f${record.frames.findIndex((f) => f.id === 'public_opinion') + 1}`);
  t.deepEqual(
    absent
      .children('td')
      .map((_, el) => $(el).text())
      .get(),
    ['absent', '0.00', 'none'],
  );
  t.deepEqual(
    $('#article table.presence th[scope="rowgroup"]')
      .map((_, el) => $(el).text())
      .get(),
    ['Policy frames', 'Generic frames'],
  );
  // The parts table names each part's top frame.
  t.deepEqual(
    $('#article table')
      .first()
      .find('tbody tr')
      .last()
      .find('td')
      .slice(-2)
      .map((_, el) => $(el).text())
      .get(),
    ['Economic', 'Conflict'],
  );
});

test('findings come first: each finding, the short summary and how the test was run', (t) => {
  const report = sampleReport();
  const { $ } = render(report);
  t.is($('main, body').find('section').first().attr('id'), 'findings');
  t.is($('nav.toc a').first().attr('href'), '#findings');
  const items = $('#findings ol.findings li');
  t.deepEqual(items.map((_, el) => $(el).find('p').first().text()).get(), report.comparison.findings);
  t.is(items.first().attr('id'), 'finding-1');
  t.regex(items.first().text(), /^The articles show no clear difference between outlets\./);
  t.is($('#findings p.summary').text(), report.comparison.summary);
  t.regex($('#findings details').text(), /0 comparisons made, 30 comparisons left untested/);
  t.is($('a.badge').length, 0, 'nothing is marked when nothing passed the test');
});

/** The sample with two differences that passed: a frame and sentiment. */
function withDifferences(): StoryReport {
  const report = sampleReport();
  const [metro, blog] = report.comparison.outlets;
  report.comparison.differences = [
    { measure: 'frame:political', label: 'Political', higher: metro!.name, lower: blog!.name, effect: 1, low: 1, high: 1, p: 0.0001, pAdjusted: 0.003, n: { higher: 1, lower: 1 } },
    { measure: 'sentiment', label: 'Sentiment', higher: metro!.name, lower: blog!.name, effect: 0.09, low: 0.04, high: 0.15, p: 0.001, pAdjusted: 0.03, n: { higher: 1, lower: 1 } },
  ];
  report.comparison.test = { ...report.comparison.test, comparisons: 30, untested: 0 };
  report.comparison.findings = ['Finding about Political.', 'Finding about sentiment.'];
  return report;
}

test("each finding links to its evidence: the section and both outlets' article pages (a frame: its presence in each)", (t) => {
  const report = withDifferences();
  const { $ } = render(report);
  const political = report.frames.findIndex((f) => f.id === 'political') + 1;
  const evidence = (i: number) =>
    $(`#finding-${i} .evidence a`)
      .map((_, el) => [[$(el).attr('href'), $(el).text()]])
      .get();
  const [metro, blog] = report.articles.map((a) => a.page);
  t.deepEqual(evidence(1), [
    ['#frames', 'frames by outlet'],
    [`${metro}#article-f${political}`, 'article 1'],
    [`${blog}#article-f${political}`, 'article 2'],
  ]);
  t.deepEqual(evidence(2), [
    ['#sentiment', 'sentiment by outlet'],
    [metro, 'article 1'],
    [blog, 'article 2'],
  ]);
  t.is($('#finding-1 .evidence').text(), 'Evidence: frames by outlet · Metro Daily: article 1 · unknown (notes/c-blog.txt): article 2');
});

test('an outlet of many articles links its first ten and points to the list for the rest', (t) => {
  const report = withDifferences();
  const metro = report.comparison.outlets[0]!;
  const first = report.articles[0]!;
  const copies = Array.from({ length: 12 }, (_, i) => sampleEntry({ ...sampleArticles()[0]!, id: `metro-${i + 1}.html`, file: `metro-${i + 1}.html` }));
  report.articles = [first, ...copies, ...report.articles.slice(1)];
  metro.articles = [first.id, ...copies.map((c) => c.id)];
  const { $ } = render(report);
  const evidence = $('#finding-2 .evidence');
  const links = evidence
    .find('a')
    .map((_, el) => $(el).text())
    .get();
  t.deepEqual(
    links.slice(1, 11),
    Array.from({ length: 10 }, (_, i) => `article ${i + 1}`),
  );
  t.is(links[11], 'Articles', 'the rest are in the list');
  t.is(evidence.find('a').eq(11).attr('href'), '#articles');
  t.regex(evidence.text(), /Metro Daily: article 1, .*article 10 and 3 more articles \(see Articles\)/);
});

test('figures in a clear difference are marked, and the marks link to the finding', (t) => {
  const report = withDifferences();
  const { $ } = render(report);
  const columns = [...report.frames.filter((f) => f.family === 'policy'), ...report.frames.filter((f) => f.family === 'generic')];
  const political = columns.findIndex((f) => f.id === 'political');
  const heat = $('table.heat tbody tr');
  for (const row of [0, 1]) {
    const badge = heat.eq(row).find('td').eq(political).find('a.badge.compact');
    t.is(badge.attr('href'), '#finding-1');
    t.is(badge.text(), '◆ clear difference');
  }
  t.is(heat.eq(2).find('a.badge').length, 0);
  t.is($('table.heat a.badge').length, 2);
  const sentiment = $('#sentiment tbody th a.badge');
  t.deepEqual(sentiment.map((_, el) => $(el).attr('href')).get(), ['#finding-2', '#finding-2']);
  t.is(sentiment.first().attr('title'), 'Clear difference in Sentiment: Metro Daily higher than unknown (notes/c-blog.txt) (difference 0.090, p = 0.030 after correction)');
  t.is($('#actors a.badge, #voices a.badge').length, 0);
});

test('per-article provenance: repost, unknown outlet, metadata, chrome and comments', (t) => {
  const [metro, blog, harbor] = [0, 1, 2].map((i) => renderPage(i).$) as [CheerioAPI, CheerioAPI, CheerioAPI];
  t.is(metro('#article .outlet').text(), 'Metro Daily');
  t.is(blog('#article .outlet').text(), 'unknown (notes/c-blog.txt)unknown outlet');
  t.is(harbor('#article .outlet .flag').text(), 'reposted on CityForum');
  t.true(harbor('#article header .note').text().includes('“Posted to CityForum by t_walsh”'));
  t.true(harbor('#article header .note').text().includes('“Originally published by the Harbor Tribune”'));
  t.is(blog('#article dl.meta dd').eq(1).text(), 'none');
  t.is(metro('#article dl.meta a').attr('href'), 'https://metrodaily.example/news/2024/03/12/congestion-charge');
  const summaries = blog('#article details > summary')
    .map((_, el) => blog(el).text())
    .get();
  t.true(summaries.includes('Removed chrome (2)'));
  t.true(summaries.includes('Comments (1)'));
  t.true(blog('#article details').text().includes('share-buttons'));
  t.deepEqual(
    metro('#article table')
      .first()
      .find('tbody th')
      .map((_, el) => metro(el).text())
      .get(),
    ['Headline', 'Body', 'Whole'],
  );
});

test('diagnostics are tabled when present and left out when not', (t) => {
  const report = sampleReport();
  const { $ } = render(report);
  t.is($('#diagnostics tbody tr').length, 3);
  // Errors first, then the warnings in their order.
  t.deepEqual(
    $('#diagnostics tbody tr')
      .map((_, el) => $(el).find('td').eq(1).text())
      .get(),
    ['scan.pdf', 'notes/c-blog.txt', 'forum-repost.md'],
  );
  t.deepEqual(
    $('#diagnostics tbody tr')
      .first()
      .find('td')
      .map((_, el) => $(el).text())
      .get(),
    ['error', 'scan.pdf', 'load', 'not a text file: looks like a PDF document'],
  );
  t.true($('header .stats').text().includes('3 diagnostics (1 error)'));
  report.diagnostics = [];
  const clean = render(report).$;
  t.is(clean('#diagnostics').length, 0);
  t.true(clean('header .stats').text().includes('no diagnostics'));
});

test('the same report renders to the same bytes; generatedAt only when given', (t) => {
  const first = renderStoryPage(sampleReport());
  t.is(renderStoryPage(sampleReport()), first);
  t.is(renderStoryPage(JSON.parse(JSON.stringify(sampleReport())) as StoryReport), first);
  t.false(first.includes('generated '));
  const page = renderPage(1).html;
  t.is(renderPage(1).html, page);
  t.is(renderArticlePage(JSON.parse(JSON.stringify(sampleRecord(sampleArticles()[1]!))) as ArticleRecord), page);
  const report = sampleReport();
  report.story.generatedAt = '2024-03-14T09:00:00Z';
  t.true(renderStoryPage(report).includes('generated 2024-03-14T09:00:00Z'));
});

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</textarea>', '"><svg onload=alert(1)>', "'><b onmouseover=alert(1)>"];

const EVIL = PAYLOADS.join(' ');

/** The sample with hostile text wherever a report or an article record carries text, the first article's id (a file name) included. */
function poisoned(): { report: StoryReport; records: ArticleRecord[] } {
  const report = sampleReport();
  const evil = EVIL;
  const articles = sampleArticles();
  const article = articles[0]!;
  const oldId = article.id;
  // Appending a block keeps every existing offset valid; the new span marks the payload itself.
  const start = article.text.length + 2;
  article.text += `\n\n${evil}`;
  article.blocks.push({ kind: 'paragraph', start, end: start + evil.length });
  const sentence = article.sentences.body.length;
  article.sentences.body.push({ index: sentence, paragraph: article.blocks.length - 1, start, end: start + evil.length, text: evil });
  article.scores.body.sentiment.hits.push({ cue: evil, base: -1, weight: -1, modifiers: [evil], rules: ['negation'], span: { part: 'body', sentence, start, end: start + 8 }, quoted: false });
  article.id = evil;
  article.file = evil;
  article.title = evil;
  article.scores.headline.sentiment.hits = [];
  article.scores.headline.frames = [];
  article.url = 'javascript:alert(1)';
  article.author = evil;
  article.published = evil;
  article.outlet = { name: evil, known: true, source: 'text', evidence: evil, repost: { on: evil, evidence: evil } };
  article.removed.push({ line: 1, text: evil, rule: evil });
  article.comments.push({ author: evil, text: evil, line: 2 });
  articles[1]!.url = ' JaVaScRiPt:alert(1)';
  articles[2]!.url = 'data:text/html,<script>alert(1)</script>';
  report.articles = articles.map(sampleEntry);
  report.story.title = `</title>${evil}`;
  report.story.id = evil;
  report.frames[0]!.label = evil;
  report.frames[0]!.description = evil;
  report.comparison.summary = evil;
  report.comparison.findings = [evil];
  report.comparison.differences = [
    { measure: 'sentiment', label: evil, higher: evil, lower: report.comparison.outlets[1]!.name, effect: 1, low: 0, high: 2, p: 0, pAdjusted: 0, n: { higher: 1, lower: 1 } },
  ];
  report.comparison.test.method = evil;
  report.comparison.outlets[0]!.name = evil;
  report.comparison.outlets[0]!.articles = [evil];
  for (const claim of report.comparison.claims.claims) for (const m of claim.members) if (m.article === oldId) m.article = evil;
  report.comparison.outlets[0]!.distinctive[0]!.word = evil;
  report.comparison.pairs[0]!.a = evil;
  report.comparison.mostDifferent!.a = evil;
  report.diagnostics[0]!.message = evil;
  report.diagnostics[0]!.file = evil;
  const records = articles.map((a) => ({ ...sampleRecord(a), frames: report.frames, story: { id: evil, title: report.story.title } }));
  return { report, records };
}

/** No markup from the text: no element an article could have brought, no handler, no script: or data: link; the payloads escaped. */
function assertInert(t: ExecutionContext, $: CheerioAPI, html: string): void {
  t.is($('img, textarea, b, iframe').length, 0);
  $('*').each((_, el) => {
    if (!('attribs' in el)) return;
    for (const name of Object.keys(el.attribs)) t.false(name.startsWith('on'), `${el.name}[${name}]`);
  });
  t.false(/<img|<svg onload|<\/textarea>|<b /i.test(html));
  t.false(/href="\s*(javascript|data):/i.test(html));
  t.true(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  t.true(html.includes('&quot;&gt;&lt;svg onload=alert(1)&gt;'));
  t.true(html.includes('&#39;&gt;&lt;b onmouseover=alert(1)&gt;'));
}

test('hostile text from articles stays text on the story page', (t) => {
  const { report } = poisoned();
  const { html, $ } = render(report);
  assertInert(t, $, html);
  t.deepEqual(inlineScripts($), [ARTICLE_LIST_SCRIPT], "the one script is the list's own");
  t.is(html.match(/<script/gi)?.length, 1);
  t.is($('svg').length, 1, 'only the chart');
  // Shown as the words they are.
  t.is($('#finding-1 > p').first().text(), EVIL);
  t.is($('#sentiment tbody a.badge').first().attr('title'), `Clear difference in ${EVIL}: ${EVIL} higher than unknown (notes/c-blog.txt) (difference 1.000, p = 0.000 after correction)`);
  t.is($('head > title').text(), `</title>${EVIL} · framelens`);
  const row = $('#articles tbody tr').first().find('td');
  t.is(row.eq(1).text(), EVIL, 'outlet');
  t.is(row.eq(2).text(), EVIL, 'title');
  t.is(row.eq(3).text(), EVIL, 'published');
  // A file name made of markup becomes a page name and a link that stay inside articles/.
  const href = row.eq(2).find('a').attr('href')!;
  t.regex(href, /^articles\/[A-Za-z0-9._-]+\.html$/);
  t.is(href, report.articles[0]!.page);
  for (const el of $('a[href^="articles/"]').get()) t.truthy(articlePageLink(report, $(el).attr('href')!), $(el).attr('href'));
});

test('hostile text from articles stays text on the article pages', (t) => {
  const { records } = poisoned();
  const [first, blog, harbor] = records.map(renderPage) as [ReturnType<typeof renderPage>, ReturnType<typeof renderPage>, ReturnType<typeof renderPage>];
  for (const { $, html } of [first, blog, harbor]) {
    assertInert(t, $, html);
    t.is($('script, svg').length, 0, 'an article page has no script and no chart');
  }
  const { $ } = first;
  t.is($('#article dl.meta dd').eq(1).text(), 'javascript:alert(1)');
  t.is($('#article dl.meta dd a').length, 0);
  t.is(blog.$('#article dl.meta a').length + harbor.$('#article dl.meta a').length, 0);
  t.is($('#article .article-text p').last().text(), EVIL);
  t.is($('#article h3.headline').text(), EVIL);
  t.is($('#article .article-text p').last().find('mark').attr('title'), `${EVIL}, −1 → −1, ${EVIL}`);
  t.is($('head > title').text(), `${EVIL} · </title>${EVIL} · framelens`);
  t.is($('header a[href="../index.html"]').text(), `</title>${EVIL}`);
});

test('the story table lists stories with safe links', (t) => {
  const html = renderStoryTable([
    { id: 'riverside', title: 'Riverside & the charge', articles: 3, outlets: 3, errors: 1, href: 'riverside/index.html' },
    { id: 'evil', title: '<script>alert(1)</script>', articles: 1, outlets: 1, errors: 0, href: 'javascript:alert(1)' },
    { id: 'away', title: 'Elsewhere', articles: 2, outlets: 2, errors: 0, href: '//evil.example/x' },
  ]);
  const $ = load(html);
  t.deepEqual(
    $('a')
      .map((_, el) => $(el).attr('href'))
      .get(),
    ['riverside/index.html'],
  );
  t.is($('a').text(), 'Riverside & the charge');
  const rows = $('tbody tr');
  t.is(rows.length, 3);
  t.deepEqual(
    rows
      .first()
      .find('td')
      .map((_, el) => $(el).text())
      .get(),
    ['3', '3', '1'],
  );
  t.true(rows.eq(1).find('th').text().startsWith('<script>alert(1)</script>'));
  t.is(renderStoryTable([]).includes('No stories'), true);
});
