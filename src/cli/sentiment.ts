// `npm run sentiment`: every line of each .tsv or .jsonl file scored to one JSON line on stdout.
import { parseArgs } from 'node:util';
import { sentimentRecord } from '../analyze/sentiment-record.ts';
import { formatOf, readSentimentFile, type NumberedLine } from '../load/sentiment-lines.ts';

const USAGE = `Usage: npm run sentiment -- [--evidence] <file>...

Scores every line of each file and prints one JSON object per line (JSON Lines):
  {"id", "score", "polarity" (-1, 0 or 1), "evidence"? (with --evidence),
   "targets"? (.jsonl only, in input order): [{"from", "to", "polarity", "score", "evidence"?}]}
A line that cannot be read prints {"file", "line", "error"} and the run goes on.

Input formats:
  .tsv     id<TAB>rating<TAB>text (the rating is read but not used)
  .jsonl   {"primary_gid", "sentence_normalized", "targets": [{"from", "to", ...}]} (NewsMTSC style)

Options:
  --evidence   add the words that decided each score
  -h, --help   show this help

Exit status: 0 if every line was scored, 1 if any line or file failed, 2 on a usage error.`;

function usageError(message: string): never {
  process.stderr.write(`framelens sentiment: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse(): { evidence: boolean; paths: string[] } {
  try {
    const { values, positionals } = parseArgs({
      options: { evidence: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (positionals.length === 0) usageError('name at least one .tsv or .jsonl file');
    const unknown = positionals.find((p) => formatOf(p) === null);
    if (unknown) usageError(`${unknown}: unknown extension; use .tsv or .jsonl`);
    return { evidence: values.evidence, paths: positionals };
  } catch (e) {
    return usageError((e as Error).message);
  }
}

function write(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(line)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

async function main(): Promise<number> {
  const { evidence, paths } = parse();
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  let failed = 0;
  for (const file of paths) {
    let lines: NumberedLine[];
    try {
      lines = readSentimentFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      failed++;
      await write(`${JSON.stringify({ file, error: `${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}` })}\n`);
      continue;
    }
    for (const { line, parsed } of lines) {
      if (!parsed.ok) failed++;
      const out = parsed.ok ? sentimentRecord(parsed.item, { evidence }) : { file, line, error: `${file}:${line}: ${parsed.error}` };
      await write(`${JSON.stringify(out)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`framelens sentiment: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
