// The scale benchmark's stories, built from the real pages of ../shared/bench/extraction (read in
// place): a story of N articles takes the distinct pages first, in a seeded order, and past the pool
// samples pages again with replacement, each copy made distinct by a sentence with its own number put
// into the page's main text (so its sha256 and its text differ, and it keeps the outlet the page
// names). A smaller story is a prefix of a larger one, so sizes differ only in articles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomIndex, seededRandom, seedFor, shuffled } from '../../src/learn/random.ts';
import { readHtml, type Page } from '../extract/datasets.ts';

export const STORY_SEED = 20260314;

export interface PlannedArticle {
  /** Index into the page pool. */
  page: number;
  /** 0 for the page as it is; 1, 2, … numbers the copies across the story. */
  copy: number;
}

/** Which page each of the `size` articles is; the order and the draws depend on the seed alone. */
export function planStory(poolSize: number, size: number, seed = STORY_SEED): PlannedArticle[] {
  const order = shuffled(
    Array.from({ length: poolSize }, (_, i) => i),
    seededRandom(seedFor(seed, 'order')),
  );
  const draw = seededRandom(seedFor(seed, 'copies'));
  return Array.from({ length: size }, (_, i) => (i < poolSize ? { page: order[i]!, copy: 0 } : { page: randomIndex(draw, poolSize), copy: i - poolSize + 1 }));
}

// Text inside these is not page text a reader sees; comments neither (<noscript> is: forum engines
// put the posts there for readers without scripts).
const NOT_TEXT = /<!--[\s\S]*?-->|<(script|style|template|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TEXT_RUN = />([^<]+)/g;
const ENTITY = /&#?\w+;/;

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether a run of page text is main text: its longest stretch between entities is in the page's ground truth. */
function inTruth(run: string, truth: string): boolean {
  const longest = run.split(ENTITY).reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length > 0 && truth.includes(squeeze(longest));
}

/**
 * Where a sentence goes: after the longest run of visible text that belongs to the main text (the
 * dataset's ground truth), else after the longest run of any text, before its trailing spaces;
 * null when the page has no text.
 */
function insertionPoint(html: string, truth: string): number | null {
  // Same-length '<' filler keeps positions and cannot hold a text run.
  const masked = html.replace(NOT_TEXT, (m) => '<'.repeat(m.length));
  const main = squeeze(truth);
  const best = { main: { end: -1, length: 0 }, any: { end: -1, length: 0 } };
  for (const m of masked.matchAll(TEXT_RUN)) {
    const run = m[1]!.trimEnd();
    const length = run.trim().length;
    const end = m.index + 1 + run.length;
    if (length > best.any.length) best.any = { end, length };
    if (length > best.main.length && inTruth(run, main)) best.main = { end, length };
  }
  const at = best.main.length ? best.main : best.any;
  return at.length ? at.end : null;
}

/** The page with a sentence naming copy `copy` added to its main text (`truth`: the dataset's text of the page). */
export function markCopy(html: string, copy: number, truth: string): string {
  const sentence = `Copy ${copy} of this page carries reference number ${copy}.`;
  const at = insertionPoint(html, truth);
  return at === null ? `${html}<p>${sentence}</p>` : `${html.slice(0, at)} ${sentence}${html.slice(at)}`;
}

function articleFile(pool: readonly Page[], a: PlannedArticle, i: number): string {
  const page = pool[a.page]!;
  return `${String(i + 1).padStart(5, '0')}-${page.id}${a.copy ? `-copy${a.copy}` : ''}.html`;
}

/** Writes the story's articles as .html files into `dir` (created). */
export function writeStory(dir: string, pool: readonly Page[], plan: readonly PlannedArticle[]): void {
  mkdirSync(dir, { recursive: true });
  plan.forEach((a, i) => {
    const html = readHtml(pool[a.page]!);
    writeFileSync(join(dir, articleFile(pool, a, i)), a.copy ? markCopy(html, a.copy, pool[a.page]!.truth) : html);
  });
}
