// Reuse between articles: passages one article shares word for word with another, found through an
// inverted index of word shingles (every pair of articles is never compared), and the containment of
// each article in the other, which tells a reprint from two reports quoting the same source.
import { tokenize } from '../analyze/segment.ts';
import { round } from '../round.ts';
import type { ReuseLink, ReusePassage } from '../types.ts';
import config from '../../data/reuse.json' with { type: 'json' };
import { compareNames } from './order.ts';

export interface ReuseInput {
  id: string;
  text: string;
}

interface Indexed {
  id: string;
  text: string;
  starts: number[];
  ends: number[];
  shingles: number;
}

/**
 * Each shingle and the articles that have it, flat: article, position of its first occurrence there,
 * article, position, … (a pair of numbers per article, not an array each: a story of thousands of
 * articles has millions of them).
 */
type Postings = Map<string, number[]>;

const K = config.shingle.words;

/** Indexes the article's shingles in `postings` as article number `a` (articles come in order). */
function indexArticle(input: ReuseInput, a: number, postings: Postings): Indexed {
  const tokens = tokenize(input.text);
  const norms = tokens.map((t) => t.norm);
  const shingles = Math.max(0, tokens.length - K + 1);
  for (let i = 0; i < shingles; i++) {
    const key = norms.slice(i, i + K).join(' ');
    const list = postings.get(key);
    // Only the first occurrence per article: a shingle repeated inside one article adds nothing.
    // Articles are indexed in order, so an earlier occurrence would be the list's last entry.
    if (list?.[list.length - 2] === a) continue;
    if (list) list.push(a, i);
    else postings.set(key, [a, i]);
  }
  return { id: input.id, text: input.text, starts: tokens.map((t) => t.start), ends: tokens.map((t) => t.end), shingles };
}

/**
 * The shingles two articles share: their indexes (a < b) and, for each shingle, its positions i in
 * the first and j in the second as one number, i × width + j (width: more than any position), which
 * sorts by i.
 */
interface SharedPair {
  a: number;
  b: number;
  matches: number[];
}

/** Every pair of articles that shares a shingle, from the postings of every shingle. */
function sharedShingles(postings: Postings, articles: number, width: number): SharedPair[] {
  const pairs = new Map<number, SharedPair>();
  for (const list of postings.values()) {
    if (list.length < 4 || list.length > 2 * config.commonShingle.maxArticles) continue;
    for (let x = 0; x < list.length; x += 2) {
      for (let y = x + 2; y < list.length; y += 2) {
        const a = list[x]!;
        const b = list[y]!;
        const match = list[x + 1]! * width + list[y + 1]!;
        const key = a * articles + b;
        const pair = pairs.get(key);
        if (pair) pair.matches.push(match);
        else pairs.set(key, { a, b, matches: [match] });
      }
    }
  }
  return [...pairs.values()];
}

function span(article: Indexed, first: number, last: number): { start: number; end: number; words: number } {
  return { start: article.starts[first]!, end: article.ends[last + K - 1]!, words: last - first + K };
}

/** The passage's opening, cut after a word when longer than the report keeps. */
function passageExcerpt(text: string): string {
  if (text.length <= config.excerpt.maxChars) return text;
  const cut = text.slice(0, config.excerpt.maxChars + 1);
  const lastSpace = cut.search(/\s\S*$/);
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, -1)).trimEnd()}…`;
}

/** Runs of shingles shared in the same order in both articles, as passages of at least minWords. */
function passagesOf(a: Indexed, b: Indexed, matches: readonly number[], width: number): ReusePassage[] {
  const out: ReusePassage[] = [];
  // The run so far: the positions of its first shingle in both articles, and of its last.
  let run: { i0: number; j0: number; i1: number; j1: number } | undefined;
  const close = (): void => {
    if (!run) return;
    const inA = span(a, run.i0, run.i1);
    if (inA.words >= config.passage.minWords) {
      const inB = span(b, run.j0, run.j1);
      out.push({ words: inA.words, text: passageExcerpt(a.text.slice(inA.start, inA.end)), a: { start: inA.start, end: inA.end }, b: { start: inB.start, end: inB.end } });
    }
    run = undefined;
  };
  for (const m of [...matches].sort((x, y) => x - y)) {
    const i = Math.floor(m / width);
    const j = m % width;
    if (run && i === run.i1 + 1 && j === run.j1 + 1) [run.i1, run.j1] = [i, j];
    else {
      close();
      run = { i0: i, j0: j, i1: i, j1: j };
    }
  }
  close();
  return out;
}

/**
 * Every pair of articles that shares a passage, strongest first. `containment` is the share of
 * each article's shingles found in the other; a pair where one side reaches the repost threshold
 * is a reprint of the other.
 */
export function findReuse(inputs: ReuseInput[]): ReuseLink[] {
  const postings: Postings = new Map();
  const articles = inputs.map((input, a) => indexArticle(input, a, postings));
  // A match, i × width + j, stays below width², an exact integer up to 94 million words an article.
  const width = articles.reduce((w, x) => Math.max(w, x.shingles), 1);
  const links: ReuseLink[] = [];
  for (const { a, b, matches } of sharedShingles(postings, articles.length, width)) {
    const first = articles[a]!;
    const second = articles[b]!;
    const passages = passagesOf(first, second, matches, width);
    if (passages.length === 0) continue;
    const containment = { a: round(matches.length / first.shingles), b: round(matches.length / second.shingles) };
    const reprint = Math.max(containment.a, containment.b) >= config.repost.containment;
    links.push({
      a: first.id,
      b: second.id,
      containment,
      kind: reprint ? 'repost' : 'shared passages',
      ...(reprint ? { contained: containment.a >= containment.b ? first.id : second.id } : {}),
      words: passages.reduce((n, p) => n + p.words, 0),
      passages,
    });
  }
  return links.sort((x, y) => y.words - x.words || compareNames(x.a, y.a) || compareNames(x.b, y.b));
}
