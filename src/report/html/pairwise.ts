// How far apart the outlets' policy-frame profiles are: the extremes in words, then all pairs.
import type { Comparison, PairDistance } from '../../types.ts';
import { escapeHtml } from './escape.ts';
import { fmtNumber } from './format.ts';
import { outletName } from './outlet-name.ts';

function distanceBetween(pairs: readonly PairDistance[], a: string, b: string): number | null {
  const pair = pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  return pair ? pair.distance : null;
}

function describePair(label: string, pair: PairDistance | null): string {
  if (!pair) return '';
  return `<li><strong>${label}:</strong> ${escapeHtml(pair.a)} and ${escapeHtml(pair.b)} (distance ${fmtNumber(pair.distance)})</li>`;
}

function shade(distance: number): string {
  const alpha = Math.min(1, Math.max(0, distance));
  return `background-color: rgba(207, 34, 46, ${alpha.toFixed(2)})${alpha > 0.55 ? '; color: #fff' : ''}`;
}

export function renderPairwise(comparison: Comparison): string {
  const { outlets, pairs } = comparison;
  if (outlets.length < 2) return '<p class="muted">Only one outlet: there is nothing to compare.</p>';

  const extremes = describePair('Most alike', comparison.mostAlike) + describePair('Most different', comparison.mostDifferent);
  const header = outlets.map((o) => `<th scope="col">${outletName(o)}</th>`).join('');
  const rows = outlets.map((row) => {
    const cells = outlets.map((col) => {
      if (row.name === col.name) return '<td class="diagonal">—</td>';
      const d = distanceBetween(pairs, row.name, col.name);
      return d === null ? '<td class="num">–</td>' : `<td class="num" style="${shade(d)}">${fmtNumber(d)}</td>`;
    });
    return `<tr><th scope="row">${outletName(row)}</th>${cells.join('')}</tr>`;
  });
  return `${extremes ? `<ul>\n${extremes}\n</ul>` : ''}
<div class="scroll"><table>
<caption>Jensen–Shannon distance between outlets' policy-frame profiles (0 = same mix of frames, 1 = no frame in common).</caption>
<thead><tr><th scope="col">Outlet</th>${header}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}
