// Reads the line formats `npm run frames` takes: a TSV of `id<TAB>text` and JSON Lines of
// `{"id", "text"}`. A bad line is reported, not thrown, as in the sentiment command.
import { extname } from 'node:path';
import { blankField } from './line-fields.ts';

export interface TextItem {
  id: string;
  text: string;
}

export type ParsedText = { ok: true; item: TextItem } | { ok: false; error: string };

function item(id: string, text: string): ParsedText {
  const blank = blankField(id, text);
  return blank ? { ok: false, error: blank } : { ok: true, item: { id, text } };
}

export function parseIdTextTsv(line: string): ParsedText {
  const cells = line.split('\t');
  if (cells.length !== 2) return { ok: false, error: `expected 2 tab-separated columns (id, text), found ${cells.length}` };
  return item(cells[0]!, cells[1]!);
}

export function parseIdTextJson(line: string): ParsedText {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'not a JSON object' };
  const { id, text } = raw as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return { ok: false, error: '"id" must be a string or a number' };
  if (typeof text !== 'string') return { ok: false, error: '"text" must be a string' };
  return item(String(id), text);
}

/** The line parser for a path, or null when the file is not a line file (an article, or unknown). */
export function lineParserOf(path: string): ((line: string) => ParsedText) | null {
  const ext = extname(path).toLowerCase();
  return ext === '.tsv' ? parseIdTextTsv : ext === '.jsonl' ? parseIdTextJson : null;
}
