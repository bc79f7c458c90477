// Platt scaling (Platt 1999, "Probabilistic outputs for support vector machines"): a logistic map
// σ(slope·z + intercept) from a layer's linear score z to a probability that matches how often the
// label holds, fitted on scores the layer gave rows it was not fitted on. A layer trained with
// classes weighed to balance ranks well but overstates a rare class; the map keeps the ranking
// (slope > 0) and puts its probabilities back on the scale of the data.

import { sigmoid } from './logistic.ts';

export interface PlattMap {
  slope: number;
  intercept: number;
}

/**
 * The map fitted by Newton's method on the log-loss, with Platt's smoothed targets ((n₊ + 1)/(n₊ + 2)
 * for a positive, 1/(n₋ + 2) for a negative) so a separable sample does not drive the slope to
 * infinity. Deterministic. A slope that comes out at or below zero (scores that do not rank) is
 * replaced by the identity slope with the intercept refitted: the map must never reverse the order.
 */
export function fitPlatt(scores: readonly number[], labels: readonly boolean[]): PlattMap {
  const positives = labels.filter(Boolean).length;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (labels.length - positives + 2);
  const targets = labels.map((y) => (y ? high : low));
  const fitted = newton(scores, targets, true);
  return fitted.slope > 0 ? fitted : newton(scores, targets, false);
}

/** Newton steps on (slope, intercept), or on the intercept alone with slope 1. */
function newton(scores: readonly number[], targets: readonly number[], withSlope: boolean): PlattMap {
  let slope = 1;
  let intercept = 0;
  for (let step = 0; step < 100; step++) {
    // Gradient and Hessian of the summed log-loss.
    let [ga, gb, haa, hab, hbb] = [0, 0, 0, 0, 0];
    for (let i = 0; i < scores.length; i++) {
      const z = scores[i]!;
      const p = sigmoid(slope * z + intercept);
      const r = p - targets[i]!;
      const w = p * (1 - p);
      ga += r * z;
      gb += r;
      haa += w * z * z;
      hab += w * z;
      hbb += w;
    }
    // A tiny ridge keeps the step finite when every probability saturates.
    const [da, db] = withSlope ? solve2(haa + 1e-12, hab, hbb + 1e-12, ga, gb) : [0, gb / (hbb + 1e-12)];
    slope -= da;
    intercept -= db;
    if (Math.abs(da) < 1e-12 && Math.abs(db) < 1e-12) break;
  }
  return { slope, intercept };
}

/** Solves [[a, b], [b, c]]·x = [u, v]. */
function solve2(a: number, b: number, c: number, u: number, v: number): [number, number] {
  const det = a * c - b * b;
  return [(c * u - b * v) / det, (a * v - b * u) / det];
}
