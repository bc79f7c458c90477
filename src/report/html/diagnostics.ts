// Problems met while building the report, so a thin result can be told apart from a failed one.
import type { Diagnostic } from '../../types.ts';
import { escapeHtml } from './escape.ts';

export function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map(
    (d) =>
      `<tr class="level-${escapeHtml(d.level)}"><td>${escapeHtml(d.level)}</td><td>${escapeHtml(d.file)}</td><td>${escapeHtml(d.stage)}</td><td>${escapeHtml(d.message)}</td></tr>`,
  );
  return `<div class="scroll"><table>
<caption>Errors and warnings from each stage</caption>
<thead><tr><th scope="col">Level</th><th scope="col">File</th><th scope="col">Stage</th><th scope="col">Message</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}
