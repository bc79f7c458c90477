import test from 'ava';
import { checkGoals, f1Goal } from '../../bench/extract/goals.ts';
import { scoredText } from '../../bench/extract/peers.ts';
import type { DatasetResult, ExtractorSummary } from '../../bench/extract/summarise.ts';

const summary = (f1: number, medianMs: number, byType?: Record<string, number>): ExtractorSummary => ({
  score: { precision: f1, recall: f1, f1, pages: 10 },
  ...(byType
    ? { byType: Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, { precision: v, recall: v, f1: v, pages: 5, withFound: 0, withTotal: 0, withoutPresent: 0, withoutTotal: 0 }])) }
    : {}),
  medianMs,
  p95Ms: medianMs,
  pagesPerSec: 1,
  peakRssMb: 1,
  failures: [],
  emptyOutput: [],
});

const sh = (extractors: Record<string, ExtractorSummary>): DatasetResult => ({ dataset: 'scrapinghub', pages: 10, skipped: [], extractors });

test('each goal reads framelens in its mode; unmeasured goals are null, not failed', (t) => {
  const checks = checkGoals({
    html: [sh({ framelens: summary(0.97, 3), readability: summary(0.95, 5) })],
    text: [sh({ framelens: summary(0.89, 1), 'whole-page': summary(0.66, 0) })],
  });
  const by = (label: string) => checks.find((c) => c.label === label)!;
  t.is(by('ScrapingHub F1').met, true);
  t.is(by('text mode ScrapingHub F1').met, false);
  t.is(by('text mode ScrapingHub F1').value, 0.89);
  t.is(by('WCXB article word F1').value, null);
  t.is(by('WCXB article word F1').met, null);
  t.is(by('framelens median ms <= readability median ms').met, true);
});

test('the speed goal must hold on every dataset', (t) => {
  const wcxb: DatasetResult = { dataset: 'wcxb-dev', pages: 10, skipped: [], extractors: { framelens: summary(0.9, 9, { article: 0.95 }), readability: summary(0.9, 5) } };
  const checks = checkGoals({ html: [sh({ framelens: summary(0.97, 3), readability: summary(0.95, 5) }), wcxb] });
  t.is(checks.find((c) => c.label.includes('median'))!.met, false);
  t.is(checks.find((c) => c.label === 'WCXB article word F1')!.met, true);
});

test('goal rows for the tables', (t) => {
  t.is(f1Goal('text', 'scrapinghub'), 0.9);
  t.is(f1Goal('text', 'wcxb-dev', 'article'), undefined);
  t.is(f1Goal('html', 'wcxb-dev', 'forum'), 0.82);
});

test('scored text: blocks, then comments on forum pages only', (t) => {
  const article = {
    title: null,
    blocks: [{ kind: 'paragraph' as const, text: 'Body.', line: 1 }],
    removed: [],
    comments: [{ text: 'A reply.' }],
    found: {},
  };
  t.is(scoredText(article, 'article'), 'Body.');
  t.is(scoredText(article, 'forum'), 'Body.\n\nA reply.');
});
