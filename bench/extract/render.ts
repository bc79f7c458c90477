// One mode's results as side-by-side tables, one per dataset, goals beside the rows they are about.
import { atLeast } from '../goals.ts';
import { f1Goal } from './goals.ts';
import { untimed, type Mode } from './peers.ts';
import type { DatasetResult, ExtractorSummary, TypeSummary } from './summarise.ts';
import { fixed, percent, table, type Row } from './table.ts';

function speedRows(names: string[], s: ExtractorSummary[], medianGoal?: string): Row[] {
  const timed = (value: (x: ExtractorSummary) => string) => s.map((x, i) => (untimed.has(names[i]!) ? '—' : value(x)));
  return [
    ['median ms/page', timed((x) => fixed(x.medianMs, 1)), medianGoal],
    ['p95 ms/page', timed((x) => fixed(x.p95Ms, 1))],
    ['pages/s', timed((x) => fixed(x.pagesPerSec, 1))],
    ['peak RSS MB', s.map((x) => fixed(x.peakRssMb, 0))],
    ['failures (scored empty)', s.map((x) => String(x.failures.length))],
    ['empty output', s.map((x) => String(x.emptyOutput.length))],
  ];
}

function wcxbRows(label: string, s: TypeSummary[], goal?: string): Row[] {
  return [
    `${label} (${s[0]?.pages ?? 0} pages)`,
    ['word precision', s.map((x) => fixed(x.precision))],
    ['word recall', s.map((x) => fixed(x.recall))],
    ['word F1', s.map((x) => fixed(x.f1)), goal],
    ['with snippets found', s.map((x) => percent(x.withFound, x.withTotal))],
    ['without snippets present', s.map((x) => percent(x.withoutPresent, x.withoutTotal))],
  ];
}

const PREFIX: Record<Mode, string> = { html: '', text: 'Text mode, ' };

export function renderDataset(mode: Mode, r: DatasetResult, names: string[]): string {
  const s = names.map((n) => r.extractors[n]!);
  const goal = (type?: string) => {
    const min = f1Goal(mode, r.dataset, type);
    return min === undefined ? undefined : atLeast(min);
  };
  const medianGoal = names.includes('readability') ? '<= readability' : undefined;
  if (r.dataset === 'scrapinghub') {
    return table(names, [
      `${PREFIX[mode]}ScrapingHub (${s[0]?.score.pages ?? 0} pages, 4-token shingles)`,
      ['precision', s.map((x) => fixed(x.score.precision))],
      ['recall', s.map((x) => fixed(x.score.recall))],
      ['F1', s.map((x) => fixed(x.score.f1)), goal()],
      ...speedRows(names, s, medianGoal),
    ]);
  }
  const types = Object.keys(s[0]?.byType ?? {});
  return table(names, [
    ...types.flatMap((t) =>
      wcxbRows(
        `${PREFIX[mode]}WCXB dev: ${t}`,
        s.map((x) => x.byType![t]!),
        goal(t),
      ),
    ),
    ...wcxbRows(
      `${PREFIX[mode]}WCXB dev: all`,
      s.map((x) => x.score as TypeSummary),
    ),
    ...speedRows(names, s, medianGoal),
  ]);
}
