// `npm run sentiment`: every line of each .tsv or .jsonl file scored to one JSON line on stdout.
import './preflight.ts';
import { sentimentRecord } from '../analyze/sentiment-record.ts';
import { formatOf, readSentimentFile, type NumberedLine } from '../load/sentiment-lines.ts';
import { crashed, jsonLinesWriter, parseCommandLine, usageError } from './command.ts';

const COMMAND = 'framelens sentiment';

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

function parse(): { evidence: boolean; paths: string[] } {
  const { values, positionals } = parseCommandLine(COMMAND, USAGE, {
    options: { evidence: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) usageError(COMMAND, USAGE, 'name at least one .tsv or .jsonl file');
  const unknown = positionals.find((p) => formatOf(p) === null);
  if (unknown) usageError(COMMAND, USAGE, `${unknown}: unknown extension; use .tsv or .jsonl`);
  return { evidence: values.evidence, paths: positionals };
}

async function main(): Promise<number> {
  const { evidence, paths } = parse();
  const write = jsonLinesWriter();
  let failed = 0;
  for (const file of paths) {
    let lines: NumberedLine[];
    try {
      lines = readSentimentFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      failed++;
      await write({ file, error: `${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}` });
      continue;
    }
    for (const { line, parsed } of lines) {
      if (!parsed.ok) failed++;
      const out = parsed.ok ? sentimentRecord(parsed.item, { evidence }) : { file, line, error: `${file}:${line}: ${parsed.error}` };
      await write(out);
    }
  }
  return failed > 0 ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
}, crashed(COMMAND));
