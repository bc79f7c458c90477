import test from 'ava';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings } from '../../src/settings/load-settings.ts';
import { DATA_DIR, SettingsError } from '../../src/settings/read-checked.ts';
import { SETTINGS_FILES } from '../../src/settings/settings-schema.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { editedData } from '../helpers/edited-data.ts';

test('the bundled settings load, every file of them, without their notes', (t) => {
  const settings = loadSettings();
  t.deepEqual(Object.keys(settings).sort(), Object.keys(SETTINGS_FILES).sort());
  t.is(settings.uncertainty.alpha, 0.05);
  t.is(settings.limits.pool.minArticles, 40);
  const text = JSON.stringify(settings);
  t.notRegex(text, /"(why|reason|source|licence|\w+Why)"/);
});

test('a setting of the wrong type stops the load, naming the file and the place', async (t) => {
  const dir = await editedData(t, 'uncertainty', (v) => ({ ...v, alpha: '0.05' }));
  const e = t.throws(() => loadSettings(dir), { instanceOf: SettingsError });
  t.is(e.file, join(dir, 'uncertainty.json'));
  t.regex(e.message, /uncertainty\.json: at \/alpha: must be number/);
});

/** Everything but `key`. */
const without =
  (key: string) =>
  (v: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(v).filter(([k]) => k !== key));

test('a value out of range, a misspelt key and a missing setting are each refused', async (t) => {
  const outOfRange = await editedData(t, 'claims', (v) => ({ ...v, link: { similarity: 1.5 } }));
  t.throws(() => loadSettings(outOfRange), { message: /claims\.json: at \/link\/similarity: must be <= 1/ });
  const misspelt = await editedData(t, 'limits', (v) => ({ ...v, pol: v['pool'] }));
  t.throws(() => loadSettings(misspelt), { message: /limits\.json: at \/: must NOT have additional properties \('pol'\)/ });
  const missing = await editedData(t, 'reuse', without('shingle'));
  t.throws(() => loadSettings(missing), { message: /reuse\.json: at \/: must have required property 'shingle'/ });
});

test('notes are allowed beside any setting, but every file says where it comes from', async (t) => {
  const noted = await editedData(t, 'pairs', (v) => ({ ...v, extremes: { listed: 10, reason: 'a note', listedWhy: 'another' } }));
  t.is(loadSettings(noted).pairs.extremes.listed, 10);
  const unsourced = await editedData(t, 'corpus', without('licence'));
  t.throws(() => loadSettings(unsourced), { message: /corpus\.json: no source or licence/ });
});

test('a settings file that is missing or not JSON is named', async (t) => {
  const dir = await tempDir(t);
  t.throws(() => loadSettings(dir), { message: new RegExp(`${join(dir, 'limits.json').replace(/[.\\/]/g, '\\$&')}: missing`) });
  cpSync(DATA_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'fetch.json'), '{"source": ');
  t.throws(() => loadSettings(dir), { message: /fetch\.json: not JSON/ });
});
