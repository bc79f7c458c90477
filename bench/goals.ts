// What the extract and sentiment benchmarks share about their goals: whose figures are judged, how a
// floor or ceiling goal is checked and written, and the goal line printed under the tables.
import { fixed } from './extract/table.ts';

/** Whose figures the goals are about. */
export const SUBJECT = 'framelens';

export interface GoalCheck {
  label: string;
  target: string;
  /** framelens's figure, or null when this run did not measure it. */
  value: number | null;
  met: boolean | null;
}

/** How a floor goal reads, in the goal lines and beside the table rows alike. */
export function atLeast(min: number): string {
  return `>= ${min}`;
}

export function checkAtLeast(label: string, min: number, value: number | null): GoalCheck {
  return { label, target: atLeast(min), value, met: value === null ? null : value >= min };
}

/** A ceiling goal; `target` says how it reads when "<= max" alone would not say what is measured. */
export function checkAtMost(label: string, max: number, value: number | null, target = `<= ${max}`): GoalCheck {
  return { label, target, value, met: value === null ? null : value <= max };
}

/** `tag` goes before the label (the extract benchmark names the mode there). */
export function goalLine(g: GoalCheck, tag = ''): string {
  const state = g.met === null ? 'not measured' : g.met ? 'met' : 'NOT met';
  return `  ${tag}${g.label} (${g.target}): ${g.value === null ? '-' : fixed(g.value)} ${state}`;
}
