// The shared benchmark folder beside the project, and the command line of the benchmarks that take
// only --data and --json.
import { fileURLToPath } from 'node:url';

export const DEFAULT_DATA = fileURLToPath(new URL('../../shared/bench', import.meta.url));

export const DATA_OPTIONS = {
  data: { type: 'string', default: DEFAULT_DATA },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The usage text; `reads` says what the benchmark reads under DIR. */
export function dataUsage(command: string, reads: string): string {
  return `Usage: npm run ${command} -- [--data DIR] [--json]

  --data DIR  the shared benchmark folder (default ${DEFAULT_DATA}); ${reads}
  --json      print a machine-readable summary instead of the table`;
}
