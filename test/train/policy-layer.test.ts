import test from 'ava';
import { join } from 'node:path';
import { crossValidatedClasses, fitPolicyLayer, fracExample, fracFolds, fracScores, FRAC_CLASSES, parseCsv, predictFrac, readFrac, type FracItem } from '../../train/policy-layer.ts';
import { tempFiles } from '../helpers/temp-dir.ts';

// Written for these tests: two cue words of a class in a plain carrier sentence, five sentences a class.
const CUES: Record<string, string[]> = {
  '1': ['taxes', 'wages', 'prices', 'budget', 'inflation'],
  '3': ['sin', 'conscience', 'religion', 'ethics', 'decency'],
  '4': ['discrimination', 'inequality', 'racism', 'privilege', 'injustice'],
  '5': ['court', 'police', 'prison', 'lawsuit', 'robbery'],
  '6': ['legislation', 'election', 'parliament', 'reform', 'campaign'],
  '8': ['troops', 'terrorism', 'missile', 'military', 'invasion'],
  '9': ['disease', 'hospital', 'vaccine', 'cancer', 'nurses'],
  '11': ['tradition', 'heritage', 'culture', 'ancestry', 'folklore'],
  '12': ['poll', 'survey', 'protest', 'petition', 'backlash'],
  '15': ['sunset', 'garden', 'kitten', 'bicycle', 'sandwich'],
};
const ITEMS: FracItem[] = Object.entries(CUES).flatMap(([label, words]) =>
  words.map((w, i) => ({ sentence: `Everyone kept talking about the ${w} and the ${words[(i + 1) % words.length]!} on day ${i + 1}.`, label })),
);
const csv = (items: FracItem[]): string => ['sentence,label', ...items.map((x) => `"${x.sentence.replace(/"/g, '""')}",${x.label}`)].join('\n');

test('parseCsv: quoted commas, doubled quotes, line breaks inside quotes, CRLF', (t) => {
  t.deepEqual(parseCsv('sentence,label\r\n"a, ""b""\nc",6\r\nplain,1\n'), [
    ['sentence', 'label'],
    ['a, "b"\nc', '6'],
    ['plain', '1'],
  ]);
  t.deepEqual(parseCsv('x,1'), [['x', '1']]);
});

test('readFrac reads sentence,label rows and refuses another header or an unknown class', async (t) => {
  const dir = await tempFiles(t, {
    'good.csv': csv(ITEMS.slice(0, 3)),
    'header.csv': 'text,label\nabc,1\n',
    'class.csv': 'sentence,label\nabc,2\n',
  });
  t.deepEqual(readFrac(join(dir, 'good.csv')), ITEMS.slice(0, 3));
  t.throws(() => readFrac(join(dir, 'header.csv')), { message: /header "sentence,label"/ });
  t.throws(() => readFrac(join(dir, 'class.csv')), { message: /row 2/ });
});

test('fitPolicyLayer: one output per FrAC class, named weights, the same bytes twice', (t) => {
  const examples = ITEMS.map(fracExample);
  const a = fitPolicyLayer(examples);
  t.deepEqual(
    a.outputs.map((o) => o.id),
    Object.keys(FRAC_CLASSES.classes).sort((x, y) => Number(x) - Number(y)),
  );
  t.deepEqual(a.settings.classes, FRAC_CLASSES.classes);
  const names = a.outputs.flatMap((o) => Object.keys(o.weights));
  t.true(names.some((w) => w.startsWith('cue:')));
  t.true(names.some((w) => w.startsWith('w:')));
  t.is(JSON.stringify(fitPolicyLayer(examples)), JSON.stringify(a));
  t.is(predictFrac(a, fracExample({ sentence: 'Taxes and prices rose again, and wages fell.', label: '1' })), '1');
});

test('cross-validated classes come from models that never saw the item', (t) => {
  const examples = ITEMS.map(fracExample);
  const gold = examples.map((e) => e.label);
  const fold = fracFolds(gold);
  t.is(new Set(fold).size, 5);
  const predicted = crossValidatedClasses(examples, fold);
  t.is(predicted.length, ITEMS.length);
  const { accuracy, macroF1 } = fracScores(gold, predicted);
  t.true(accuracy > 0.5 && accuracy <= 1);
  t.true(macroF1 > 0.4 && macroF1 <= 1);
  t.deepEqual(crossValidatedClasses(examples, fold), predicted);
});

test('fracScores: accuracy and macro-F1 over the ten classes', (t) => {
  t.deepEqual(fracScores(['1', '15'], ['1', '15']), { accuracy: 1, macroF1: 1 });
  // One class right, one wrong: F1 1 for "1", 0 for "15" and "3", the other classes left out.
  const s = fracScores(['1', '15'], ['1', '3']);
  t.is(s.accuracy, 0.5);
  t.is(s.macroF1, 1 / 3);
});
