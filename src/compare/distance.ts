// Jensen–Shannon distance between two frame profiles. Profiles need not sum to 1 (an outlet's mean
// shares do not when some articles cue no frame), so both are normalised first.

function normalise(profile: Record<string, number>, keys: string[]): number[] | null {
  const values = keys.map((k) => Math.max(0, profile[k] ?? 0));
  const total = values.reduce((s, v) => s + v, 0);
  return total > 0 ? values.map((v) => v / total) : null;
}

/** Kullback–Leibler divergence of p from the midpoint m, base 2; terms with p = 0 contribute 0. */
function klToMid(p: number[], m: number[]): number {
  return p.reduce((s, pi, i) => (pi > 0 ? s + pi * Math.log2(pi / m[i]!) : s), 0);
}

/**
 * sqrt of the Jensen–Shannon divergence with base-2 logs, so 0 (same mix) to 1 (no frame in common).
 * Two empty (all-zero) profiles are alike (0); an empty one against a non-empty one is disjoint (1).
 * Negative values are treated as 0.
 */
export function jensenShannonDistance(a: Record<string, number>, b: Record<string, number>): number {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const p = normalise(a, keys);
  const q = normalise(b, keys);
  if (!p && !q) return 0;
  if (!p || !q) return 1;
  const m = p.map((pi, i) => (pi + q[i]!) / 2);
  const divergence = (klToMid(p, m) + klToMid(q, m)) / 2;
  // Float error can push the divergence a hair outside [0, 1].
  return Math.sqrt(Math.min(1, Math.max(0, divergence)));
}
