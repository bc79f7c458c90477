import test from 'ava';
import * as cheerio from 'cheerio';
import { renderActors } from '../../../src/report/html/actors.ts';
import { clearDifferences } from '../../../src/report/html/clear-differences.ts';
import type { OutletActor, OutletComparison } from '../../../src/types.ts';
import { emptyOutlet } from '../../helpers/empty-parts.ts';

function actor(name: string, kind: OutletActor['kind'], mentions: number, mean: number, extra: Partial<OutletActor> = {}): OutletActor {
  const stance = { n: 2, estimate: mean, low: mean - 0.5, high: mean + 0.25, over: 'articles' as const, label: mean < 0 ? ('negative' as const) : ('neutral' as const) };
  return { name, kind, aliases: [name], listed: false, mentions, articles: 1, sentenceShare: 0.2, sentiment: { mean, n: 2, evidence: [] }, stance, descriptors: [], ...extra };
}

const outlet = (name: string, actors: OutletActor[]): OutletComparison => emptyOutlet(name, { actors });

test('a row per main actor, a column per outlet; mentions and the stance with its interval in each cell', (t) => {
  const evidence = [{ span: { part: 'body' as const, sentence: 0, start: 0, end: 5 }, score: -2, polarity: -1 as const, cues: ["'attacked' −3"] }];
  const outlets = [
    outlet('DW', [
      actor('Russia', 'country', 5, 0.4),
      actor('Dmitry Rogozin', 'person', 2, 1.1, { descriptors: [{ text: 'Roscosmos chief', kind: 'title', span: { part: 'body', sentence: 1, start: 0, end: 15 } }] }),
    ]),
    outlet('USA TODAY', [actor('Russia', 'country', 3, -1.5, { sentiment: { mean: -1.5, n: 2, evidence } }), actor('ISS', 'other', 9, 0)]),
  ];
  const $ = cheerio.load(renderActors(outlets));
  t.deepEqual(
    $('thead th')
      .map((_, el) => $(el).text())
      .get(),
    ['Actor', 'DW', 'USA TODAY'],
  );
  // 'other' things are not charted; the most mentioned first.
  t.deepEqual(
    $('tbody th[scope="row"]')
      .map((_, el) => $(el).text())
      .get(),
    ['Russia', 'Dmitry Rogozin'],
  );
  const russia = $('tbody tr').first().find('td');
  t.is(russia.eq(0).text(), '5 · +0.40 (−0.10 to +0.65)');
  t.is(russia.eq(1).text(), '3 · −1.50 (−2.00 to −1.25)');
  t.is(russia.eq(1).attr('title'), "3 mentions in 1 article; stance negative, 95% interval −2.00 to −1.25, over 2 articles; strongest: 'attacked' −3");
  t.is($('tbody tr').eq(1).find('td').eq(1).text(), '—');
  t.regex($('details').text(), /Dmitry Rogozin.*DW: Roscosmos chief/s);
  // Shaded by the stance label.
  t.is(russia.eq(1).attr('style'), 'background-color: rgba(207, 34, 46, 0.3)');
  t.is(russia.eq(0).attr('style'), undefined);
});

test('listed actors come first even when rarely mentioned; names are escaped', (t) => {
  const outlets = [outlet('A', [actor('China', 'country', 9, 0), actor('<Acme>', 'organisation', 1, 0, { listed: true })])];
  const html = renderActors(outlets);
  t.regex(html, /<th scope="row">&lt;Acme&gt;<\/th>.*China/s);
});

test('no actors says so', (t) => {
  t.regex(renderActors([outlet('A', [])]), /No people, organisations or countries/);
});

test('a stance in a clear difference is marked and links to its finding', (t) => {
  const outlets = [outlet('DW', [actor('Russia', 'country', 5, 0.4)]), outlet('USA TODAY', [actor('Russia', 'country', 3, -1.5)])];
  const d = { measure: 'stance:Russia', label: 'Stance toward Russia', higher: 'DW', lower: 'USA TODAY', effect: 1.9, low: 1, high: 2.8, p: 0.001, pAdjusted: 0.02, n: { higher: 4, lower: 5 } };
  const $ = cheerio.load(renderActors(outlets, clearDifferences([d])));
  const badges = $('tbody td a.badge');
  t.is(badges.length, 2);
  t.is(badges.first().attr('href'), '#finding-1');
  t.is(badges.first().text(), 'clear difference');
  t.is(badges.first().attr('title'), 'Clear difference in Stance toward Russia: DW higher than USA TODAY (difference 1.900, p = 0.020 after correction)');
  t.is($(renderActors(outlets)).find('a.badge').length, 0);
});
