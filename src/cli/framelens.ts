#!/usr/bin/env -S node --max-semi-space-size=32 --heap-growing-percent=30
// `framelens <command> [options]`: the installed package's one command. It hands the rest of the
// command line to the command's own module (src/cli/<command>.ts), which reads process.argv as
// under `npm run <command>`. It starts with the main process's memory tuning, as `npm run analyze`
// does (src/pipeline/process-pool.ts says why; `env -S` splits the options).
import { VERSION } from '../version.ts';
import { BIN_ENV } from './command.ts';

const COMMANDS: Record<string, { what: string; load: () => Promise<unknown> }> = {
  analyze: { what: 'analyze the story folders under --articles into reports under --out', load: () => import('./analyze.ts') },
  extract: { what: 'clean saved pages or text files into JSON Lines', load: () => import('./extract.ts') },
  sentiment: { what: 'score sentences (.tsv, .jsonl) for sentiment', load: () => import('./sentiment.ts') },
  frames: { what: 'score texts or articles for frame presence', load: () => import('./frames.ts') },
  worker: { what: 'clean and analyze articles for distributed runs (--redis URL)', load: () => import('./worker.ts') },
};

const USAGE = `Usage: framelens <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { what }]) => `  ${name.padEnd(11)}${what}`)
  .join('\n')}

Run "framelens <command> --help" for a command's options.

Options:
  -h, --help     show this help
  -v, --version  print the version`;

const [command, ...rest] = process.argv.slice(2);

if (command === '-v' || command === '--version' || command === 'version') {
  process.stdout.write(`framelens ${VERSION}\n`);
} else if (command === '-h' || command === '--help' || command === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else if (command !== undefined && Object.hasOwn(COMMANDS, command)) {
  // The command's module parses process.argv.slice(2): its own arguments only.
  process.argv = [process.argv[0]!, process.argv[1]!, ...rest];
  process.env[BIN_ENV] = '1';
  await COMMANDS[command]!.load();
} else {
  process.stderr.write(`${command === undefined ? 'framelens: name a command' : `framelens: unknown command "${command}"`}\n\n${USAGE}\n`);
  process.exit(2);
}
