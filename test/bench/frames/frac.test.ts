import test from 'ava';
import { DataError } from '../../../bench/extract/datasets.ts';
import { fracFigures } from '../../../bench/frames/frac.ts';
import { tempFiles } from '../../helpers/temp-dir.ts';

// Written for this test: two kinds of sentence a class, enough for five stratified folds.
const ROWS = [
  ['Taxes rose and the budget deficit grew.', '1'],
  ['Prices and wages climbed again.', '1'],
  ['Inflation hit the economy hard.', '1'],
  ['The court heard the lawsuit.', '5'],
  ['Police arrested the robbery suspect.', '5'],
  ['The prison held the convicted man.', '5'],
  ['The hospital treated the disease.', '9'],
  ['Nurses gave the vaccine to patients.', '9'],
  ['Cancer cases rose in the clinic.', '9'],
  ['The poll showed falling support.', '12'],
  ['A survey found most people opposed it.', '12'],
  ['The petition drew a backlash.', '12'],
  ['The garden was quiet at sunset.', '15'],
  ['A kitten slept on the bicycle.', '15'],
  ['He ate a sandwich by the lake.', '15'],
];

test('fracFigures: framelens and the peer on the same folds, figures in [0, 1]', async (t) => {
  const dir = await tempFiles(t, { 'frac.dev.csv': ['sentence,label', ...ROWS.map(([s, l]) => `"${s}",${l}`)].join('\n') });
  const figures = fracFigures(dir);
  t.is(figures.sentences, ROWS.length);
  for (const side of [figures.framelens, figures.peer]) {
    t.true(side.accuracy >= 0 && side.accuracy <= 1);
    t.true(side.macroF1 >= 0 && side.macroF1 <= 1);
  }
  t.deepEqual(fracFigures(dir), figures);
});

test('fracFigures: a missing file is a DataError', async (t) => {
  const dir = await tempFiles(t, {});
  t.throws(() => fracFigures(dir), { instanceOf: DataError });
});
