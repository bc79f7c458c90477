// What the training commands share: the benchmark folder they read (--data), the weights file they
// write (--out) and --help, so every `npm run train:…` is called the same way.
import { join } from 'node:path';
import { parseCommandLine } from '../src/cli/command.ts';

/** Parses `npm run train:<name> -- [--data DIR] [--out FILE]`: the data file's path and where the weights go. */
export function trainCommandLine(name: string, defaults: { data: string; file: string; out: string }): { data: string; out: string } {
  const usage = `Usage: npm run train:${name} -- [--data DIR] [--out FILE]

  --data DIR   folder with ${defaults.file} (default ${defaults.data})
  --out FILE   where the weights go (default ${defaults.out})`;
  const { values } = parseCommandLine(`train:${name}`, usage, {
    options: {
      data: { type: 'string', default: defaults.data },
      out: { type: 'string', default: defaults.out },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { data: join(values.data, defaults.file), out: values.out };
}
