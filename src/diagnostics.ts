// What the outputs count of a report's diagnostics.
import type { Diagnostic } from './types.ts';

export function errorCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.level === 'error').length;
}
