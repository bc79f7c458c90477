import test from 'ava';
import { checkTables, table } from '../../src/settings/tables.ts';
import { TABLE_FILES } from '../../src/settings/tables-schema.ts';
import { editedData } from '../helpers/edited-data.ts';

test('every bundled table is of its shape, and is read once per process', (t) => {
  t.notThrows(() => checkTables());
  t.true(Object.keys(TABLE_FILES).length >= 20);
  t.is(table('stopwords'), table('stopwords'));
});

test('a lexicon entry without its reason is refused, naming the file and the entry', async (t) => {
  const dir = await editedData(t, 'sentiment-news-lexicon', (v) => ({ ...v, entries: [{ term: 'crisis', value: -2 }] }));
  t.throws(() => checkTables(dir), { message: /sentiment-news-lexicon\.json: at \/entries\/0: must have required property 'reason'/ });
});

test('a misspelt key and a number given as text are refused; notes may go anywhere', async (t) => {
  const misspelt = await editedData(t, 'voices', (v) => ({ ...v, qoutes: v['quotes'] }));
  t.throws(() => checkTables(misspelt), { message: /voices\.json: at \/: must NOT have additional properties \('qoutes'\)/ });
  const text = await editedData(t, 'descriptors', (v) => ({ ...v, role: { ...(v['role'] as object), maxWords: '4' } }));
  t.throws(() => checkTables(text), { message: /descriptors\.json: at \/role\/maxWords: must be number/ });
  const noted = await editedData(t, 'stopwords', (v) => ({ ...v, why: 'a note', wordsWhy: 'another' }));
  t.notThrows(() => checkTables(noted));
});

test("a trained layer's file is checked too", async (t) => {
  const dir = await editedData(t, 'models/generic-frames', (v) => ({ ...v, outputs: [] }));
  t.throws(() => checkTables(dir), { message: /models\/generic-frames\.json: at \/outputs: must NOT have fewer than 1 items/ });
});
