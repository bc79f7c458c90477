// How every file of data/ is read: parsed, checked against its schema (compiled once per process),
// and, when it is missing, not JSON or not of its shape, refused with an error naming the file, the
// place in it and the problem.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { TSchema } from '@sinclair/typebox';

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

let ajv: Ajv2020 | undefined;
const compiled = new WeakMap<TSchema, ValidateFunction>();

function validator(schema: TSchema): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    // allowMatchingProperties: a table may name a note it requires (a lexicon entry's reason). The
    // schemas are framelens's own (tested), and each is used once per process: compiled unchecked and
    // unoptimised, which halves the time a process takes to read its tables.
    ajv ??= new Ajv2020({ strict: true, allErrors: false, allowMatchingProperties: true, validateSchema: false, code: { optimize: false } });
    v = ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/** `file` parsed and checked against `schema`; a SettingsError otherwise. */
export function readChecked(file: string, schema: TSchema): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SettingsError(file, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : `unreadable (${(e as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new SettingsError(file, `not JSON (${(e as Error).message})`);
  }
  const valid = validator(schema);
  if (!valid(value)) {
    const [e] = valid.errors ?? [];
    const extra = e?.keyword === 'additionalProperties' ? ` ('${String(e.params.additionalProperty)}')` : '';
    throw new SettingsError(file, `at ${e?.instancePath || '/'}: ${e?.message ?? 'invalid'}${extra}`);
  }
  return value;
}
