// YAML front matter of Markdown (and text) articles: user metadata that wins over what the text says.
import { parse } from 'yaml';
import type { GivenMeta } from '../types.ts';

export const GIVEN_KEYS = ['outlet', 'url', 'title', 'published', 'author'] as const;

export interface FrontMatter {
  given: GivenMeta;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  warnings: string[];
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** What is wrong with an article's front matter, and on which line of the file when that is known. */
export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

// A title holds ": " and a handle starts with "@": YAML reads both as syntax unless the value is quoted.
const NEEDS_QUOTES = /^\s*([\w-]+):[ \t]+(?!["'])([@`*&!|>%{[].*|.*(?::\s|\s#).*)$/;

/** How to fix the line, when it is a value that needs quotes. */
function quotingHint(line: string | undefined): string {
  const m = line === undefined ? null : NEEDS_QUOTES.exec(line);
  return m ? `; put the value in quotes: ${m[1]}: ${JSON.stringify(m[2]!.trim())}` : '';
}

/** Throws a FrontMatterError whose message says what is wrong with the front matter. */
export function splitFrontMatter(text: string): FrontMatter {
  const open = OPENING.exec(text);
  if (!open) return { given: {}, body: text, bodyLine: 1, warnings: [] };
  const rest = text.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) throw new FrontMatterError('front matter starts with "---" but is never closed', 1);
  const yamlText = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const bodyLine = text.slice(0, text.length - afterClose.length).split('\n').length;
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (e) {
    // yaml counts lines within the front matter, which starts on the line after the opening "---".
    const at = (e as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    // Its own "at line 2, column 8" would count from there too: the place says the file's line instead.
    const what = (e as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const hint = at === undefined ? '' : quotingHint(yamlText.split(/\r?\n/)[at - 1]);
    throw new FrontMatterError(`front matter is not valid YAML: ${what}${hint}`, at === undefined ? undefined : at + 1, { cause: e });
  }
  if (data === null || data === undefined) return { given: {}, body: afterClose, bodyLine, warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) throw new FrontMatterError('front matter must be a mapping of keys to values', 2);
  const { given, warnings } = readGivenMeta(data as Record<string, unknown>, 'front matter');
  return { given, body: afterClose, bodyLine, warnings };
}

/** Keeps the known metadata keys, as strings; says what it ignored. */
export function readGivenMeta(data: Record<string, unknown>, where: string): { given: GivenMeta; warnings: string[] } {
  const given: GivenMeta = {};
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!(GIVEN_KEYS as readonly string[]).includes(key)) {
      warnings.push(`${where}: unknown key "${key}" ignored (known: ${GIVEN_KEYS.join(', ')})`);
      continue;
    }
    if (value === null || value === undefined || value === '') continue;
    if (typeof value === 'string' || typeof value === 'number') given[key as keyof GivenMeta] = String(value).trim();
    else if (value instanceof Date) given[key as keyof GivenMeta] = value.toISOString().slice(0, 10);
    else warnings.push(`${where}: "${key}" must be text, got ${Array.isArray(value) ? 'a list' : typeof value}`);
  }
  return { given, warnings };
}
