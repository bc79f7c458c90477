// Reuse between articles: passages one article shares word for word with another, found through an
// inverted index of word shingles (every pair of articles is never compared), and the containment of
// each article in the other, which tells a reprint from two reports quoting the same source.
import { FNV_OFFSET, fnvStep } from '../hash.ts';
import { normalizeWord, wordMatches } from '../text/segment.ts';
import { round } from '../round.ts';
import type { ReuseLink, ReusePassage } from '../types.ts';
import type { ReuseSettings } from '../settings/settings-schema.ts';
import { compareNames } from '../text/compare-names.ts';

export interface ReuseInput {
  id: string;
  text: string;
}

interface Indexed {
  id: string;
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  shingles: number;
  /** The article's distinct shingles by number, in order of first occurrence, and their positions. */
  ids: Int32Array;
  positions: Int32Array;
  /** Where each of them has the article's own entry in the postings. */
  at: Int32Array;
}

/**
 * Every shingle's articles, in article order, with the position of its first occurrence in each:
 * shingle s has entries offsets[s] to offsets[s + 1]. Typed arrays, not a list per shingle: a story
 * of thousands of articles has millions of entries.
 */
interface Postings {
  offsets: Int32Array;
  articles: Int32Array;
  positions: Int32Array;
}

/**
 * Int32 views carved in turn from one buffer. A story's index is a few large allocations, which the
 * allocator hands back to the system when they are freed; per article, thousands of small ones stayed
 * behind in its heap (123 MB at 5,000 articles) through the rest of the run.
 */
function arena(length: number): (n: number) => Int32Array {
  const buffer = new Int32Array(length);
  let used = 0;
  return (n) => buffer.subarray(used, (used += n));
}

const shingleCount = (words: number, k: number): number => Math.max(0, words - k + 1);

/**
 * The story's distinct shingles of k words, numbered in order of first sight, from every article's
 * words as numbers: an open-addressing table keyed by a hash of the k word numbers, each hit checked
 * word by word against the shingle's first sighting, so the numbering is exact without a string per
 * shingle (a large story has millions). `take` gives the arrays, `total` shingles in all.
 */
function numberShingles(articles: readonly Int32Array[], k: number, total: number, take: (n: number) => Int32Array): { ids: Int32Array[]; count: number } {
  // At most half full: probes stay short.
  let size = 1;
  while (size < 2 * total) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const hashOf = take(total);
  const firstArticle = take(total);
  const firstAt = take(total);
  let count = 0;
  const ids = articles.map((words, a) => {
    const out = take(shingleCount(words.length, k));
    for (let at = 0; at < out.length; at++) {
      let h = FNV_OFFSET;
      for (let i = at; i < at + k; i++) h = fnvStep(h, words[i]!);
      let slot = h & (size - 1);
      for (;;) {
        const id = table[slot]!;
        if (id < 0) {
          table[slot] = count;
          hashOf[count] = h;
          firstArticle[count] = a;
          firstAt[count] = at;
          out[at] = count++;
          break;
        }
        if (hashOf[id] === h) {
          const seen = articles[firstArticle[id]!]!;
          const from = firstAt[id]!;
          let i = 0;
          while (i < k && seen[from + i] === words[at + i]) i++;
          if (i === k) {
            out[at] = id;
            break;
          }
        }
        slot = (slot + 1) & (size - 1);
      }
    }
    return out;
  });
  return { ids, count };
}

/** Int32 values appended story-wide, the array doubled as it fills: one large allocation, not one per article. */
function int32List(): { push(v: number): void; readonly length: number; view(from: number, to: number): Int32Array } {
  let data = new Int32Array(1 << 16);
  let length = 0;
  return {
    push(v) {
      if (length === data.length) {
        const grown = new Int32Array(2 * data.length);
        grown.set(data);
        data = grown;
      }
      data[length++] = v;
    },
    get length() {
      return length;
    },
    view: (from, to) => data.subarray(from, to),
  };
}

/** The inverted index of the articles' shingles, and each article's own entries in it. */
function index(inputs: readonly ReuseInput[], k: number): { articles: Indexed[]; postings: Postings } {
  // Every article's words as numbers, with their starts and ends, story-wide; article a's run from from[a].
  const [numbers, starts, ends] = [int32List(), int32List(), int32List()];
  const from = [0];
  const words = new Map<string, number>();
  // Each word as written → its normalised word's number: a story repeats the same words throughout.
  const written = new Map<string, number>();
  for (const input of inputs) {
    for (const m of wordMatches(input.text)) {
      let id = written.get(m[0]);
      if (id === undefined) {
        const norm = normalizeWord(m[0]);
        id = words.get(norm);
        if (id === undefined) words.set(norm, (id = words.size));
        written.set(m[0], id);
      }
      numbers.push(id);
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    from.push(numbers.length);
  }
  const tokenized = inputs.map((_, a) => ({ numbers: numbers.view(from[a]!, from[a + 1]!), starts: starts.view(from[a]!, from[a + 1]!), ends: ends.view(from[a]!, from[a + 1]!) }));
  const total = tokenized.reduce((n, t) => n + shingleCount(t.numbers.length, k), 0);
  // Every shingle's number and the numbering's three arrays; each article's distinct shingles, their
  // positions and postings entries, at most one per shingle.
  const take = arena(7 * total);
  words.clear();
  written.clear();
  const numbered = numberShingles(
    tokenized.map((t) => t.numbers),
    k,
    total,
    take,
  );
  // Only the first occurrence per article: a shingle repeated inside one article adds nothing.
  const lastArticle = new Int32Array(numbered.count).fill(-1);
  const shingled = tokenized.map(({ starts, ends }, a) => {
    const all = numbered.ids[a]!;
    const ids = take(all.length);
    const positions = take(all.length);
    let distinct = 0;
    for (let at = 0; at < all.length; at++) {
      const id = all[at]!;
      if (lastArticle[id] === a) continue;
      lastArticle[id] = a;
      ids[distinct] = id;
      positions[distinct++] = at;
    }
    return { id: inputs[a]!.id, text: inputs[a]!.text, starts, ends, shingles: all.length, ids: ids.subarray(0, distinct), positions: positions.subarray(0, distinct) };
  });
  const offsets = new Int32Array(numbered.count + 1);
  for (const x of shingled) for (const id of x.ids) offsets[id + 1]!++;
  for (let s = 1; s < offsets.length; s++) offsets[s]! += offsets[s - 1]!;
  const filled = offsets.slice(0, -1);
  const postings: Postings = { offsets, articles: new Int32Array(offsets.at(-1)!), positions: new Int32Array(offsets.at(-1)!) };
  // Articles in order, so each shingle's entries are in article order.
  const articles = shingled.map((x, a) => {
    const at = take(x.ids.length);
    x.ids.forEach((id, k) => {
      const entry = filled[id]!++;
      postings.articles[entry] = a;
      postings.positions[entry] = x.positions[k]!;
      at[k] = entry;
    });
    return { ...x, at };
  });
  return { articles, postings };
}

/**
 * The shingles article `a` shares with each later article, by article: their positions i in `a` and
 * j in the other as one number, i × width + j (width: more than any position), which sorts by i.
 * Article by article, so only one article's matches are ever held, whatever the story's size.
 */
function sharedWithLater(article: Indexed, postings: Postings, width: number, maxArticles: number): Map<number, number[]> {
  const byArticle = new Map<number, number[]>();
  article.ids.forEach((id, k) => {
    const end = postings.offsets[id + 1]!;
    const entries = end - postings.offsets[id]!;
    if (entries < 2 || entries > maxArticles) return;
    for (let y = article.at[k]! + 1; y < end; y++) {
      const match = article.positions[k]! * width + postings.positions[y]!;
      const matches = byArticle.get(postings.articles[y]!);
      if (matches) matches.push(match);
      else byArticle.set(postings.articles[y]!, [match]);
    }
  });
  return byArticle;
}

function span(article: Indexed, first: number, last: number, k: number): { start: number; end: number; words: number } {
  return { start: article.starts[first]!, end: article.ends[last + k - 1]!, words: last - first + k };
}

/** The passage's opening, cut after a word when longer than the report keeps. */
function passageExcerpt(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars + 1);
  const lastSpace = cut.search(/\s\S*$/);
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, -1)).trimEnd()}…`;
}

/** Runs of shingles shared in the same order in both articles, as passages of at least minWords. */
function passagesOf(a: Indexed, b: Indexed, matches: readonly number[], width: number, config: ReuseSettings): ReusePassage[] {
  const k = config.shingle.words;
  const out: ReusePassage[] = [];
  // The run so far: the positions of its first shingle in both articles, and of its last.
  let run: { i0: number; j0: number; i1: number; j1: number } | undefined;
  const close = (): void => {
    if (!run) return;
    const inA = span(a, run.i0, run.i1, k);
    if (inA.words >= config.passage.minWords) {
      const inB = span(b, run.j0, run.j1, k);
      out.push({ words: inA.words, text: passageExcerpt(a.text.slice(inA.start, inA.end), config.excerpt.maxChars), a: { start: inA.start, end: inA.end }, b: { start: inB.start, end: inB.end } });
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
export function findReuse(inputs: ReuseInput[], config: ReuseSettings): ReuseLink[] {
  const { articles, postings } = index(inputs, config.shingle.words);
  // A match, i × width + j, stays below width², an exact integer up to 94 million words an article.
  const width = articles.reduce((w, x) => Math.max(w, x.shingles), 1);
  const links: ReuseLink[] = [];
  articles.forEach((first) => {
    for (const [b, matches] of sharedWithLater(first, postings, width, config.commonShingle.maxArticles)) {
      const second = articles[b]!;
      const passages = passagesOf(first, second, matches, width, config);
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
  });
  return links.sort((x, y) => y.words - x.words || compareNames(x.a, y.a) || compareNames(x.b, y.b));
}
