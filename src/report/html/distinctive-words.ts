// The words each outlet uses more than the rest of the story does (log-odds with a prior, as z).
import type { OutletComparison } from '../../types.ts';
import { escapeHtml } from './escape.ts';
import { fmtNumber } from './format.ts';
import { outletName } from './outlet-name.ts';

function renderOutlet(outlet: OutletComparison): string {
  if (!outlet.distinctive.length) return `<div><h3>${outletName(outlet)}</h3><p class="muted">No distinctive words.</p></div>`;
  const rows = outlet.distinctive.map(
    (w) => `<tr><th scope="row">${escapeHtml(w.word)}</th><td class="num">${w.count}</td><td class="num">${w.restCount}</td><td class="num">${fmtNumber(w.z, 2)}</td></tr>`,
  );
  return `<div><h3>${outletName(outlet)}</h3>
<table>
<caption>Words ${escapeHtml(outlet.name)} uses more than the other outlets</caption>
<thead><tr><th scope="col">Word</th><th scope="col" class="num">Count</th><th scope="col" class="num">Elsewhere</th><th scope="col" class="num">z</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

export function renderDistinctiveWords(outlets: readonly OutletComparison[]): string {
  if (outlets.length < 2) return '<p class="muted">Distinctive words need at least two outlets.</p>';
  return `<div class="cards">
${outlets.map(renderOutlet).join('\n')}
</div>`;
}
