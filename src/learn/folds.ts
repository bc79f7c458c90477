// Cross-validation folds. Every figure of a trained part is measured on items its fold was not
// fitted on; items of one group (sentences of one article) always share a fold, so the model never
// sees a sibling of what it is scored on.
import { shuffled, seededRandom } from './random.ts';

/**
 * The fold (0..k-1) of each item. Groups are dealt round-robin after a seeded shuffle, largest
 * first, onto the fold with the fewest items so far; with `strata` (a label per item) the dealing
 * is done per stratum, so each fold keeps the label's base rate.
 */
export function assignFolds(n: number, k: number, seed: number, opts: { groups?: readonly string[]; strata?: readonly string[] } = {}): number[] {
  const groupOf = (i: number): string => opts.groups?.[i] ?? String(i);
  const members = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const g = groupOf(i);
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }
  const stratumOf = (g: string): string => opts.strata?.[members.get(g)![0]!] ?? '';
  const byStratum = new Map<string, string[]>();
  for (const g of members.keys()) {
    const s = stratumOf(g);
    byStratum.set(s, [...(byStratum.get(s) ?? []), g]);
  }
  const random = seededRandom(seed);
  const fold = new Array<number>(n).fill(0);
  const sizes = new Array<number>(k).fill(0);
  for (const s of [...byStratum.keys()].sort()) {
    // Stable order before the shuffle so the result depends on the seed alone.
    const groups = shuffled(byStratum.get(s)!, random).sort((a, b) => members.get(b)!.length - members.get(a)!.length);
    let next = 0;
    for (const g of groups) {
      // Round-robin within a stratum, skipping ahead to a fold that is not already fuller.
      let f = next % k;
      const least = Math.min(...sizes);
      while (sizes[f]! > least + members.get(g)!.length) f = (f + 1) % k;
      for (const i of members.get(g)!) fold[i] = f;
      sizes[f]! += members.get(g)!.length;
      next = f + 1;
    }
  }
  return fold;
}

/** For each fold, the indices to fit on and the indices to score. */
export function splits(fold: readonly number[], k: number): Array<{ train: number[]; test: number[] }> {
  return Array.from({ length: k }, (_, f) => ({
    train: fold.flatMap((x, i) => (x === f ? [] : [i])),
    test: fold.flatMap((x, i) => (x === f ? [i] : [])),
  }));
}
