// The article is the densest run of prose: a maximum-sum run where prose lines add their words and
// every other line costs a little. Prose outside it (teasers, sidebars, footers) is not the article.
import { articleRun } from '../patterns.ts';
import { proseWeight, type CleanContext } from '../context.ts';

/** The nearest line that is not a sub-heading, `step` away, is prose or the headline (the lead sits under it). */
function proseNext(ctx: CleanContext, i: number, step: 1 | -1): boolean {
  for (let j = i + step; j >= 0 && j < ctx.lines.length; j += step) {
    const cls = ctx.labels[j]?.cls;
    if (cls !== 'heading') return cls === 'body' || cls === 'title';
  }
  return false;
}

function gain(ctx: CleanContext, i: number): number {
  const l = ctx.labels[i];
  if (l?.cls === 'body') {
    const weight = proseWeight(ctx, i, articleRun.charsPerWord);
    return proseNext(ctx, i, -1) || proseNext(ctx, i, 1) ? weight : weight * articleRun.isolatedShare;
  }
  // Headings, the title and comments neither extend nor break the run.
  if (l?.cls !== 'chrome') return 0;
  return -(articleRun.chromePenalty + articleRun.chromeWordCost * ctx.feats[i]!.words);
}

export interface Run {
  start: number;
  end: number;
  sum: number;
}

/**
 * Kadane's maximum-sum runs, each one as far as its running sum peaks; a new run starts where the
 * sum falls to zero. Prose after a peak that does not pay back the chrome before it is left out.
 */
export function proseRuns(gains: number[]): Run[] {
  const runs: Run[] = [];
  let sum = 0;
  let peak: Run = { start: 0, end: -1, sum: 0 };
  const close = () => {
    if (peak.sum > 0) runs.push(peak);
  };
  gains.forEach((g, i) => {
    if (sum <= 0) {
      close();
      sum = g;
      peak = { start: i, end: -1, sum: 0 };
    } else sum += g;
    if (sum > peak.sum) peak = { start: peak.start, end: i, sum };
  });
  close();
  return runs;
}

/** The densest run, and any run nearly as heavy: a footer as long as a short article cannot be told apart by mass. */
export function articleRuns(gains: number[]): Run[] {
  const runs = proseRuns(gains);
  const best = Math.max(0, ...runs.map((r) => r.sum));
  return runs.filter((r) => r.sum >= articleRun.keepShare * best);
}

export function keepArticleRun(ctx: CleanContext): void {
  const runs = articleRuns(ctx.lines.map((_, i) => gain(ctx, i)));
  if (runs.length === 0) return;
  const inside = new Uint8Array(ctx.lines.length);
  for (const r of runs) inside.fill(1, r.start, r.end + 1);
  ctx.labels.forEach((l, i) => {
    if (!inside[i] && (l?.cls === 'body' || l?.cls === 'heading')) ctx.labels[i] = { cls: 'chrome', rule: 'outside-article' };
  });
}
