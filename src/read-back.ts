// Everything framelens reads back from its own earlier runs is checked against the JSON Schema of
// what this version writes (schema/): a previous report.json, the caches, the corpus's digests, the
// lock file and the records at the top of snapshots. The schemas are compiled once, on the first
// read-back; a file that does not match counts as absent, and the caller says so.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import reportSchema from '../schema/report.schema.json' with { type: 'json' };
import articleSchema from '../schema/article.schema.json' with { type: 'json' };
import cacheSchema from '../schema/cache.schema.json' with { type: 'json' };

/** What can be read back, and where its schema is. */
const SCHEMAS = {
  report: reportSchema.$id,
  record: articleSchema.$id,
  storyCache: `${cacheSchema.$id}#/$defs/StoryCache`,
  cachedArticle: `${cacheSchema.$id}#/$defs/CachedArticle`,
  corpusDigest: `${cacheSchema.$id}#/$defs/CorpusDigest`,
  lockOwner: `${cacheSchema.$id}#/$defs/LockOwner`,
  fetchRecord: `${cacheSchema.$id}#/$defs/FetchRecord`,
  fetchFailure: `${cacheSchema.$id}#/$defs/FetchFailure`,
} as const;

export type ReadBackKind = keyof typeof SCHEMAS;

let ajv: Ajv2020 | undefined;
const compiled = new Map<ReadBackKind, ValidateFunction>();

function validator(kind: ReadBackKind): ValidateFunction {
  let v = compiled.get(kind);
  if (!v) {
    // allErrors off: the first problem is enough to set a file aside, and stops the check early.
    ajv ??= new Ajv2020({ strict: true, allErrors: false }).addSchema([reportSchema, articleSchema, cacheSchema]);
    v = ajv.getSchema(SCHEMAS[kind])!;
    compiled.set(kind, v);
  }
  return v;
}

/** Why `value` is not a `kind` as this version writes it ("at /articles/3: must have required property 'sha256'"), or null when it is one. */
export function readBackProblem(kind: ReadBackKind, value: unknown): string | null {
  const v = validator(kind);
  if (v(value)) return null;
  const [e] = v.errors ?? [];
  return e ? `at ${e.instancePath || '/'}: ${e.message ?? 'invalid'}` : 'invalid';
}

/** `text` parsed and checked as a `kind`: the value, or why it is not one. */
export function parseReadBack<T>(kind: ReadBackKind, text: string): { value: T; problem?: undefined } | { value: null; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { value: null, problem: `not JSON (${(e as Error).message})` };
  }
  const problem = readBackProblem(kind, value);
  return problem === null ? { value: value as T } : { value: null, problem };
}
