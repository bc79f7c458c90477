// Diagnostics as data: every problem a run reports has a code from one closed list, which fixes
// its level and the stage that finds it, so that a reader (a CI check, a script over report.json)
// can act on codes rather than on English sentences. The message says the particulars.
import type { Diagnostic } from './types.ts';

/** Every diagnostic code, with its level and the stage that reports it. */
export const DIAGNOSTIC_CODES = {
  // Reading the story folder and its files.
  'story-file-unreadable': { level: 'error', stage: 'load' },
  'story-config-invalid': { level: 'error', stage: 'load' },
  'story-config-ignored': { level: 'warning', stage: 'load' },
  'sources-invalid': { level: 'error', stage: 'load' },
  'source-listed-twice': { level: 'warning', stage: 'load' },
  'file-skipped': { level: 'warning', stage: 'load' },
  'metadata-without-file': { level: 'warning', stage: 'load' },
  'story-empty': { level: 'error', stage: 'load' },
  'file-unreadable': { level: 'error', stage: 'load' },
  'file-too-large': { level: 'error', stage: 'load' },
  'file-not-text': { level: 'error', stage: 'load' },
  'file-empty': { level: 'error', stage: 'load' },
  'encoding-invalid': { level: 'error', stage: 'load' },
  'not-an-article': { level: 'error', stage: 'load' },
  'front-matter-invalid': { level: 'error', stage: 'load' },
  'front-matter-ignored': { level: 'warning', stage: 'load' },
  'decoded-not-utf8': { level: 'warning', stage: 'load' },
  'file-duplicate': { level: 'warning', stage: 'load' },
  'fetch-failed': { level: 'error', stage: 'load' },
  'refresh-failed': { level: 'warning', stage: 'load' },
  'snapshot-record-invalid': { level: 'warning', stage: 'load' },
  // Cleaning and analyzing an article.
  'clean-failed': { level: 'error', stage: 'clean' },
  'outlet-unknown': { level: 'warning', stage: 'clean' },
  'analyze-failed': { level: 'error', stage: 'analyze' },
  'not-english': { level: 'warning', stage: 'analyze' },
  'too-short': { level: 'warning', stage: 'analyze' },
  // The story as a whole.
  'compare-failed': { level: 'error', stage: 'compare' },
  'page-not-written': { level: 'error', stage: 'report' },
} as const satisfies Record<string, Pick<Diagnostic, 'level' | 'stage'>>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** A diagnostic of `code` about `file` (relative to the story folder; "." the folder itself). */
export function diagnostic(code: DiagnosticCode, file: string, message: string, place?: Diagnostic['place']): Diagnostic {
  const { level, stage } = DIAGNOSTIC_CODES[code];
  return { level, code, stage, file, ...(place ? { place } : {}), message };
}

export function errorCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.level === 'error').length;
}
