import test from 'ava';
import { load } from 'cheerio';
import { buildCorpus } from '../../../src/corpus/build-corpus.ts';
import { SETTINGS } from '../../helpers/settings.ts';
import { contentSecurityPolicy } from '../../../src/report/html/document.ts';
import { renderCorpusPage } from '../../../src/report/html/corpus-page.ts';
import type { CorpusFilters, CorpusReport } from '../../../src/types.ts';
import { handStory, type HandArticle } from '../../helpers/corpus-digest.ts';

const EVIL = '<img src=x onerror=alert(1)>';
const none: CorpusFilters = { since: null, until: null, outlets: [], stories: [] };

function corpus(filters = none): CorpusReport {
  const stories = Array.from({ length: 6 }, (_, s) =>
    handStory(
      `story-${s}`,
      (
        [
          { outlet: 'Alpha Times', frames: ['generic.economic'], sentiment: 0.1, actors: [['Ann Lee', -0.3]] },
          { outlet: 'Alpha Times', frames: ['generic.economic'], sentiment: 0.12 },
          { outlet: EVIL, sentiment: -0.1, actors: [['Ann Lee', 0.2]] },
          { outlet: EVIL, sentiment: -0.05 },
        ] satisfies HandArticle[]
      ).map((a) => ({ ...a, published: '2021-05-01' })),
    ),
  );
  return buildCorpus(stories, filters, [{ story: 'old-story', reason: 'no-report', detail: `report.json ${EVIL}`, href: null }], SETTINGS, 'test').report;
}

test('the findings, each section and the data links; hostile names stay text; no script', (t) => {
  const report = corpus({ ...none, since: '2020-01-01' });
  const $ = load(renderCorpusPage(report));
  t.is($('meta[http-equiv="Content-Security-Policy"]').attr('content'), contentSecurityPolicy());
  t.is($('script').length, 0);
  t.is($('img').length, 0, 'an outlet named like markup is text');
  t.true($('#frames th[scope="row"]').text().includes(EVIL));
  t.deepEqual(
    $('#findings ol.findings li')
      .map((_, el) => $(el).text())
      .get(),
    report.findings,
  );
  t.is($('#sentiment svg.chart rect.bar').length, 2);
  t.true($('#measures thead').text().includes('Stance toward Ann Lee'));
  t.is($('#coverage tbody tr').length, 2);
  t.is($('#stories tbody tr').length, 6);
  t.true($('#stories .excluded').text().includes(`old-story (no-report): report.json ${EVIL}`));
  t.true($('header').text().includes('published on or after 2020-01-01'));
  t.is($('#data a').length, 7);
});

test('clear differences are marked in the tables and listed with their figures', (t) => {
  const report = corpus();
  t.true(report.differences.length > 0);
  const $ = load(renderCorpusPage(report));
  t.true($('#frames .clear').length > 0);
  const row = $('#differences tbody tr').first();
  t.is(row.find('th').text(), report.differences[0]!.label);
  t.is(row.find('td').eq(4).text(), String(report.differences[0]!.stories));
});

test('wide content is capped: outlets past the settings are in the data files, not the tables', (t) => {
  const report = corpus();
  const $ = load(renderCorpusPage({ ...report, settings: { ...report.settings, maxOutletRows: 1, maxStoryColumns: 2 } }));
  t.is($('#frames tbody tr').length, 1);
  t.is($('#coverage thead th.frame-name').length, 2);
  t.regex($('#coverage caption').text(), /1 more outlets and 4 more stories in corpus\/articles.csv/);
});

test("an outlet of one article: sentiment's interval is over its sentences, the other measures say they have none", (t) => {
  const report = buildCorpus([handStory('only', [{ outlet: 'Solo Post', sentiment: 0.2, quotedShare: 0.3 }])], none, [], SETTINGS, 'test').report;
  const $ = load(renderCorpusPage(report));
  const titles = $('#measures tbody td')
    .map((_, el) => $(el).attr('title') ?? '')
    .get();
  t.true(
    titles.some((s) => s.startsWith('Solo Post, Sentiment:') && s.includes('interval over its sentences')),
    titles.join('\n'),
  );
  t.true(
    titles.some((s) => s.startsWith('Solo Post, Direct quotation:') && s.includes('1 article: no interval to draw')),
    titles.join('\n'),
  );
  const quoted = $('#measures tbody td').filter((_, el) => ($(el).attr('title') ?? '').startsWith('Solo Post, Direct quotation:'));
  t.is(quoted.find('.muted').text(), 'no interval', 'not a range of one value, as if the figure were exact');
  t.true($('#sentiment svg.chart .ci.sentences').length > 0, 'its whisker is dashed');
  t.is($('#sentiment svg.chart .ci:not(.sentences)').length, 0);
});

test('an outlet of one article: a share of voiced words with its interval over the quotes says so', (t) => {
  const lone = { 'voices:official': { low: 0.4, high: 1 } };
  const report = buildCorpus([handStory('only', [{ outlet: 'Solo Post', voices: { official: 30, expert: 10 }, lone }])], none, [], SETTINGS, 'test').report;
  const $ = load(renderCorpusPage(report));
  const cell = $('#measures tbody td').filter((_, el) => ($(el).attr('title') ?? '').startsWith('Solo Post, Words voiced by officials:'));
  t.regex(cell.attr('title') ?? '', /95% interval 40% to 100%; 1 article, interval over its quotes/);
});
