// A report an earlier run left, read back: used only when it has this version's shape, since a
// report of another version (or a hand-edited or broken file) would mislead the comparison with the
// previous run. Anything else counts as absent, and the caller says so.
import { SCHEMA_VERSION, type StoryReport } from '../types.ts';

export type ReadBack = { report: StoryReport; problem?: undefined } | { report: null; problem?: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function shapeProblem(v: unknown): string | null {
  if (!isObject(v)) return 'not a JSON object';
  if (v['schemaVersion'] !== SCHEMA_VERSION) return `schemaVersion ${JSON.stringify(v['schemaVersion'])}, not ${SCHEMA_VERSION}`;
  const story = v['story'];
  const comparison = v['comparison'];
  if (!isObject(story) || typeof story['id'] !== 'string' || typeof story['title'] !== 'string') return 'no story id and title';
  if (!Array.isArray(v['articles']) || !v['articles'].every((a) => isObject(a) && typeof a['id'] === 'string' && typeof a['sha256'] === 'string')) return 'no article index';
  if (!isObject(comparison) || !Array.isArray(comparison['findings'])) return 'no comparison';
  const outlets = comparison['outlets'];
  if (!Array.isArray(outlets) || !outlets.every((o) => isObject(o) && typeof o['name'] === 'string' && isObject(o['sentiment']) && typeof o['sentiment']['mean'] === 'number')) return 'no outlets';
  if (!Array.isArray(v['diagnostics'])) return 'no diagnostics';
  if (!isObject(v['settings'])) return 'no settings';
  return null;
}

/** `text` (null: no file) as a report of this version, or why it is not one. */
export function readBackReport(text: string | null): ReadBack {
  if (text === null) return { report: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { report: null, problem: `not JSON (${(e as Error).message})` };
  }
  const problem = shapeProblem(value);
  return problem ? { report: null, problem } : { report: value as StoryReport };
}
