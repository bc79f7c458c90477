// The settings are read once, where a run starts (a command, a worker, the API), checked against
// their schema and handed to the stages that use them; no stage reads them itself. A file that is
// missing, not JSON or not of the expected shape stops the run before any work, naming the file,
// the place in it and the problem.
import { join } from 'node:path';
import { DATA_DIR, readChecked, SettingsError } from './read-checked.ts';
import { NOTE_KEY, SETTINGS_FILES, type Settings } from './settings-schema.ts';

const NOTE = new RegExp(NOTE_KEY);

/** The value without its notes, which say why a setting is what it is but are not settings. */
function withoutNotes(value: unknown): unknown {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (NOTE.test(k) ? [] : [[k, withoutNotes(v)]])));
}

/** Every settings file of `dir`, checked; the first problem found is thrown as a SettingsError. */
export function loadSettings(dir = DATA_DIR): Settings {
  const settings: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(SETTINGS_FILES)) {
    const file = join(dir, `${name}.json`);
    const value = readChecked(file, schema);
    const { source, licence } = value as { source?: unknown; licence?: unknown };
    if (typeof source !== 'string' || typeof licence !== 'string') throw new SettingsError(file, 'no source or licence: every data file says where it comes from');
    settings[name] = withoutNotes(value);
  }
  return settings as Settings;
}
