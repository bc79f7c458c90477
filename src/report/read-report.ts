// A report an earlier run left, read back: used only when it is a report of this version, checked
// against schema/report.schema.json, since a report of another version (or a hand-edited or broken
// file) would mislead the comparison with the previous run. Anything else counts as absent, and
// the caller says so.
import { parseReadBack } from '../read-back.ts';
import { SCHEMA_VERSION, type StoryReport } from '../types.ts';

export type ReadBack = { report: StoryReport; problem?: undefined } | { report: null; problem?: string };

/** A report of another version is named as such before any detail of its shape. */
function versionProblem(text: string): string | null {
  const m = /^\s*\{\s*"schemaVersion"\s*:\s*([^,}\s]+)/.exec(text);
  return m && m[1] !== String(SCHEMA_VERSION) ? `schemaVersion ${m[1]}, not ${SCHEMA_VERSION}` : null;
}

/**
 * `text` (null: no file) as a report of this version, or why it is not one. `checked`: the text is
 * known to be a report this version wrote (its SHA-256 is the one the cache recorded on writing it),
 * so it is parsed without checking it against the schema again (a sixth of reading it back).
 */
export function readBackReport(text: string | null, { checked = false } = {}): ReadBack {
  if (text === null) return { report: null };
  const version = versionProblem(text);
  if (version) return { report: null, problem: version };
  if (checked) return { report: JSON.parse(text) as StoryReport };
  const { value, problem } = parseReadBack<StoryReport>('report', text);
  return value ? { report: value } : { report: null, problem };
}
