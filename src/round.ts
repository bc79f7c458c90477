// Every figure in report.json is rounded once, here, so that reports are byte-deterministic.

/** Rounds to `digits` decimals; never returns -0, which would print as "-0.00" in the summary. */
export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}
