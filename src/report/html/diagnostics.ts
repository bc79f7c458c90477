// Problems met while building the report, so a thin result can be told apart from a failed one.
import type { Diagnostic } from '../../types.ts';
import { SHOWN, shownNote } from './display.ts';
import { escapeHtml } from './escape.ts';

export function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const ordered = [...diagnostics.filter((d) => d.level === 'error'), ...diagnostics.filter((d) => d.level !== 'error')];
  const rows = ordered
    .slice(0, SHOWN.diagnostics)
    .map((d) => `<tr class="level-${escapeHtml(d.level)}"><td>${escapeHtml(d.level)}</td><td>${escapeHtml(d.file)}</td><td>${escapeHtml(d.stage)}</td><td>${escapeHtml(d.message)}</td></tr>`);
  // Errors first, so a cut list never hides one behind warnings.
  return `${shownNote(rows.length, diagnostics.length, 'diagnostic', 'the first')}<div class="scroll"><table>
<caption>Errors and warnings from each stage</caption>
<thead><tr><th scope="col">Level</th><th scope="col">File</th><th scope="col">Stage</th><th scope="col">Message</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}
