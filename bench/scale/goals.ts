// Issue 14's "Figures to reach", checked against this run's figures (pure, so it is tested). Memory
// and file sizes in decimal units (1 GB = 10^9 bytes, 1 MB = 10^6 bytes).
import { checkAtLeast, checkAtMost, type GoalCheck } from '../goals.ts';
import type { Figures } from './figures.ts';

export const GOALS = { peakGb: 1.5, exponent: 1.1, speedup: 1.7, vsReadability: 1.5, indexHtmlMb: 5 } as const;

export const GB = 1e9;
export const MB = 1e6;

export function checkGoals(f: Figures): GoalCheck[] {
  const n = f.largest.articles;
  const exponentSizes = f.exponent ? f.exponent.sizes.join(', ') : 'two completed sizes';
  return [
    checkAtLeast(`${n} articles complete (1 = yes)`, 1, f.largest.completed ? 1 : 0),
    checkAtMost(`peak memory of all processes together at ${n} articles, GB`, GOALS.peakGb, f.peakRssBytes && f.peakRssBytes.value / GB),
    checkAtMost(`time exponent over ${exponentSizes} articles`, GOALS.exponent, f.exponent?.value ?? null),
    checkAtLeast(`default --jobs vs --jobs 1${f.speedup ? ` at ${f.speedup.articles} articles` : ''}, times`, GOALS.speedup, f.speedup?.value ?? null),
    checkAtLeast(`articles/s${f.vsReadability ? ` at ${f.vsReadability.articles} articles` : ''} over Readability's pages/s`, GOALS.vsReadability, f.vsReadability?.value ?? null),
    checkAtMost(`index.html at ${n} articles, MB`, GOALS.indexHtmlMb, f.indexHtmlBytes && f.indexHtmlBytes.value / MB),
  ];
}
