// The targets the benchmark checks, as data, and the check itself (pure, so it is tested).
import { type GoalCheck as Check, SUBJECT, checkAtLeast, checkAtMost } from '../goals.ts';
import type { Mode } from './peers.ts';
import type { DatasetResult } from './summarise.ts';

export type Goal = { mode: Mode; kind: 'f1'; dataset: DatasetResult['dataset']; type?: string; min: number; label: string } | { mode: Mode; kind: 'faster'; than: string; label: string };

export const GOALS: Goal[] = [
  { mode: 'html', kind: 'f1', dataset: 'scrapinghub', min: 0.965, label: 'ScrapingHub F1' },
  { mode: 'html', kind: 'f1', dataset: 'wcxb-dev', type: 'article', min: 0.94, label: 'WCXB article word F1' },
  { mode: 'html', kind: 'f1', dataset: 'wcxb-dev', type: 'forum', min: 0.82, label: 'WCXB forum word F1' },
  { mode: 'html', kind: 'faster', than: 'readability', label: 'framelens median ms <= readability median ms' },
  { mode: 'text', kind: 'f1', dataset: 'scrapinghub', min: 0.9, label: 'text mode ScrapingHub F1' },
];

/** `value` is null when this run did not measure it (mode, --only, --limit). */
export type GoalCheck = { mode: Mode } & Check;

/** The F1 row a goal sits on, for the tables; undefined when no goal is set there. */
export function f1Goal(mode: Mode, dataset: DatasetResult['dataset'], type?: string): number | undefined {
  const g = GOALS.find((x) => x.kind === 'f1' && x.mode === mode && x.dataset === dataset && x.type === type);
  return g?.kind === 'f1' ? g.min : undefined;
}

function f1Of(results: DatasetResult[], dataset: string, type?: string): number | null {
  const s = results.find((r) => r.dataset === dataset)?.extractors[SUBJECT];
  if (!s) return null;
  const score = type === undefined ? s.score : s.byType?.[type];
  return score?.pages ? score.f1 : null;
}

/** Slowest-dataset comparison: the goal holds only if it holds on every dataset both ran on. */
function medianRatio(results: DatasetResult[], than: string): number | null {
  const ratios = results.flatMap((r) => {
    const a = r.extractors[SUBJECT];
    const b = r.extractors[than];
    return a && b && b.medianMs > 0 ? [a.medianMs / b.medianMs] : [];
  });
  return ratios.length ? Math.max(...ratios) : null;
}

export function checkGoals(results: Partial<Record<Mode, DatasetResult[]>>): GoalCheck[] {
  return GOALS.map((g) => {
    const ran = results[g.mode] ?? [];
    if (g.kind === 'f1') return { mode: g.mode, ...checkAtLeast(g.label, g.min, f1Of(ran, g.dataset, g.type)) };
    return { mode: g.mode, ...checkAtMost(g.label, 1, medianRatio(ran, g.than), 'median ratio <= 1') };
  });
}
