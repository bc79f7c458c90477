// Claims: the same fact told by one or more outlets, and which outlets tell it. Every sentence
// becomes a set of features (content stems, numbers, named actors) weighted by how rare they are in
// the story, and the sentences are clustered in one pass: each joins the claim whose centroid it is
// most like, or starts a claim of its own. Comparing with centroids, not with single members, keeps a
// claim from chaining away from its first sentences as single-link clustering does, and the work
// grows with the claims a sentence could join (found through an inverted index of claims), never
// with every pair of sentences. A sentence stays in the claim it joined: reading order decides, which
// makes the claims the same on every run.
import { wordMatches, wordForms } from '../text/segment.ts';
import { isStopword } from '../text/stopwords.ts';
import { round } from '../round.ts';
import { compareNames } from '../text/compare-names.ts';
import type { ArticleReport, Claim, ClaimCoverage, ClaimMember } from '../types.ts';
import type { ClaimSettings } from '../settings/settings-schema.ts';

/** A sentence to cluster: where it is, as a claim member will say, and what it says. */
export interface ClaimSentence extends Omit<ClaimMember, 'similarity'> {
  text: string;
  /** canonical names of the actors the sentence mentions (may be empty) */
  actors: string[];
}

type Kind = 'stem' | 'number' | 'actor';

/** Every feature of the story, numbered as first seen, by kind. */
interface Vocabulary {
  ids: Record<Kind, Map<string, number>>;
  kinds: Kind[];
  /** Sentences (fragments left out) that have the feature. */
  df: number[];
  /** Each word a feature stands for, once (features keep its number). */
  words: Map<string, number>;
  /**
   * Each word as written, once: its feature and the word it stands for there, or null (a stopword).
   * A story repeats the same few thousand words across hundreds of thousands of sentences.
   */
  written: Map<string, { id: number; word: string } | null>;
}

/**
 * The sentences kept (fragments left out) as unit vectors, flat: sentence v has entries start[v] to
 * start[v + 1], its features common first, each with its value and the word it stands for there.
 * One set of arrays for the story, not three per sentence: a story of thousands of articles has
 * hundreds of thousands of sentences.
 */
interface Vectors {
  sentences: ClaimSentence[];
  start: Int32Array;
  ids: Int32Array;
  values: Float64Array;
  words: Int32Array;
  /** Entries of sentence v from probeFrom[v] on can reach the link threshold on their own; the ones before cannot. */
  probeFrom: Int32Array;
  /** The words, by number. */
  wordList: string[];
}

/** A claim while clustering: its members, and where its centroid's values are in the index. */
interface Draft {
  members: number[];
  /** Feature → position of this claim in the feature's posting. */
  slots: Map<number, number>;
}

/** The claims that have a feature, each with its centroid's value there (the sum of its members' values). */
interface Posting {
  claims: number[];
  sums: number[];
  /**
   * Claim → position, once the feature is common (in more than `commonFeature.maxClaims` claims):
   * the candidates of a sentence look their values up here, in the few maps of its common features,
   * rather than each in its own claim's map, scattered in memory.
   */
  common?: Map<number, number>;
}

/** A finished claim: its members (sentences by number) and centroid. */
interface Cluster {
  members: number[];
  centroid: Map<number, number>;
}

// A step along a posting costs about an eighth of a map look-up (1.4–1.9 ns against 9–17 ns on the
// development machine), so a common feature's posting is walked when it is at most this many times
// longer than the list of candidates, and the candidates are looked up in it otherwise.
const SCAN_PER_LOOKUP = 8;

function featureId(vocab: Vocabulary, kind: Kind, key: string): number {
  let id = vocab.ids[kind].get(key);
  if (id === undefined) {
    id = vocab.kinds.length;
    vocab.ids[kind].set(key, id);
    vocab.kinds.push(kind);
    vocab.df.push(0);
  }
  return id;
}

function wordId(vocab: Vocabulary, word: string): number {
  let id = vocab.words.get(word);
  if (id === undefined) vocab.words.set(word, (id = vocab.words.size));
  return id;
}

/** The feature a word as written stands for, and the word shown for it; null for a stopword. */
function writtenFeature(vocab: Vocabulary, written: string): { id: number; word: string } | null {
  const { norm, stem } = wordForms(written);
  // A number is kept as written: "2024" must not meet "2025".
  const number = /\p{N}/u.test(norm);
  if (!number && isStopword(norm)) return null;
  return { id: featureId(vocab, number ? 'number' : 'stem', number ? norm : stem), word: norm.replace(/'s$/, '') };
}

/**
 * The sentence's features with the word each stands for, appended to `ids` and `words`, or nothing
 * for a fragment too short to be a claim; `seen` marks the features the sentence already has.
 */
function addFeatures(s: ClaimSentence, vocab: Vocabulary, ids: number[], words: number[], seen: Map<number, number>, minFeatures: number): boolean {
  seen.clear();
  // Compounds are taken apart so that "NASA-led" meets "NASA" and "long-term" meets "term".
  for (const [written] of wordMatches(s.text.replace(/-/g, ' '))) {
    let feature = vocab.written.get(written);
    if (feature === undefined) vocab.written.set(written, (feature = writtenFeature(vocab, written)));
    if (feature && !seen.has(feature.id)) seen.set(feature.id, wordId(vocab, feature.word));
  }
  if (seen.size < minFeatures) return false;
  for (const actor of s.actors) {
    const id = featureId(vocab, 'actor', actor);
    if (!seen.has(id)) seen.set(id, wordId(vocab, actor));
  }
  for (const [id, word] of seen) {
    vocab.df[id]!++;
    ids.push(id);
    words.push(word);
  }
  return true;
}

/** Sorts entries from..to of `ids` (with their words) by weight, common first, and gives them unit length. */
function toUnit(v: Omit<Vectors, 'sentences' | 'start' | 'wordList'>, from: number, to: number, weight: readonly number[], threshold: number): number {
  const order = [...v.ids.subarray(from, to).keys()].sort((x, y) => weight[v.ids[from + x]!]! - weight[v.ids[from + y]!]! || v.ids[from + x]! - v.ids[from + y]!);
  const ids = order.map((k) => v.ids[from + k]!);
  const words = order.map((k) => v.words[from + k]!);
  v.ids.set(ids, from);
  v.words.set(words, from);
  const norm = Math.sqrt(ids.reduce((sum, id) => sum + weight[id]! ** 2, 0));
  ids.forEach((id, k) => (v.values[from + k] = weight[id]! / norm));
  // The prefix bound: a claim that shares only features whose squared values sum below t² has a
  // cosine below t with this sentence, so those common features bring no candidates.
  let probeFrom = from;
  for (let rest = 0; probeFrom < to && rest + v.values[probeFrom]! ** 2 < threshold ** 2; probeFrom++) rest += v.values[probeFrom]! ** 2;
  return probeFrom;
}

function vectorize(sentences: readonly ClaimSentence[], config: ClaimSettings): { vectors: Vectors; weight: number[] } {
  const vocab: Vocabulary = { ids: { stem: new Map(), number: new Map(), actor: new Map() }, kinds: [], df: [], words: new Map(), written: new Map() };
  const ids: number[] = [];
  const words: number[] = [];
  const starts = [0];
  const seen = new Map<number, number>();
  const kept: ClaimSentence[] = [];
  for (const sentence of sentences) {
    if (!addFeatures(sentence, vocab, ids, words, seen, config.fragment.minFeatures)) continue;
    kept.push(sentence);
    starts.push(ids.length);
  }
  const n = kept.length;
  const weight = vocab.df.map((df, id) => config.weights[vocab.kinds[id]!] * (Math.log((1 + n) / (1 + df)) + 1));
  const start = Int32Array.from(starts);
  const flat = { ids: Int32Array.from(ids), words: Int32Array.from(words), values: new Float64Array(ids.length), probeFrom: new Int32Array(n) };
  for (let v = 0; v < n; v++) flat.probeFrom[v] = toUnit(flat, start[v]!, start[v + 1]!, weight, config.link.similarity);
  return { vectors: { sentences: kept, start, ...flat, wordList: [...vocab.words.keys()] }, weight };
}

/**
 * One pass in input order, so the same sentences always give the same claims. The centroids live in
 * the inverted index itself, so the dot products a sentence's rare features contribute are summed
 * straight from the postings; its other features are looked up only for claims that could still
 * reach the threshold.
 */
function cluster(vectors: Vectors, features: number, config: ClaimSettings): Cluster[] {
  const threshold = config.link.similarity;
  const n = vectors.sentences.length;
  const drafts: Draft[] = [];
  const postings: Array<Posting | undefined> = new Array(features);
  const dots = new Float64Array(n);
  // Each claim's squared centroid length, by claim, read for every candidate.
  const norms2 = new Float64Array(n);
  const stamp = new Int32Array(n);
  const { start, ids, values, probeFrom } = vectors;
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    // Features too common to scan: looked up later, only for claims that could still reach the threshold.
    const rest: number[] = [];
    let rest2 = 0;
    // Rarest first, so that every candidate is known before the common prefix is scanned.
    for (let k = start[i + 1]! - 1; k >= start[i]!; k--) {
      const x = values[k]!;
      const p = postings[ids[k]!];
      if (!p) continue;
      if (p.common) {
        rest.push(k);
        rest2 += x * x;
        continue;
      }
      const probe = k >= probeFrom[i]!;
      p.claims.forEach((c, j) => {
        if (stamp[c] !== i + 1) {
          if (!probe) return;
          stamp[c] = i + 1;
          dots[c] = 0;
          touched.push(c);
        }
        dots[c]! += x * p.sums[j]!;
      });
    }
    const restNorm = Math.sqrt(rest2);
    // Cauchy-Schwarz: the features not scanned add at most restNorm to the cosine.
    const near = touched.filter((c) => dots[c]! / Math.sqrt(norms2[c]!) + restNorm >= threshold);
    for (const c of near) stamp[c] = -(i + 1);
    // Each common feature in turn adds its part to every candidate left (so each sum is added in the
    // same order as one candidate at a time would), from its posting or by looking each candidate up.
    for (const k of rest) {
      const x = values[k]!;
      const p = postings[ids[k]!]!;
      if (p.claims.length <= SCAN_PER_LOOKUP * near.length) {
        p.claims.forEach((c, j) => {
          if (stamp[c] === -(i + 1)) dots[c]! += x * p.sums[j]!;
        });
      } else {
        for (const c of near) {
          const slot = p.common!.get(c);
          if (slot !== undefined) dots[c]! += x * p.sums[slot]!;
        }
      }
    }
    let best = -1;
    let bestSim = -Infinity;
    for (const c of near) {
      const sim = dots[c]! / Math.sqrt(norms2[c]!);
      if (sim > bestSim || (sim === bestSim && c < best)) [best, bestSim] = [c, sim];
    }
    if (bestSim < threshold) {
      best = drafts.length;
      drafts.push({ members: [], slots: new Map() });
    }
    const target = drafts[best]!;
    target.members.push(i);
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const id = ids[k]!;
      const x = values[k]!;
      const p = (postings[id] ??= { claims: [], sums: [] });
      const slot = target.slots.get(id);
      const old = slot === undefined ? 0 : p.sums[slot]!;
      if (slot === undefined) {
        target.slots.set(id, p.claims.length);
        p.common?.set(best, p.claims.length);
        p.claims.push(best);
        p.sums.push(x);
        if (!p.common && p.claims.length > config.commonFeature.maxClaims) p.common = new Map(p.claims.map((c, j) => [c, j]));
      } else p.sums[slot] = old + x;
      norms2[best]! += 2 * old * x + x * x;
    }
  }
  return drafts.map((d) => ({
    members: d.members,
    centroid: new Map([...d.slots].map(([id, slot]) => [id, postings[id]!.sums[slot]!])),
  }));
}

/** Sentence v's dot product with a vector given as feature → value. */
function dot(vectors: Vectors, v: number, b: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (let k = vectors.start[v]!; k < vectors.start[v + 1]!; k++) sum += vectors.values[k]! * (b.get(vectors.ids[k]!) ?? 0);
  return sum;
}

// Two members of a pair have the same dot product with the centroid up to rounding error.
const TIE = 1e-9;

/**
 * The member most like the others: the sum of a member's cosines with the rest is its dot product
 * with the centroid less one, so the largest dot product wins, the earliest member on a tie.
 */
function representative(vectors: Vectors, c: Cluster): number {
  let best = c.members[0]!;
  let bestDot = -Infinity;
  for (const m of c.members) {
    const d = dot(vectors, m, c.centroid);
    if (d > bestDot + TIE) [best, bestDot] = [m, d];
  }
  return best;
}

/** Features two or more members have, most shared first, each as the word members use most for it. */
function sharedFeatures(vectors: Vectors, c: Cluster, weight: readonly number[], max: number): string[] {
  const counts = new Map<number, { n: number; words: Map<number, number> }>();
  for (const m of c.members) {
    for (let k = vectors.start[m]!; k < vectors.start[m + 1]!; k++) {
      const id = vectors.ids[k]!;
      const word = vectors.words[k]!;
      const entry = counts.get(id) ?? { n: 0, words: new Map<number, number>() };
      entry.n++;
      entry.words.set(word, (entry.words.get(word) ?? 0) + 1);
      counts.set(id, entry);
    }
  }
  const mostUsed = (words: Map<number, number>): string => {
    let best = -1;
    let n = 0;
    for (const [w, k] of words) if (k > n) [best, n] = [w, k];
    return vectors.wordList[best] ?? '';
  };
  const ranked = [...counts]
    .filter(([, e]) => e.n >= 2)
    .map(([id, e]) => ({ n: e.n, weight: weight[id]!, word: mostUsed(e.words) }))
    .sort((a, b) => b.n - a.n || b.weight - a.weight || compareNames(a.word, b.word));
  // An actor's name is usually also words of the sentence ("Roy Moore", "roy", "moore"): whatever
  // adds no word to those already shown is left out.
  const words = new Set<string>();
  const shown: string[] = [];
  for (const { word } of ranked) {
    const parts = word.toLowerCase().split(/\s+/);
    if (parts.every((p) => words.has(p))) continue;
    parts.forEach((p) => words.add(p));
    shown.push(word);
    if (shown.length === max) break;
  }
  return shown;
}

function toClaim(vectors: Vectors, c: Cluster, weight: readonly number[], rank: (outlet: string) => number, sharedMax: number): Omit<Claim, 'id'> {
  const shown = representative(vectors, c);
  const shownValues = new Map<number, number>();
  for (let k = vectors.start[shown]!; k < vectors.start[shown + 1]!; k++) shownValues.set(vectors.ids[k]!, vectors.values[k]!);
  const sentences = c.members.map((m) => vectors.sentences[m]!);
  const outlets = [...new Set(sentences.map((s) => s.outlet))].sort((a, b) => rank(a) - rank(b) || compareNames(a, b));
  return {
    text: vectors.sentences[shown]!.text,
    outlets,
    members: sentences.map((s, i) => ({
      article: s.article,
      outlet: s.outlet,
      part: s.part,
      sentence: s.sentence,
      start: s.start,
      end: s.end,
      similarity: c.members[i] === shown ? 1 : round(dot(vectors, c.members[i]!, shownValues)),
    })),
    shared: c.members.length > 1 ? sharedFeatures(vectors, c, weight, sharedMax) : [],
  };
}

/** The sentences of an article, each with its outlet and the actors it names, for claim clustering. */
export function articleClaimSentences(article: ArticleReport, outlet: string): ClaimSentence[] {
  const actorsAt = new Map<string, Set<string>>();
  for (const actor of article.actors) {
    for (const s of actor.spans) {
      const key = `${s.part}:${s.sentence}`;
      actorsAt.set(key, (actorsAt.get(key) ?? new Set()).add(actor.name));
    }
  }
  const parts = [
    ['headline', article.sentences.headline],
    ['body', article.sentences.body],
  ] as const;
  return parts.flatMap(([part, sentences]) =>
    sentences.map((s) => ({ article: article.id, outlet, part, sentence: s.index, start: s.start, end: s.end, text: s.text, actors: [...(actorsAt.get(`${part}:${s.index}`) ?? [])].sort() })),
  );
}

/**
 * Clusters the story's sentences into claims and tells which outlets make each. `sentences` come in
 * reading order (article by article, headline first); `outlets` is the comparison order. Fragments
 * (fewer than `fragment.minFeatures` content words and numbers) belong to no claim; every other
 * sentence belongs to exactly one, so the claims only one outlet makes are complete.
 */
export function findClaims(sentences: ClaimSentence[], outlets: string[], config: ClaimSettings): ClaimCoverage {
  const { vectors, weight } = vectorize(sentences, config);
  const order = new Map(outlets.map((name, i) => [name, i]));
  const rank = (name: string): number => order.get(name) ?? outlets.length;
  // Stable: claims with as many outlets keep the order of their first sentence.
  const drafts = cluster(vectors, weight.length, config)
    .map((c) => toClaim(vectors, c, weight, rank, config.shared.max))
    .sort((a, b) => b.outlets.length - a.outlets.length);
  const claims: Claim[] = drafts.map((d, i) => ({ id: `c${i + 1}`, ...d }));
  const coreMin = Math.max(config.core.minOutlets, Math.ceil(config.core.share * outlets.length));
  const core = claims.filter((c) => c.outlets.length >= coreMin);
  const coreOutlets = core.map((c) => new Set(c.outlets));
  // One pass over the claims, not one per outlet: a story of many outlets has many claims too.
  const only = new Map(outlets.map((name) => [name, [] as string[]]));
  for (const c of claims) if (c.outlets.length === 1) only.get(c.outlets[0]!)?.push(c.id);
  return {
    claims,
    core: core.map((c) => c.id),
    outlets: outlets.map((name) => ({
      name,
      omits: core.filter((_, k) => !coreOutlets[k]!.has(name)).map((c) => c.id),
      only: only.get(name)!,
    })),
  };
}
