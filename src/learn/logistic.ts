// L2-regularised logistic regression over named sparse features, fitted by full-batch Adam: no
// randomness, so the same rows give the same weights byte for byte. Small enough to read, and every
// weight has a name, so a decision can list the features that made it.

/** A row: feature name → value. */
export type Features = Map<string, number>;

export interface LogisticFit {
  bias: number;
  weights: Map<string, number>;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the bias), per row: the loss is the mean log-loss + l2/2·|w|². */
  l2: number;
  epochs?: number;
  learningRate?: number;
  /** Weigh each class by n / (2·n_class), so a rare frame is not ignored. */
  balanced?: boolean;
}

/** Fits P(label) = σ(bias + w·x). */
export function fitLogistic(rows: readonly Features[], labels: readonly boolean[], opts: LogisticOptions): LogisticFit {
  const names = new Map<string, number>();
  const sparse = rows.map((row) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, v] of row) {
      if (v === 0) continue;
      let j = names.get(name);
      if (j === undefined) {
        j = names.size;
        names.set(name, j);
      }
      idx.push(j);
      val.push(v);
    }
    return { idx, val };
  });
  const n = rows.length;
  const positives = labels.filter(Boolean).length;
  const rowWeight = labels.map((y) => (opts.balanced && positives > 0 && positives < n ? n / (2 * (y ? positives : n - positives)) : 1));
  const d = names.size;
  const w = new Float64Array(d + 1); // last slot: bias
  const m = new Float64Array(d + 1);
  const v = new Float64Array(d + 1);
  const grad = new Float64Array(d + 1);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const lr = opts.learningRate ?? 0.05;
  const epochs = opts.epochs ?? 400;
  for (let t = 1; t <= epochs; t++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const { idx, val } = sparse[i]!;
      let z = w[d]!;
      for (let k = 0; k < idx.length; k++) z += w[idx[k]!]! * val[k]!;
      const g = ((sigmoid(z) - (labels[i] ? 1 : 0)) * rowWeight[i]!) / n;
      for (let k = 0; k < idx.length; k++) grad[idx[k]!]! += g * val[k]!;
      grad[d]! += g;
    }
    for (let j = 0; j < d; j++) grad[j]! += opts.l2 * w[j]!;
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    for (let j = 0; j <= d; j++) {
      m[j] = b1 * m[j]! + (1 - b1) * grad[j]!;
      v[j] = b2 * v[j]! + (1 - b2) * grad[j]! ** 2;
      w[j]! -= (lr * (m[j]! / c1)) / (Math.sqrt(v[j]! / c2) + eps);
    }
  }
  const weights = new Map<string, number>();
  for (const [name, j] of names) weights.set(name, w[j]!);
  return { bias: w[d]!, weights };
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The linear score bias + w·x. */
export function logit(fit: { bias: number; weights: ReadonlyMap<string, number> }, row: Features): number {
  let z = fit.bias;
  for (const [name, v] of row) z += (fit.weights.get(name) ?? 0) * v;
  return z;
}
