// The figures issue 14 asks of the scale benchmark, worked out from the measured runs (pure).
import type { PipelineRun } from './pipeline-run.ts';
import type { PeerSpeed } from './readability.ts';

export interface SizeResult {
  articles: number;
  /** With --jobs 1 (when the analyze command takes --jobs) and with the default. */
  runs: PipelineRun[];
}

export interface Point {
  articles: number;
  seconds: number;
}

/** The slope of log(seconds) on log(articles) by least squares; with two sizes, log(t2/t1)/log(n2/n1). */
export function fitExponent(points: readonly Point[]): number | null {
  const xs = points.map((p) => Math.log(p.articles));
  const ys = points.map((p) => Math.log(p.seconds));
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  if (!(sxx > 0)) return null;
  return xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / sxx;
}

export const defaultRun = (r: SizeResult): PipelineRun | undefined => r.runs.find((x) => x.jobs === null);
export const singleJobRun = (r: SizeResult): PipelineRun | undefined => r.runs.find((x) => x.jobs === 1);
export const articlesPerSec = (articles: number, run: PipelineRun): number => articles / run.wallSeconds;
/** Cores the run kept busy on average: its CPU time over its wall time. */
export const coresUsed = (run: PipelineRun): number => run.cpuSeconds / run.wallSeconds;

/** A figure and the size(s) it was read at; null when no run measured it. */
export type At<T> = ({ articles: number } & T) | null;

export interface Figures {
  largest: { articles: number; completed: boolean };
  /** The largest sum of resident memory over the process tree, any run at the largest size (a crashed one too). */
  peakRssBytes: At<{ value: number }>;
  /** Default runs that completed. */
  exponent: { sizes: number[]; value: number } | null;
  /** --jobs 1 wall time over the default's, at the largest size where both completed. */
  speedup: At<{ value: number }>;
  /** Default run's articles/s over Readability's pages/s, at the largest size the default run completed. */
  vsReadability: At<{ articlesPerSec: number; pagesPerSec: number; value: number }>;
  indexHtmlBytes: At<{ value: number }>;
}

function againstPeer(r: SizeResult, peer: PeerSpeed): Figures['vsReadability'] {
  const aps = articlesPerSec(r.articles, defaultRun(r)!);
  return { articles: r.articles, articlesPerSec: aps, pagesPerSec: peer.pagesPerSec, value: aps / peer.pagesPerSec };
}

/**
 * What the Readability goal asks of a run of `articles` on `cores`: the longest wall time at `ratio`
 * × Readability's pages/s, and the CPU time that allows with every core busy throughout.
 */
export function readabilityBudget(articles: number, pagesPerSec: number, ratio: number, cores: number): { wallSeconds: number; cpuSeconds: number } {
  const wallSeconds = articles / (ratio * pagesPerSec);
  return { wallSeconds, cpuSeconds: wallSeconds * cores };
}

/**
 * The most the --jobs speed-up could be at this size, given the CPU the default run used: spread
 * over every core with none idle, it would still take cpu / cores seconds. `--jobs 1` keeps more
 * than one core busy by itself (the main process and the page writer beside its article process,
 * and V8's garbage-collector threads in each), so the bound falls as its own share of the cores rises.
 */
export function speedupBound(result: SizeResult, cores: number): { singleJobCores: number; bound: number } | null {
  const single = singleJobRun(result);
  const all = defaultRun(result);
  if (!single?.ok || !all?.ok || single.wallSeconds <= 0 || all.cpuSeconds <= 0) return null;
  return { singleJobCores: coresUsed(single), bound: (single.wallSeconds * cores) / all.cpuSeconds };
}

export function scaleFigures(results: readonly SizeResult[], peer: PeerSpeed): Figures {
  const bySize = [...results].sort((a, b) => a.articles - b.articles);
  const largest = bySize.at(-1)!;
  const largestDefault = defaultRun(largest);
  const completed = bySize.filter((r) => defaultRun(r)?.ok);
  const lastCompleted = completed.at(-1);
  const bothCompleted = bySize.filter((r) => defaultRun(r)?.ok && singleJobRun(r)?.ok).at(-1);
  const points = completed.map((r) => ({ articles: r.articles, seconds: defaultRun(r)!.wallSeconds }));
  const exponent = fitExponent(points);
  const indexHtml = largestDefault?.sizes?.indexHtml ?? null;
  return {
    largest: { articles: largest.articles, completed: largest.runs.length > 0 && largest.runs.every((r) => r.ok) },
    peakRssBytes: largest.runs.length ? { articles: largest.articles, value: Math.max(...largest.runs.map((r) => r.peakRssBytes)) } : null,
    exponent: exponent === null ? null : { sizes: points.map((p) => p.articles), value: exponent },
    speedup: bothCompleted ? { articles: bothCompleted.articles, value: singleJobRun(bothCompleted)!.wallSeconds / defaultRun(bothCompleted)!.wallSeconds } : null,
    vsReadability: lastCompleted ? againstPeer(lastCompleted, peer) : null,
    indexHtmlBytes: indexHtml === null ? null : { articles: largest.articles, value: indexHtml },
  };
}
