// The corpus as tidy (long) CSV files under reports/corpus/, one row per observation, for R, pandas
// or a spreadsheet: UTF-8 with a header row, written by csv-stringify (quoting of commas, quotes
// and line breaks; cells that a spreadsheet would run as a formula, such as "=HYPERLINK(…)", are
// prefixed with an apostrophe). Rows are written in pieces, so no size of corpus makes one string.
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { writeAtomically } from '../write-atomic.ts';
import type { CorpusReport, KeptStory, StoryDigest } from '../types.ts';

/** Each file's columns, in order (the README documents them). */
export const EXPORT_COLUMNS = {
  articles: ['story', 'article', 'file', 'outlet', 'original_outlet', 'title', 'url', 'published', 'lang', 'words', 'sentiment', 'sentiment_lo', 'sentiment_hi'],
  frames: ['story', 'article', 'outlet', 'frame', 'family', 'present', 'strength'],
  actors: ['story', 'article', 'outlet', 'actor', 'kind', 'mentions', 'stance', 'stance_score'],
  voices: ['story', 'article', 'outlet', 'speaker', 'kind', 'role', 'verb', 'quotes', 'words'],
  claims: ['story', 'claim', 'outlet', 'article', 'sentence', 'text'],
  outlets: ['outlet', 'measure', 'value', 'lo', 'hi', 'n_articles', 'n_stories'],
} as const;

export type ExportName = keyof typeof EXPORT_COLUMNS;

// Rows handed to the CSV writer at a time.
const CHUNK = 2000;

const OPTIONS = { escape_formulas: true, record_delimiter: 'unix', cast: { boolean: (v: boolean) => (v ? 'true' : 'false') } } as const;

/** A CSV file's text, in pieces: the header, then the rows. */
export function* csvPieces(columns: readonly string[], rows: Iterable<Record<string, unknown>>): Generator<string> {
  yield stringify([columns as string[]], OPTIONS);
  let chunk: unknown[][] = [];
  for (const row of rows) {
    chunk.push(columns.map((c) => row[c] ?? null));
    if (chunk.length === CHUNK) {
      yield stringify(chunk, OPTIONS);
      chunk = [];
    }
  }
  if (chunk.length) yield stringify(chunk, OPTIONS);
}

/** The rows of the kept articles only: an article the filters leave out is in no file. */
function* keptRows<K extends 'frameRows' | 'actorRows' | 'voiceRows' | 'claimRows'>(stories: readonly KeptStory[], key: K): Generator<StoryDigest[K][number]> {
  for (const { digest, kept } of stories) {
    const wanted = new Set(digest.articles.filter((_, i) => kept[i]).map((a) => a.article));
    for (const row of digest[key]) if (wanted.has(row.article)) yield row;
  }
}

function* articleRows(stories: readonly KeptStory[]): Generator<StoryDigest['articles'][number]> {
  for (const { digest, kept } of stories) for (let i = 0; i < digest.articles.length; i++) if (kept[i]) yield digest.articles[i]!;
}

function* outletRows(report: CorpusReport): Generator<Record<string, unknown>> {
  for (const o of report.outlets) {
    for (const f of o.figures) yield { outlet: o.name, measure: f.measure, value: f.value, lo: f.low, hi: f.high, n_articles: f.articles, n_stories: f.stories };
  }
}

/** Writes the six files into `dir`; returns their paths. */
export async function writeExports(dir: string, stories: readonly KeptStory[], report: CorpusReport): Promise<string[]> {
  const files: Array<[ExportName, Iterable<Record<string, unknown>>]> = [
    ['articles', articleRows(stories) as Iterable<Record<string, unknown>>],
    ['frames', keptRows(stories, 'frameRows') as Iterable<Record<string, unknown>>],
    ['actors', keptRows(stories, 'actorRows') as Iterable<Record<string, unknown>>],
    ['voices', keptRows(stories, 'voiceRows') as Iterable<Record<string, unknown>>],
    ['claims', keptRows(stories, 'claimRows') as Iterable<Record<string, unknown>>],
    ['outlets', outletRows(report)],
  ];
  const paths: string[] = [];
  for (const [name, rows] of files) {
    const path = join(dir, `${name}.csv`);
    await writeAtomically(path, csvPieces(EXPORT_COLUMNS[name], rows));
    paths.push(path);
  }
  return paths;
}
