// The peer: Mozilla Readability 0.6 on linkedom, extraction only, in this process, one page after
// another, over the distinct pages of the largest story (its copies differ from them by one sentence).
// Timed as in bench:extract: the summed extraction calls, reading and gunzipping left out. This
// machine's speed drifts by a third or more within minutes, so the pipeline run the figure compares
// with is bracketed: Readability is timed just before it and just after, and the passes pooled.
import { readHtml, type Dataset, type Page } from '../extract/datasets.ts';
import { extractorsByMode } from '../extract/peers.ts';
import { runPages } from '../extract/summarise.ts';

export interface PeerSpeed {
  pages: number;
  seconds: number;
  pagesPerSec: number;
  failures: number;
}

export function readabilitySpeed(datasets: readonly Dataset[], pages: ReadonlySet<Page>): PeerSpeed {
  const readability = extractorsByMode.html.find((e) => e.name === 'readability')!;
  const runs = datasets.flatMap((d) => runPages({ ...d, pages: d.pages.filter((p) => pages.has(p)) }, readability, readHtml).runs);
  const seconds = runs.reduce((sum, r) => sum + r.ms, 0) / 1000;
  return { pages: runs.length, seconds, pagesPerSec: runs.length / seconds, failures: runs.filter((r) => r.failed).length };
}

/** Passes over the same pages timed at different moments, as one: pages, seconds and failures summed. */
export function pooledSpeed(passes: readonly PeerSpeed[]): PeerSpeed {
  const sum = (of: (p: PeerSpeed) => number): number => passes.reduce((n, p) => n + of(p), 0);
  const pages = sum((p) => p.pages);
  const seconds = sum((p) => p.seconds);
  return { pages, seconds, pagesPerSec: seconds > 0 ? pages / seconds : 0, failures: sum((p) => p.failures) };
}
