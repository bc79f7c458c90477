// What the commands share: how a usage error, --help and an unexpected failure look, and JSON Lines on stdout.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadSettings } from '../settings/load-settings.ts';
import { SettingsError } from '../settings/read-checked.ts';
import type { Settings } from '../settings/settings-schema.ts';

/** Says what is wrong on stderr after the command's name, and exits 2 (a usage error). */
export function fail(command: string, message: string): never {
  process.stderr.write(`${command}: ${message}\n`);
  process.exit(2);
}

/**
 * The settings of data/, read once as the command starts (its tables are checked by ./preflight.ts); a
 * settings file edited into the wrong shape ends the command before any work, naming the file and the problem.
 */
export function commandSettings(command: string): Settings {
  try {
    return loadSettings();
  } catch (e) {
    if (e instanceof SettingsError) fail(command, `cannot start: ${e.message}`);
    throw e;
  }
}

/** Set by the installed `framelens` command before it runs a sub-command, so the usage names it as typed. */
export const BIN_ENV = 'FRAMELENS_BIN';

/** A command's usage as its user typed it: `npm run analyze --` in a checkout, `framelens analyze` once installed. */
export function shownUsage(usage: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[BIN_ENV] === '1' ? usage.replace(/npm run ([a-z]+) --/g, 'framelens $1') : usage;
}

/** A usage error that prints the usage after the message. */
export function usageError(command: string, usage: string, message: string): never {
  return fail(command, `${message}\n\n${shownUsage(usage)}`);
}

/** Parses the command line: an unknown option is a usage error; --help prints the usage and exits 0. */
export function parseCommandLine<T extends ParseArgsConfig>(command: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (e) {
    return usageError(command, usage, (e as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${shownUsage(usage)}\n`);
    process.exit(0);
  }
  return parsed;
}

/** The rejection handler for a command's main: an exception nobody expected, with its stack; exits 1. */
export function crashed(command: string): (e: unknown) => never {
  return (e) => {
    process.stderr.write(`${command}: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  };
}

/**
 * Writes one JSON line per call to stdout, waiting for the pipe to drain. A reader that stops early
 * (`| head`) is not an error.
 */
export function jsonLinesWriter(): (value: unknown) => Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  return (value) =>
    new Promise((resolve) => {
      if (process.stdout.write(`${JSON.stringify(value)}\n`)) resolve();
      else process.stdout.once('drain', resolve);
    });
}
