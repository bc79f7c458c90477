// Does `comparison.differences` claim only what is there? The benchmark's articles are dealt at
// random into two equal "outlets" many times: the outlets do not differ, so the share of splits in
// which the test claims any difference must stay at or below alpha (5%). Then a planted difference
// (the planted articles as one outlet, the rest as the other) must be found. The compare stage's
// own test runs here, on the same settings (data/uncertainty.json).
import { testComparisons, type MeasureSamples } from '../../src/compare/differences.ts';
import type { UncertaintySettings } from '../../src/settings/settings-schema.ts';
import { seededRandom, seedFor, shuffled } from '../../src/learn/random.ts';

export interface CalibrationItem {
  /** One value per measure, as an article gives it (frame presence 0/1, a strength, a score). */
  measures: Record<string, number>;
  planted: boolean;
}

export interface Calibration {
  splits: number;
  /** Share of random splits in which any difference was claimed. */
  claimedShare: number;
  plantedFound: boolean;
  /** Smallest Holm-adjusted p of the planted split. */
  plantedP: number;
}

/** Every measure any item has, in name order, with the values of each outlet's items that have it. */
function measuresOf(outlets: ReadonlyArray<[string, readonly CalibrationItem[]]>): MeasureSamples[] {
  const names = [...new Set(outlets.flatMap(([, items]) => items.flatMap((i) => Object.keys(i.measures))))].sort();
  return names.map((measure) => ({
    measure,
    label: measure,
    values: new Map(outlets.map(([name, items]) => [name, items.flatMap((i) => (measure in i.measures ? [i.measures[measure]!] : []))])),
  }));
}

export function calibrationCheck(items: readonly CalibrationItem[], opts: { splits: number; seed: number }, settings: UncertaintySettings): Calibration {
  const half = Math.floor(items.length / 2);
  let claimed = 0;
  for (let s = 0; s < opts.splits; s++) {
    const seed = seedFor(opts.seed, `split ${s}`);
    const dealt = shuffled(items, seededRandom(seed));
    const { comparisons } = testComparisons(
      measuresOf([
        ['A', dealt.slice(0, half)],
        ['B', dealt.slice(half, 2 * half)],
      ]),
      { ...settings, seed },
    );
    if (comparisons.some((c) => c.claimed)) claimed++;
  }
  const planted = testComparisons(
    measuresOf([
      ['planted', items.filter((i) => i.planted)],
      ['rest', items.filter((i) => !i.planted)],
    ]),
    { ...settings, seed: opts.seed },
  ).comparisons;
  return {
    splits: opts.splits,
    claimedShare: opts.splits ? claimed / opts.splits : 0,
    plantedFound: planted.some((c) => c.claimed),
    plantedP: Math.min(1, ...planted.map((c) => c.pAdjusted)),
  };
}
