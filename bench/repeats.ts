// Repeated cross-validation, for the benchmarks of trained parts: the same 5-fold cross-validation
// dealt over several fold assignments, and each figure the mean over them. One deal's figures move
// with its luck (with one generic frame layer, five deals gave outlet ranking 0.561–0.641), and
// settings chosen while watching one deal are flattered by it: the mean over deals is the figure to judge.

import { usageError } from '../src/cli/command.ts';

/** How many ways to deal the folds (`--repeats`), by default; a benchmark run then takes about five times one deal. */
export const DEFAULT_REPEATS = 5;

/** `--repeats` read as a whole number of at least 1; anything else is a usage error of `command`. */
export function parseRepeats(command: string, usage: string, text: string): number {
  const repeats = Number(text);
  if (!Number.isInteger(repeats) || repeats < 1) usageError(command, usage, `--repeats must be a whole number of at least 1, not "${text}"`);
  return repeats;
}

/** The seeds of `repeats` fold assignments, the training scripts' own first, then the next ones. */
export function repeatSeeds(first: number, repeats: number): number[] {
  return Array.from({ length: repeats }, (_, i) => first + i);
}

/**
 * Objects of one shape averaged key by key: each number the mean of the numbers at its place,
 * nested objects likewise; any other value (a count the deals share, a label) is the first one's.
 */
export function meanShape<T>(items: readonly T[]): T {
  const [first] = items;
  if (first === undefined) throw new Error('meanShape needs at least one item');
  if (typeof first === 'number') return ((items as readonly number[]).reduce((s, v) => s + v, 0) / items.length) as T;
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return first;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first)) out[key] = meanShape(items.map((item) => (item as Record<string, unknown>)[key]));
  return out as T;
}
