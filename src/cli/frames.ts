// `npm run frames`: frame presence for each line of a .tsv or .jsonl file, or for each article file,
// as one JSON line on stdout.
import './preflight.ts';
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../analyze/analyze-article.ts';
import { framePresence, topFrames } from '../analyze/frame-presence.ts';
import { scoreFrames } from '../analyze/frames.ts';
import { segment } from '../text/segment.ts';
import { cleanInput } from '../clean/clean-article.ts';
import { inputKind } from '../load/discover.ts';
import { lineParserOf, type ParsedText } from '../load/frame-lines.ts';
import { readArticle } from '../load/read-article.ts';
import { numberLines } from '../load/sentiment-lines.ts';
import type { FramePresence, PartScores } from '../types.ts';
import { commandSettings, crashed, jsonLinesWriter, parseCommandLine, usageError } from './command.ts';
import type { Limits } from '../settings/settings-schema.ts';

const COMMAND = 'framelens frames';

const USAGE = `Usage: npm run frames -- <file>...

Prints one JSON object per input on its own line (JSON Lines):
  {"id", "frames": [{"id", "present", "strength", "evidence"}], "top": {"policy": id|null, "generic": id|null}}
"top" is the strongest present frame of each family; "evidence" lists the features that decided
the frame, strongest first (w:… a word stem, cue:… a frame lexicon's cue count).
A line or file that cannot be read prints {"file", "line"?, "error"} and the run goes on.

Inputs:
  .tsv                 id<TAB>text, one text per line
  .jsonl               {"id", "text"}, one per line
  .txt .md .html(.gz)  a whole article (cleaned first, headline and body read together); the id is the path

Exit status: 0 if every input was scored, 1 if any line or file failed, 2 on a usage error.`;

interface FramesRecord {
  id: string;
  frames: Array<Pick<FramePresence, 'id' | 'present' | 'strength' | 'evidence'>>;
  top: PartScores['top'];
}

function record(id: string, presence: FramePresence[]): FramesRecord {
  return { id, frames: presence.map(({ id: frame, present, strength, evidence }) => ({ id: frame, present, strength, evidence })), top: topFrames(presence) };
}

function scoreText(id: string, text: string): FramesRecord {
  const seg = segment('body', text);
  return record(id, framePresence([seg], scoreFrames([seg])));
}

type Output = FramesRecord | { file: string; line?: number; error: string };

async function scoreArticleFile(file: string, limits: Limits): Promise<Output> {
  const kind = inputKind(file);
  if (!kind) return { file, error: `${file}: unknown extension; use .tsv, .jsonl, .txt, .md or .html` };
  const read = await readArticle(file, file, kind, limits);
  if (!read.ok) return { file, error: `${file}: ${read.reason}` };
  const { report } = analyzeArticle(read.article, cleanInput(read.article), { name: file, known: false, source: 'unknown' });
  if (!report.lang.scored) return { file, error: `${file}: not scored: the article is not in English (${report.lang.code})` };
  return record(file, report.scores.whole.presence);
}

function scoreLineFile(file: string, parse: (line: string) => ParsedText): Output[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return [{ file, error: `${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}` }];
  }
  return numberLines(content, parse).map(({ line, parsed }) => (parsed.ok ? scoreText(parsed.item.id, parsed.item.text) : { file, line, error: `${file}:${line}: ${parsed.error}` }));
}

async function main(): Promise<number> {
  const { positionals } = parseCommandLine(COMMAND, USAGE, {
    options: { help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) usageError(COMMAND, USAGE, 'name at least one file');
  const { limits } = commandSettings(COMMAND);
  const write = jsonLinesWriter();
  let failed = 0;
  for (const file of positionals) {
    const parse = lineParserOf(file);
    const outputs = parse ? scoreLineFile(file, parse) : [await scoreArticleFile(file, limits)];
    for (const out of outputs) {
      if ('error' in out) failed++;
      await write(out);
    }
  }
  return failed > 0 ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
}, crashed(COMMAND));
