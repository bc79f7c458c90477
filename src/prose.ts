// Numbers and counts as the plain-text outputs write them: the summary paragraph, summary.md and
// the page's running text.

/** A figure with `digits` decimals and a sign, "+" or a typographic minus ("0.000" has none). */
export function signed(value: number, digits: number): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return sign + Math.abs(value).toFixed(digits);
}

/** A 0..1 share as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
