// Reads the sentiment benchmark files in place (never copied into the repo) with the command's own
// line parsers; lines that do not parse are kept aside and reported.
import { formatOf, readSentimentFile, type LineFormat, type SentimentItem } from '../../src/load/sentiment-lines.ts';
import { DataError, need } from '../extract/datasets.ts';

export type DatasetName = 'nyt' | 'newsmtsc';

export interface Dataset {
  name: DatasetName;
  path: string;
  items: SentimentItem[];
  /** `line: message` for every line that did not parse. */
  bad: string[];
}

export const DEFAULT_FILES: Record<DatasetName, string> = {
  nyt: 'nyt-editorial-snippets.dev.tsv',
  newsmtsc: 'newsmtsc-train.jsonl',
};

const FORMATS: Record<DatasetName, LineFormat> = { nyt: 'tsv', newsmtsc: 'jsonl' };

export function loadDataset(name: DatasetName, path: string): Dataset {
  need(path);
  if (formatOf(path) !== FORMATS[name]) throw new DataError(`${path}: the ${name} data must be a .${FORMATS[name]} file`);
  const items: SentimentItem[] = [];
  const bad: string[] = [];
  for (const { line, parsed } of readSentimentFile(path)) {
    if (parsed.ok) items.push(parsed.item);
    else bad.push(`${line}: ${parsed.error}`);
  }
  return { name, path, items, bad };
}
