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

/** One shared shingle: its position in the first article of the pair and in the second. */
type Match = readonly [number, number];

const K = config.shingle.words;

function indexArticle(input: ReuseInput): { article: Indexed; keys: string[] } {
  const tokens = tokenize(input.text);
  const keys: string[] = [];
  for (let i = 0; i + K <= tokens.length; i++) keys.push(tokens.slice(i, i + K).map((t) => t.norm).join(' '));
  return {
    article: { id: input.id, text: input.text, starts: tokens.map((t) => t.start), ends: tokens.map((t) => t.end), shingles: keys.length },
    keys,
  };
}

/** The shingles two articles share: their indexes (a < b) and each match's positions in both. */
interface SharedPair {
  a: number;
  b: number;
  matches: Match[];
}

/** Every pair of articles that shares a shingle, from the postings of every shingle. */
function sharedShingles(keysOf: string[][]): SharedPair[] {
  const postings = new Map<string, Array<readonly [number, number]>>();
  keysOf.forEach((keys, a) => {
    keys.forEach((key, i) => {
      const list = postings.get(key);
      // Only the first occurrence per article: a shingle repeated inside one article adds nothing.
      // Articles are indexed in order, so an earlier occurrence would be the list's last entry.
      if (list?.at(-1)?.[0] === a) return;
      if (list) list.push([a, i]);
      else postings.set(key, [[a, i]]);
    });
  });
  const pairs = new Map<number, SharedPair>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > config.commonShingle.maxArticles) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, i] = list[x]!;
        const [b, j] = list[y]!;
        const key = a * keysOf.length + b;
        const pair = pairs.get(key);
        if (pair) pair.matches.push([i, j]);
        else pairs.set(key, { a, b, matches: [[i, j]] });
      }
    }
  }
  return [...pairs.values()];
}

function span(article: Indexed, first: number, last: number): { start: number; end: number; words: number } {
  return { start: article.starts[first]!, end: article.ends[last + K - 1]!, words: last - first + K };
}

/** Runs of shingles shared in the same order in both articles, as passages of at least minWords. */
function passagesOf(a: Indexed, b: Indexed, matches: Match[]): ReusePassage[] {
  const sorted = [...matches].sort((x, y) => x[0] - y[0]);
  const out: ReusePassage[] = [];
  let run: [Match, Match] | undefined;
  const close = (): void => {
    if (!run) return;
    const [[i0, j0], [i1, j1]] = run;
    const inA = span(a, i0, i1);
    if (inA.words >= config.passage.minWords) {
      const inB = span(b, j0, j1);
      out.push({ words: inA.words, text: a.text.slice(inA.start, inA.end), a: { start: inA.start, end: inA.end }, b: { start: inB.start, end: inB.end } });
    }
    run = undefined;
  };
  for (const m of sorted) {
    if (run && m[0] === run[1][0] + 1 && m[1] === run[1][1] + 1) run[1] = m;
    else {
      close();
      run = [m, m];
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
  const indexed = inputs.map(indexArticle);
  const articles = indexed.map((x) => x.article);
  const links: ReuseLink[] = [];
  for (const { a, b, matches } of sharedShingles(indexed.map((x) => x.keys))) {
    const first = articles[a]!;
    const second = articles[b]!;
    const passages = passagesOf(first, second, matches);
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
