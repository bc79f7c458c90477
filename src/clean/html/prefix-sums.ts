// Running totals over the page's blocks, so that any element's block range sums in O(1).

/** a[i] is the sum of `value` over items [0, i). */
export function prefixSums<T>(items: readonly T[], value: (item: T, i: number) => number): Float64Array {
  const sums = new Float64Array(items.length + 1);
  items.forEach((item, i) => {
    sums[i + 1] = sums[i]! + value(item, i);
  });
  return sums;
}

/** The sum over items [start, end) of the totals `sums`. */
export const rangeSum = (sums: Float64Array, [start, end]: readonly [number, number]): number => sums[end]! - sums[start]!;
