// Issue 4's targets for framelens, as data, and the check itself (pure, so it is tested).
import type { DatasetName } from './datasets.ts';
import type { NewsMtscFigures, NytFigures } from './summarise.ts';

type Scored<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T];

export type Goal = { min: number; label: string } & (
  | { dataset: 'nyt'; figure: Scored<NytFigures> }
  | { dataset: 'newsmtsc'; figure: Scored<NewsMtscFigures> }
);

export const GOALS: Goal[] = [
  { dataset: 'nyt', figure: 'pearson', min: 0.58, label: 'NYT Pearson r' },
  { dataset: 'nyt', figure: 'macroF1', min: 0.62, label: 'NYT 3-class macro-F1' },
  { dataset: 'newsmtsc', figure: 'macroF1', min: 0.62, label: 'NewsMTSC target macro-F1' },
];

export const SUBJECT = 'framelens';

export interface GoalCheck {
  label: string;
  target: string;
  /** framelens's figure; null when it could not be measured (NaN). */
  value: number | null;
  met: boolean | null;
}

export type Results = { nyt: Record<string, NytFigures>; newsmtsc: Record<string, NewsMtscFigures> };

/** The goal on a dataset's row, for the tables. */
export function goalFor(dataset: DatasetName, figure: string): string | undefined {
  const g = GOALS.find((x) => x.dataset === dataset && x.figure === figure);
  return g && `>= ${g.min}`;
}

export function checkGoals(results: Results): GoalCheck[] {
  return GOALS.map((g) => {
    const raw = g.dataset === 'nyt' ? results.nyt[SUBJECT]?.[g.figure] : results.newsmtsc[SUBJECT]?.[g.figure];
    const value = raw === undefined || Number.isNaN(raw) ? null : raw;
    return { label: g.label, target: `>= ${g.min}`, value, met: value === null ? null : value >= g.min };
  });
}
