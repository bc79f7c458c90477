// The settings are read once, where a run starts (a command, a worker, the API), checked against
// their schema and handed to the stages that use them; no stage reads them itself. A file that is
// missing, not JSON or not of the expected shape stops the run before any work, naming the file,
// the place in it and the problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SETTINGS_FILES, type Settings } from './settings-schema.ts';

/** data/ beside src/, in the repository and in the built package alike. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export class SettingsError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'SettingsError';
  }
}

const NOTE = /^(why|reason|source|licence)$|Why$/;

/** The value without its notes, which say why a setting is what it is but are not settings. */
function withoutNotes(value: unknown): unknown {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (NOTE.test(k) ? [] : [[k, withoutNotes(v)]])));
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SettingsError(file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : `unreadable (${(e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SettingsError(file, `not JSON (${(e as Error).message})`);
  }
}

/** Every settings file of `dir`, checked; the first problem found is thrown as a SettingsError. */
export function loadSettings(dir = DATA_DIR): Settings {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  const settings: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(SETTINGS_FILES)) {
    const file = join(dir, `${name}.json`);
    const value = readJson(file);
    const valid = ajv.compile(schema);
    if (!valid(value)) {
      const [e] = valid.errors ?? [];
      const extra = e?.keyword === 'additionalProperties' ? ` ('${String(e.params.additionalProperty)}')` : '';
      throw new SettingsError(file, `at ${e?.instancePath || '/'}: ${e?.message ?? 'invalid'}${extra}`);
    }
    const { source, licence } = value as { source?: unknown; licence?: unknown };
    if (typeof source !== 'string' || typeof licence !== 'string') throw new SettingsError(file, 'no source or licence: every data file says where it comes from');
    settings[name] = withoutNotes(value);
  }
  return settings as Settings;
}
