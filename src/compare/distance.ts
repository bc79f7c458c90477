// Jensen–Shannon distance between two frame profiles. Profiles need not sum to 1 (an outlet's mean
// shares do not when some articles cue no frame), so both are normalised first.

/** The profile's values at `keys`, negatives as 0, scaled to sum to 1; null when all are 0. */
export function normalise(profile: Record<string, number>, keys: readonly string[]): number[] | null {
  const values = keys.map((k) => Math.max(0, profile[k] ?? 0));
  const total = values.reduce((s, v) => s + v, 0);
  return total > 0 ? values.map((v) => v / total) : null;
}

/** Kullback–Leibler divergence of p from the midpoint of p and q, base 2; terms with p = 0 contribute 0. */
function klToMid(p: readonly number[], q: readonly number[]): number {
  return p.reduce((s, pi, i) => (pi > 0 ? s + pi * Math.log2(pi / ((pi + q[i]!) / 2)) : s), 0);
}

/**
 * The distance between two profiles normalised over the same keys, as jensenShannonDistance gives
 * it: normalising each profile once lets a caller compare it with many others.
 */
export function normalisedDistance(p: readonly number[] | null, q: readonly number[] | null): number {
  if (!p && !q) return 0;
  if (!p || !q) return 1;
  const divergence = (klToMid(p, q) + klToMid(q, p)) / 2;
  // Float error can push the divergence a hair outside [0, 1].
  return Math.sqrt(Math.min(1, Math.max(0, divergence)));
}

/**
 * sqrt of the Jensen–Shannon divergence with base-2 logs, so 0 (same mix) to 1 (no frame in common).
 * Two empty (all-zero) profiles are alike (0); an empty one against a non-empty one is disjoint (1).
 * Negative values are treated as 0. A metric (Endres and Schindelin, 'A new metric for probability
 * distributions', IEEE Trans. Inf. Theory 49(7), 2003), which the search for extreme pairs relies on.
 */
export function jensenShannonDistance(a: Record<string, number>, b: Record<string, number>): number {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return normalisedDistance(normalise(a, keys), normalise(b, keys));
}
