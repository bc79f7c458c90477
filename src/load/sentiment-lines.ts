// Reads the two line formats the sentiment command and its benchmark take: a TSV of
// `id<TAB>rating<TAB>text` (the NYT editorial snippets) and NewsMTSC-style JSON Lines with targets.
// A bad line is reported, not thrown, so one broken line does not stop a run.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { blankField } from './line-fields.ts';

export type Polarity = -1 | 0 | 1;

export interface TargetMention {
  from: number;
  to: number;
  mention?: string;
  /** NewsMTSC's id of the target ("Input.gid"), which names its article and person. */
  gid?: string;
  /** Gold polarity toward the target, when the file gives one. */
  gold?: Polarity;
}

export interface SentimentItem {
  id: string;
  text: string;
  /** Gold sentence rating (TSV: the mean human rating, -4..+4). */
  rating?: number;
  /** JSON Lines only (possibly empty); undefined for TSV lines. */
  targets?: TargetMention[];
}

export type ParsedLine = { ok: true; item: SentimentItem } | { ok: false; error: string };

export type LineFormat = 'tsv' | 'jsonl';

export interface NumberedLine {
  /** 1-based line number in the file. */
  line: number;
  parsed: ParsedLine;
}

// NewsMTSC codes polarity on its annotation scale: 2 negative, 4 neutral, 6 positive.
const NEWSMTSC_POLARITY: Record<number, Polarity> = { 2: -1, 4: 0, 6: 1 };

const fail = (error: string): ParsedLine => ({ ok: false, error });

export function formatOf(path: string): LineFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.tsv' ? 'tsv' : ext === '.jsonl' ? 'jsonl' : null;
}

export function parseTsvLine(line: string): ParsedLine {
  const cells = line.split('\t');
  if (cells.length !== 3) return fail(`expected 3 tab-separated columns (id, rating, text), found ${cells.length}`);
  const [id, rating, text] = cells as [string, string, string];
  const value = Number(rating);
  if (rating.trim() === '' || !Number.isFinite(value)) return fail(`rating is not a number: ${JSON.stringify(rating)}`);
  const blank = blankField(id, text);
  if (blank) return fail(blank);
  return { ok: true, item: { id, text, rating: value } };
}

function parseTarget(raw: unknown, text: string, i: number): TargetMention | string {
  if (typeof raw !== 'object' || raw === null) return `targets[${i}] is not an object`;
  const { from, to, mention, polarity, 'Input.gid': gid } = raw as Record<string, unknown>;
  if (!Number.isInteger(from) || !Number.isInteger(to)) return `targets[${i}] needs integer "from" and "to"`;
  const [a, b] = [from as number, to as number];
  if (a < 0 || b <= a || b > text.length) return `targets[${i}] offsets ${a}..${b} are outside the text (length ${text.length})`;
  const target: TargetMention = { from: a, to: b };
  if (typeof mention === 'string') target.mention = mention;
  if (typeof gid === 'string') target.gid = gid;
  if (polarity !== undefined) {
    const gold = typeof polarity === 'number' ? NEWSMTSC_POLARITY[polarity] : undefined;
    if (gold === undefined) return `targets[${i}] polarity must be 2, 4 or 6, found ${JSON.stringify(polarity)}`;
    target.gold = gold;
  }
  return target;
}

export function parseJsonlLine(line: string): ParsedLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return fail(`invalid JSON: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('not a JSON object');
  const { primary_gid: id, sentence_normalized: text, targets = [] } = raw as Record<string, unknown>;
  if (typeof id !== 'string') return fail('"primary_gid" must be a string');
  if (typeof text !== 'string') return fail('"sentence_normalized" must be a string');
  const blank = blankField(id, text, { id: '"primary_gid"', text: '"sentence_normalized"' });
  if (blank) return fail(blank);
  if (!Array.isArray(targets)) return fail('"targets" must be an array');
  const parsed: TargetMention[] = [];
  for (const [i, t] of targets.entries()) {
    const target = parseTarget(t, text, i);
    if (typeof target === 'string') return fail(target);
    parsed.push(target);
  }
  return { ok: true, item: { id, text, targets: parsed } };
}

const PARSERS: Record<LineFormat, (line: string) => ParsedLine> = { tsv: parseTsvLine, jsonl: parseJsonlLine };

/** Every non-blank line of `content` through `parse`, with its 1-based number; blank lines (a trailing newline) are not items. */
export function numberLines<T>(content: string, parse: (line: string) => T): Array<{ line: number; parsed: T }> {
  const out: Array<{ line: number; parsed: T }> = [];
  content.split(/\r?\n/).forEach((text, i) => {
    if (text.trim() !== '') out.push({ line: i + 1, parsed: parse(text) });
  });
  return out;
}

export function parseLines(content: string, format: LineFormat): NumberedLine[] {
  return numberLines(content, PARSERS[format]);
}

/** Reads a .tsv or .jsonl file; throws on an unknown extension or an unreadable file. */
export function readSentimentFile(path: string): NumberedLine[] {
  const format = formatOf(path);
  if (!format) throw new Error(`${path}: unknown extension; use .tsv or .jsonl`);
  return parseLines(readFileSync(path, 'utf8'), format);
}
