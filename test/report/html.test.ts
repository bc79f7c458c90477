import test from 'ava';
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { CONTENT_SECURITY_POLICY } from '../../src/report/html/document.ts';
import { renderIndexPage } from '../../src/report/html/index-page.ts';
import { renderStoryPage } from '../../src/report/html/story-page.ts';
import type { ArticleReport, Part, StoryReport } from '../../src/types.ts';
import { sampleReport } from '../helpers/sample-report.ts';

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

/** What the tooltips should say, per character, from the report's own spans. */
function expectedLabels(report: StoryReport, article: ArticleReport, part: Part, length: number): string[][] {
  const labels: string[][] = Array.from({ length }, () => []);
  const frameLabel = (id: string) => report.frames.find((f) => f.id === id)!.label;
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

test('is a complete HTML document with the CSP meta first in the head', (t) => {
  const { html, $ } = render();
  t.true(html.startsWith('<!doctype html>\n<html lang="en">'));
  t.true(html.trimEnd().endsWith('</html>'));
  t.is(CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
  t.is($('head meta[http-equiv="Content-Security-Policy"]').attr('content'), CONTENT_SECURITY_POLICY);
  t.is($('head meta').eq(1).attr('http-equiv'), 'Content-Security-Policy');
  t.is($('title').text(), 'Riverside approves a congestion charge · framelens');
  t.is($('h1').text(), 'Riverside approves a congestion charge');
  t.is($('style').length, 1);
});

test('loads nothing: no scripts, no external resources, links out only from article URLs', (t) => {
  const { html, $ } = render();
  t.is($('script, link, iframe, img, object, embed, base, video, audio, source').length, 0);
  t.is($('[src], [srcset], [poster], [data]').length, 0);
  t.false(/url\(|@import/i.test($('style').text()));
  const outside = new Set<string>();
  $('[href]').each((_, el) => {
    const href = $(el).attr('href')!;
    if (href.startsWith('#')) {
      t.is($(`[id="${href.slice(1)}"]`).length, 1, `in-page link ${href} has a target`);
      return;
    }
    t.is(el.name, 'a');
    t.regex(href, /^https?:\/\//);
    t.is($(el).attr('rel'), 'noopener noreferrer');
    outside.add(href);
  });
  t.deepEqual([...outside].sort(), sampleReport().articles.flatMap((a) => (a.url ? [a.url] : [])).sort());
  // Any remote address in the markup is one of those links (as href or as link text).
  for (const m of html.matchAll(/https?:\/\/[^\s"<]+/g)) t.true(outside.has(m[0]), m[0]);
});

test('the heatmap has a row per outlet and a column per frame, policy before generic', (t) => {
  const report = sampleReport();
  const { $ } = render(report);
  const table = $('table.heat');
  t.is(table.find('caption').length, 1);
  t.is(table.parent().attr('class'), 'scroll', 'a wide heatmap scrolls in its own box, not the page');
  t.deepEqual(
    table.find('tbody th[scope="row"]').map((_, el) => $(el).text()).get(),
    report.comparison.outlets.map((o) => o.name),
  );
  const columns = table.find('thead tr').eq(1).find('th[scope="col"]').map((_, el) => $(el).text()).get();
  const byFamily = [...report.frames.filter((f) => f.family === 'policy'), ...report.frames.filter((f) => f.family === 'generic')];
  t.deepEqual(columns, byFamily.map((f) => f.label));
  t.deepEqual(
    table.find('th[scope="colgroup"]').map((_, el) => $(el).text()).get(),
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
  const absent = cells.eq(byFamily.findIndex((f) => f.id === 'public_opinion'));
  t.true(absent.text().startsWith('0% '));
  t.regex(absent.attr('title')!, /: absent in its one article;/);
});

test('frame labels come from report.frames, not from scores or the code', (t) => {
  const report = sampleReport();
  report.frames.find((f) => f.id === 'economic')!.label = 'Money & markets';
  for (const a of report.articles) for (const s of Object.values(a.scores)) for (const f of s.frames) f.label = 'STALE LABEL';
  const { html, $ } = render(report);
  t.false(html.includes('STALE LABEL'));
  t.true($('table.heat thead').text().includes('Money & markets'));
  t.true(html.includes('title="Money &amp; markets: £12 million"'));
  t.is($('#a1 table.presence tbody th[scope="row"]').first().text(), 'Money & markets');
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
  t.deepEqual(rows.first().find('td').map((_, el) => $(el).text()).get(), ['1', '−0.012', '−0.052 to +0.028', 'over the 7 sentences of its one article', '0.000', '−0.012', '−0.012']);
  t.deepEqual(rows.eq(1).find('td').map((_, el) => $(el).text()).get().slice(1, 4), ['−0.030', '−0.050 to −0.010', 'over 5 articles']);
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
  t.deepEqual($('#words h3').map((_, el) => $(el).text()).get(), ['Metro Daily', 'unknown (notes/c-blog.txt)', 'Harbor Tribune']);
  t.deepEqual($('#words tbody tr').first().children().map((_, el) => $(el).text()).get(), ['council', '3', '2', '1.21']);
});

test('highlights cover exactly the spans, with every label on overlapping text', (t) => {
  const report = sampleReport();
  const { $ } = render(report);
  report.articles.forEach((article, i) => {
    const section = $(`#a${i + 1}`);
    const blocks = section.find('.article-text').children().get();
    t.is(blocks.length, article.blocks.length);
    blocks.forEach((el, k) => t.is($(el).text(), article.text.slice(article.blocks[k]!.start, article.blocks[k]!.end)));
    const ranges = article.blocks.map((b): [number, number] => [b.start, b.end]);
    const body = labelsPerChar($, blocks, ranges, article.text.length);
    const headline = section.find('h3.headline').get();
    const head = labelsPerChar($, headline, [[0, article.title!.length]], article.title!.length);
    for (const [part, got, text] of [['body', body, article.text], ['headline', head, article.title!]] as const) {
      const want = expectedLabels(report, article, part, text.length);
      got.forEach((labels, at) => {
        const expected = want[at]!;
        t.is(labels.length, expected.length, `${article.file} ${part} @${at} "${text[at]}"`);
        for (const w of expected) t.true(labels.some((l) => l.startsWith(w)), `${article.file} ${part} @${at}: ${w}`);
      });
    }
  });
});

test('a span that overlaps nothing is wrapped by exactly one mark with its text', (t) => {
  const report = sampleReport();
  const { $ } = render(report);
  const article = report.articles[0]!;
  const hit = article.scores.body.sentiment.hits.find((h) => h.cue === 'unfair')!;
  const mark = $('#a1 .article-text mark').filter((_, el) => $(el).text() === article.text.slice(hit.span.start, hit.span.end));
  t.is(mark.length, 1);
  t.is(mark.attr('class'), 'neg');
  t.is(mark.attr('title'), 'unfair, −2 → −2');
  const frame = $('#a1 .article-text mark[data-frame="economic"]').filter((_, el) => $(el).text() === '£12 million');
  t.is(frame.attr('class'), 'frame');
  t.is(frame.attr('title'), 'Economic: £12 million');
});

test('overlapping spans are cut into pieces that carry every label', (t) => {
  const { $ } = render();
  // "traffic chaos" cues Quality of life; "chaos" inside it is a negative sentiment cue.
  const pieces = $('#a1 .article-text mark').filter((_, el) => ($(el).attr('title') ?? '').includes('Quality of life: traffic chaos'));
  t.deepEqual(pieces.map((_, el) => $(el).text()).get(), ['traffic ', 'chaos']);
  t.is(pieces.eq(0).attr('class'), 'frame');
  t.is(pieces.eq(1).attr('class'), 'neg frame multi');
  t.is(pieces.eq(1).attr('title'), 'chaos, −2 → −2\nQuality of life: traffic chaos');
  t.is(pieces.eq(1).attr('data-frame'), 'quality_of_life');
  // A modifier shows in the tooltip.
  t.is($('#a2 .article-text mark.pos').attr('title'), "alone, −2 → +2, negated by 'not'");
});

test('sentences are anchors, and frame evidence links to them', (t) => {
  const report = sampleReport();
  const { $ } = render(report);
  const a2 = report.articles[1]!;
  const human = $('#a2 table.presence tr').filter((_, el) => $(el).find('th[scope="row"]').text() === 'Human interest');
  t.is(human.find('summary').text(), '2 features, 3 cues in 3 sentences');
  const links = human.find('li a').map((_, el) => $(el).attr('href')).get();
  t.deepEqual(links, ['#a2-body-s1', '#a2-body-s2', '#a2-body-s3']);
  t.is($('#a2-body-s3').text(), a2.sentences.body[3]!.text);
});

test('per article: each frame present or not, its strength, and its evidence one click away', (t) => {
  const report = sampleReport();
  const { $ } = render(report);
  const frameIndex = report.frames.findIndex((f) => f.id === 'economic');
  const row = $(`#a1-f${frameIndex + 1}`);
  t.is(row.attr('class'), 'present');
  t.deepEqual(row.children('td').slice(0, 2).map((_, el) => $(el).text()).get(), ['present', '0.99']);
  t.is(row.find('details p').first().text(), 'Deciding features: Economic cue count +1.79, word “congestion” +0.3');
  const absent = $(`#a1-f${report.frames.findIndex((f) => f.id === 'public_opinion') + 1}`);
  t.deepEqual(absent.children('td').map((_, el) => $(el).text()).get(), ['absent', '0.00', 'none']);
  t.deepEqual($('#a1 table.presence th[scope="rowgroup"]').map((_, el) => $(el).text()).get(), ['Policy frames', 'Generic frames']);
  // The parts table names each part's top frame.
  t.deepEqual($('#a1 table').first().find('tbody tr').last().find('td').slice(-2).map((_, el) => $(el).text()).get(), ['Economic', 'Conflict']);
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

test('each finding links to its evidence: the section and both outlets\' articles (a frame: its presence in each)', (t) => {
  const report = withDifferences();
  const { $ } = render(report);
  const political = report.frames.findIndex((f) => f.id === 'political') + 1;
  const evidence = (i: number) => $(`#finding-${i} .evidence a`).map((_, el) => [[$(el).attr('href'), $(el).text()]]).get();
  t.deepEqual(evidence(1), [['#frames', 'frames by outlet'], [`#a1-f${political}`, 'article 1'], [`#a2-f${political}`, 'article 2']]);
  t.deepEqual(evidence(2), [['#sentiment', 'sentiment by outlet'], ['#a1', 'article 1'], ['#a2', 'article 2']]);
  t.is($('#finding-1 .evidence').text(), 'Evidence: frames by outlet · Metro Daily: article 1 · unknown (notes/c-blog.txt): article 2');
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
  const { $ } = render();
  t.is($('#a1 .outlet').text(), 'Metro Daily');
  t.is($('#a2 .outlet').text(), 'unknown (notes/c-blog.txt)unknown outlet');
  t.is($('#a3 .outlet .flag').text(), 'reposted on CityForum');
  t.true($('#a3 header .note').text().includes('“Posted to CityForum by t_walsh”'));
  t.true($('#a3 header .note').text().includes('“Originally published by the Harbor Tribune”'));
  t.is($('#a2 dl.meta dd').eq(1).text(), 'none');
  t.is($('#a1 dl.meta a').attr('href'), 'https://metrodaily.example/news/2024/03/12/congestion-charge');
  const summaries = $('#a2 details > summary').map((_, el) => $(el).text()).get();
  t.true(summaries.includes('Removed chrome (2)'));
  t.true(summaries.includes('Comments (1)'));
  t.true($('#a2 details').text().includes('share-buttons'));
  t.deepEqual($('#a1 table').first().find('tbody th').map((_, el) => $(el).text()).get(), ['Headline', 'Body', 'Whole']);
});

test('diagnostics are tabled when present and left out when not', (t) => {
  const report = sampleReport();
  const { $ } = render(report);
  t.is($('#diagnostics tbody tr').length, 3);
  t.deepEqual($('#diagnostics tbody tr').last().find('td').map((_, el) => $(el).text()).get(), [
    'error',
    'scan.pdf',
    'load',
    'Unsupported file type ".pdf"; skipped.',
  ]);
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
  const report = sampleReport();
  report.story.generatedAt = '2024-03-14T09:00:00Z';
  t.true(renderStoryPage(report).includes('generated 2024-03-14T09:00:00Z'));
});

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</textarea>', '"><svg onload=alert(1)>', "'><b onmouseover=alert(1)>"];

function poisoned(): StoryReport {
  const report = sampleReport();
  const evil = PAYLOADS.join(' ');
  const article = report.articles[0]!;
  // Appending a block keeps every existing offset valid; the new span marks the payload itself.
  const start = article.text.length + 2;
  article.text += `\n\n${evil}`;
  article.blocks.push({ kind: 'paragraph', start, end: start + evil.length });
  const sentence = article.sentences.body.length;
  article.sentences.body.push({ index: sentence, paragraph: article.blocks.length - 1, start, end: start + evil.length, text: evil });
  article.scores.body.sentiment.hits.push({ cue: evil, base: -1, weight: -1, modifiers: [evil], span: { part: 'body', sentence, start, end: start + 8 }, quoted: false });
  article.title = evil;
  article.scores.headline.sentiment.hits = [];
  article.scores.headline.frames = [];
  article.url = 'javascript:alert(1)';
  article.author = evil;
  article.published = evil;
  article.outlet = { name: evil, known: true, source: 'text', evidence: evil, repost: { on: evil, evidence: evil } };
  article.removed.push({ line: 1, text: evil, rule: evil });
  article.comments.push({ author: evil, text: evil, line: 2 });
  report.articles[1]!.url = ' JaVaScRiPt:alert(1)';
  report.articles[2]!.url = 'data:text/html,<script>alert(1)</script>';
  report.story.title = `</title>${evil}`;
  report.story.id = evil;
  report.frames[0]!.label = evil;
  report.frames[0]!.description = evil;
  report.comparison.summary = evil;
  report.comparison.findings = [evil];
  report.comparison.differences = [{ measure: 'sentiment', label: evil, higher: evil, lower: report.comparison.outlets[1]!.name, effect: 1, low: 0, high: 2, p: 0, pAdjusted: 0, n: { higher: 1, lower: 1 } }];
  report.comparison.test.method = evil;
  report.comparison.outlets[0]!.name = evil;
  report.comparison.outlets[0]!.distinctive[0]!.word = evil;
  report.comparison.pairs[0]!.a = evil;
  report.comparison.mostDifferent!.a = evil;
  report.diagnostics[0]!.message = evil;
  report.diagnostics[0]!.file = evil;
  return report;
}

test('hostile text from articles stays text', (t) => {
  const { html, $ } = render(poisoned());
  t.is($('script, img, textarea, b, iframe').length, 0);
  t.is($('svg').length, 1, 'only the chart');
  $('*').each((_, el) => {
    if (!('attribs' in el)) return;
    for (const name of Object.keys(el.attribs)) t.false(name.startsWith('on'), `${el.name}[${name}]`);
  });
  t.false(/<script|<img|<svg onload|<\/textarea>|<b /i.test(html));
  t.false(/href="\s*(javascript|data):/i.test(html));
  t.is($('#a1 dl.meta dd').eq(1).text(), 'javascript:alert(1)');
  t.is($('#a1 dl.meta dd a').length, 0);
  t.is($('#a2 dl.meta a').length + $('#a3 dl.meta a').length, 0);
  // Shown as the words they are.
  const evil = PAYLOADS.join(' ');
  t.is($('#a1 .article-text p').last().text(), evil);
  t.is($('#a1 h3.headline').text(), evil);
  t.is($('#finding-1 > p').first().text(), evil);
  t.is($('#sentiment tbody a.badge').first().attr('title'), `Clear difference in ${evil}: ${evil} higher than unknown (notes/c-blog.txt) (difference 1.000, p = 0.000 after correction)`);
  t.is($('title').text(), `</title>${evil} · framelens`);
  t.is($('#a1 .article-text p').last().find('mark').attr('title'), `${evil}, −1 → −1, ${evil}`);
  t.true(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  t.true(html.includes('&quot;&gt;&lt;svg onload=alert(1)&gt;'));
  t.true(html.includes('&#39;&gt;&lt;b onmouseover=alert(1)&gt;'));
});

test('the index page lists stories with safe links', (t) => {
  const html = renderIndexPage([
    { id: 'riverside', title: 'Riverside & the charge', articles: 3, outlets: 3, errors: 1, href: 'riverside/index.html' },
    { id: 'evil', title: '<script>alert(1)</script>', articles: 1, outlets: 1, errors: 0, href: 'javascript:alert(1)' },
    { id: 'away', title: 'Elsewhere', articles: 2, outlets: 2, errors: 0, href: '//evil.example/x' },
  ]);
  const $ = load(html);
  t.is($('meta[http-equiv="Content-Security-Policy"]').attr('content'), CONTENT_SECURITY_POLICY);
  t.is($('script').length, 0);
  t.deepEqual($('a').map((_, el) => $(el).attr('href')).get(), ['riverside/index.html']);
  t.is($('a').text(), 'Riverside & the charge');
  const rows = $('tbody tr');
  t.is(rows.length, 3);
  t.deepEqual(rows.first().find('td').map((_, el) => $(el).text()).get(), ['3', '3', '1']);
  t.true(rows.eq(1).find('th').text().startsWith('<script>alert(1)</script>'));
  t.is(renderIndexPage([]).includes('No stories'), true);
});
