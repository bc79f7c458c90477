// Latent directions of a set of rows (latent semantic analysis): the leading right singular vectors
// of the rows' matrix, found from the small rows × rows Gram matrix, since a training set has a few
// hundred rows and thousands of terms. A linear layer fitted on projections onto them adds no
// opaque part: w_z·(V·x) = (Vᵀ·w_z)·x folds back into one weight per named feature (`foldLatent`).
import type { Features } from './logistic.ts';

/** Eigenvalues under this share of the largest are noise: their directions are left out. */
const RELATIVE_FLOOR = 1e-9;
const SWEEPS = 50;

/** Eigenvalues and unit eigenvectors (columns of `vectors`) of a symmetric matrix, by cyclic Jacobi rotations: deterministic. */
export function symmetricEigen(matrix: readonly (readonly number[])[]): { values: number[]; vectors: number[][] } {
  const n = matrix.length;
  // Row-major in typed arrays: a rotation touches two rows and two columns, n² times a sweep.
  const a = Float64Array.from(matrix.flat());
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  const offDiagonal = (): number => {
    let s = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) s += a[i * n + j]! * a[i * n + j]!;
    return s;
  };
  let scale = 2 * offDiagonal();
  for (let i = 0; i < n; i++) scale += a[i * n + i]! * a[i * n + i]!;
  for (let sweep = 0; sweep < SWEEPS && offDiagonal() > 1e-22 * scale; sweep++) {
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(a, c, s, p, q, n, n); // columns p and q
        rotate(a, c, s, p * n, q * n, 1, n); // rows p and q
        rotate(v, c, s, p, q, n, n);
      }
    }
  }
  return {
    values: Array.from({ length: n }, (_, i) => a[i * n + i]!),
    vectors: Array.from({ length: n }, (_, i) => Array.from(v.subarray(i * n, (i + 1) * n))),
  };
}

/** Rotates the pairs (m[x + k·stride], m[y + k·stride]), k < count, by the angle whose cosine is c and sine s. */
function rotate(m: Float64Array, c: number, s: number, x: number, y: number, stride: number, count: number): void {
  for (let k = 0; k < count; k++) {
    const mx = m[x + k * stride]!;
    const my = m[y + k * stride]!;
    m[x + k * stride] = c * mx - s * my;
    m[y + k * stride] = s * mx + c * my;
  }
}

/** Latent directions as each feature's loadings on them: `loadings.get(name)[d]` is the feature's part of direction d. */
export interface LatentBasis {
  /** How many directions. */
  size: number;
  loadings: Map<string, Float64Array>;
}

/**
 * The `k` leading latent directions of the rows over the features named with `prefix`, unit vectors
 * in feature space, strongest first; fewer when the rows span fewer dimensions.
 */
export function latentDirections(rows: readonly Features[], k: number, prefix: string): LatentBasis {
  const n = rows.length;
  const postings = new Map<string, Array<[number, number]>>();
  rows.forEach((row, r) => {
    for (const [name, x] of row) {
      if (x === 0 || !name.startsWith(prefix)) continue;
      const list = postings.get(name);
      if (list) list.push([r, x]);
      else postings.set(name, [[r, x]]);
    }
  });
  const gram = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const list of postings.values()) {
    for (const [r, x] of list) for (const [s, y] of list) gram[r]![s]! += x * y;
  }
  const { values, vectors } = symmetricEigen(gram);
  const order = values.map((_, i) => i).sort((i, j) => values[j]! - values[i]! || i - j);
  const top = values[order[0] ?? 0] ?? 0;
  const kept = order.slice(0, k).filter((i) => values[i]! > RELATIVE_FLOOR * top);
  // Right singular vectors from the left ones: v = Xᵀu / σ.
  const loadings = new Map<string, Float64Array>();
  for (const [name, list] of postings) {
    const out = new Float64Array(kept.length);
    kept.forEach((i, d) => {
      out[d] = list.reduce((sum, [r, y]) => sum + vectors[r]![i]! * y, 0) / Math.sqrt(values[i]!);
    });
    loadings.set(name, out);
  }
  // Each direction's sign set by its largest entry, so the same rows always give the same basis.
  for (let d = 0; d < kept.length; d++) {
    let largest = 0;
    for (const x of loadings.values()) if (Math.abs(x[d]!) > Math.abs(largest)) largest = x[d]!;
    if (largest < 0) for (const x of loadings.values()) x[d] = -x[d]!;
  }
  return { size: kept.length, loadings };
}

/** The row's coordinates along each direction. */
export function project(row: Features, basis: LatentBasis): number[] {
  const out = new Array<number>(basis.size).fill(0);
  for (const [name, x] of row) {
    const loading = basis.loadings.get(name);
    if (loading) for (let d = 0; d < basis.size; d++) out[d]! += x * loading[d]!;
  }
  return out;
}

/**
 * Weights over `scale`·(coordinates named `prefix` + index) folded into the features the directions
 * span; the latent weights leave the map. The result scores every row as the fit did.
 */
export function foldLatent(weights: ReadonlyMap<string, number>, basis: LatentBasis, scale: number, prefix: string): Map<string, number> {
  const out = new Map([...weights].filter(([name]) => !name.startsWith(prefix)));
  const latent = Array.from({ length: basis.size }, (_, d) => weights.get(`${prefix}${d}`) ?? 0);
  if (latent.every((w) => w === 0)) return out;
  for (const [name, loading] of basis.loadings) {
    const sum = latent.reduce((s, w, d) => s + w * loading[d]!, 0);
    out.set(name, (out.get(name) ?? 0) + scale * sum);
  }
  return out;
}
