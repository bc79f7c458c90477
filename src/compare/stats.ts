import { round } from '../round.ts';
import type { Stat } from '../types.ts';

/** n, mean, sample standard deviation (0 below two values), min and max, to 4 decimals. */
export function describe(values: number[]): Stat {
  const n = values.length;
  if (n === 0) return { n: 0, mean: 0, sd: 0, min: 0, max: 0 };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = n < 2 ? 0 : Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  return { n, mean: round(mean), sd: round(sd), min: round(Math.min(...values)), max: round(Math.max(...values)) };
}
