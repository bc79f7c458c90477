// What a difference measures, read from its name, and which differences get a finding of their own:
// shared by the comparison that words the findings and the pages that show them.
import type { Difference } from './types.ts';

/** Findings listed one by one; past this many, one more line counts the rest (all are in report.json). */
export const MAX_FINDINGS = 8;

/** What a difference measures, read from its `measure` name ("sentiment", "frame:<id>", "stance:<actor>", "quotedShare"). */
export type Measure = { kind: 'sentiment' } | { kind: 'quotedShare' } | { kind: 'frame'; frame: string } | { kind: 'stance'; actor: string } | { kind: 'other' };

export function parseMeasure(measure: string): Measure {
  if (measure === 'sentiment') return { kind: 'sentiment' };
  if (measure === 'quotedShare') return { kind: 'quotedShare' };
  if (measure.startsWith('frame:')) return { kind: 'frame', frame: measure.slice('frame:'.length) };
  if (measure.startsWith('stance:')) return { kind: 'stance', actor: measure.slice('stance:'.length) };
  return { kind: 'other' };
}

/** The differences that get a finding of their own, in the order the findings list them. */
export function shownDifferences<D extends Difference>(differences: readonly D[]): D[] {
  return differences.length > MAX_FINDINGS ? differences.slice(0, MAX_FINDINGS - 1) : [...differences];
}
