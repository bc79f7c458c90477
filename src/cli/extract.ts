// `npm run extract`: each input file (folders are walked) cleaned to one JSON line on stdout.
import './preflight.ts';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { extractRecord, failedRecord, type ExtractionRecord, type ExtractMode } from '../clean/extraction-record.ts';
import { inputKind, listStoryFiles } from '../load/discover.ts';
import { readArticle } from '../load/read-article.ts';
import type { InputKind } from '../types.ts';
import { commandSettings, crashed, jsonLinesWriter, parseCommandLine, usageError } from './command.ts';
import type { Limits } from '../settings/settings-schema.ts';

const COMMAND = 'framelens extract';

const USAGE = `Usage: npm run extract -- [--text] <file or folder>...

Prints one JSON object per input file on its own line (JSON Lines):
  {"path", "title", "byline", "published", "siteName", "lang", "text", "comments": [{"author"?, "text"}],
   "originalOutlet"?, "reason"? (why "text" is empty), "error"? (why the file could not be read)}
Folders are walked in name order. .txt, .md and .html files are read, also gzipped (.html.gz).

Options:
  --text       treat every input as plain text copied from a page (chrome and all)
  -h, --help   show this help

Exit status: 0 if every input was read, 1 if any failed, 2 on a usage error.`;

// Progress on a terminal redraws one line; in a log, a line every this many inputs is enough.
const LOG_EVERY = 100;

type Input = { path: string; kind: InputKind | null } | { path: string; error: string };

function parse(): { mode: ExtractMode; paths: string[] } {
  const { values, positionals } = parseCommandLine(COMMAND, USAGE, {
    options: { text: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) usageError(COMMAND, USAGE, 'name at least one file or folder');
  return { mode: values.text ? 'text' : 'auto', paths: positionals };
}

/** The inputs a command-line argument stands for, in a fixed order. */
async function expand(arg: string): Promise<Input[]> {
  let isDir: boolean;
  try {
    isDir = (await stat(arg)).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return [{ path: arg, error: code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${(e as Error).message}` }];
  }
  if (!isDir) return [{ path: arg, kind: inputKind(arg) }];
  try {
    const { articles } = await listStoryFiles(arg);
    if (articles.length === 0) return [{ path: arg, error: 'no article files (.txt, .md, .html, optionally .gz) in this folder' }];
    return articles.map(({ file, kind }) => ({ path: join(arg, file), kind }));
  } catch (e) {
    return [{ path: arg, error: `cannot list folder: ${(e as Error).message}` }];
  }
}

async function extractOne(input: Input, mode: ExtractMode, limits: Limits): Promise<ExtractionRecord> {
  if ('error' in input) return failedRecord(input.path, input.error);
  const kind = mode === 'text' ? 'text' : input.kind;
  if (!kind) return failedRecord(input.path, 'unknown extension; use .txt, .md or .html (optionally .gz), or --text');
  const read = await readArticle(input.path, input.path, kind, limits);
  return read.ok ? extractRecord(input.path, read.article, mode) : failedRecord(input.path, read.reason);
}

async function main(): Promise<number> {
  const { mode, paths } = parse();
  const { limits } = commandSettings(COMMAND);
  const write = jsonLinesWriter();
  const inputs = (await Promise.all(paths.map(expand))).flat();
  const showProgress = inputs.length > 1;
  const tty = process.stderr.isTTY;
  let failed = 0;
  for (const [i, input] of inputs.entries()) {
    if (showProgress && tty) process.stderr.write(`\r\x1b[K[${i + 1}/${inputs.length}] ${input.path}`);
    else if (showProgress && i > 0 && i % LOG_EVERY === 0) process.stderr.write(`[${i}/${inputs.length}]\n`);
    const record = await extractOne(input, mode, limits);
    if (record.error) failed++;
    await write(record);
  }
  if (showProgress) process.stderr.write(`${tty ? '\r\x1b[K' : ''}extracted ${inputs.length - failed} of ${inputs.length} inputs${failed ? `, ${failed} failed` : ''}\n`);
  return failed > 0 ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
}, crashed(COMMAND));
