import test from 'ava';
import { calibrationCheck, type CalibrationItem } from '../../../bench/frames/calibration.ts';
import { seededRandom } from '../../../src/learn/random.ts';
import { UNCERTAINTY } from '../../helpers/settings.ts';

/** Articles with five frames present at their base rates and a strength; planted ones carry `economic` far more often. */
function items(n: number, seed: number, plantedRate: number): CalibrationItem[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const planted = i % 4 === 0;
    const economic = random() < (planted ? plantedRate : 0.2) ? 1 : 0;
    return {
      planted,
      measures: {
        conflict: random() < 0.4 ? 1 : 0,
        economic,
        human: random() < 0.3 ? 1 : 0,
        morality: random() < 0.15 ? 1 : 0,
        strength: random(),
      },
    };
  });
}

test('random splits rarely claim a difference; a planted one is found', (t) => {
  const result = calibrationCheck(items(160, 1, 0.8), { splits: 100, seed: 13 }, UNCERTAINTY);
  t.is(result.splits, 100);
  t.true(result.claimedShare <= 0.05, `claimed in ${result.claimedShare}`);
  t.true(result.plantedFound);
  t.true(result.plantedP < 0.05);
});

test('no planted difference: nothing found', (t) => {
  const result = calibrationCheck(items(160, 2, 0.2), { splits: 20, seed: 13 }, UNCERTAINTY);
  t.false(result.plantedFound);
  t.true(result.plantedP >= 0.05);
});

test('seeded: the same items and seed give the same figures', (t) => {
  const data = items(80, 3, 0.8);
  t.deepEqual(calibrationCheck(data, { splits: 30, seed: 5 }, UNCERTAINTY), calibrationCheck(data, { splits: 30, seed: 5 }, UNCERTAINTY));
});
