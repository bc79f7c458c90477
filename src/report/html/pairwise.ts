// How far apart the outlets' policy-frame profiles are: the extremes in words, then all pairs.
import type { Comparison, PairDistance } from '../../types.ts';
import { escapeHtml } from './escape.ts';
import { fmtNumber } from './format.ts';
import { outletName } from './outlet-name.ts';

// Past this many outlets a matrix is unreadable (and quadratic in size): list the extreme pairs instead.
const MAX_MATRIX_OUTLETS = 30;
const LISTED_PAIRS = 10;

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

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
  const list = extremes ? `<ul>\n${extremes}\n</ul>` : '';
  if (outlets.length > MAX_MATRIX_OUTLETS) return `${list}\n${renderPairList(pairs)}`;
  const distances = new Map(pairs.map((p) => [pairKey(p.a, p.b), p.distance]));
  const header = outlets.map((o) => `<th scope="col">${outletName(o)}</th>`).join('');
  const rows = outlets.map((row) => {
    const cells = outlets.map((col) => {
      if (row.name === col.name) return '<td class="diagonal">—</td>';
      const d = distances.get(pairKey(row.name, col.name));
      return d === undefined ? '<td class="num">–</td>' : `<td class="num" style="${shade(d)}">${fmtNumber(d)}</td>`;
    });
    return `<tr><th scope="row">${outletName(row)}</th>${cells.join('')}</tr>`;
  });
  return `${list}
<div class="scroll"><table>
<caption>Jensen–Shannon distance between outlets' policy-frame profiles (0 = same mix of frames, 1 = no frame in common).</caption>
<thead><tr><th scope="col">Outlet</th>${header}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

function renderPairList(pairs: readonly PairDistance[]): string {
  const sorted = [...pairs].sort((x, y) => x.distance - y.distance);
  const rows = (title: string, list: readonly PairDistance[]): string =>
    `<tr><th scope="rowgroup" colspan="3">${title}</th></tr>\n${list
      .map((p) => `<tr><td>${escapeHtml(p.a)}</td><td>${escapeHtml(p.b)}</td><td class="num" style="${shade(p.distance)}">${fmtNumber(p.distance)}</td></tr>`)
      .join('\n')}`;
  return `<div class="scroll"><table>
<caption>Jensen–Shannon distance between outlets' policy-frame profiles: the ${LISTED_PAIRS} closest and ${LISTED_PAIRS} farthest of ${pairs.length} pairs (too many outlets for a matrix; every pair is in report.json).</caption>
<thead><tr><th scope="col">Outlet</th><th scope="col">Outlet</th><th scope="col">Distance</th></tr></thead>
<tbody>
${rows('Most alike', sorted.slice(0, LISTED_PAIRS))}
${rows('Most different', sorted.slice(-LISTED_PAIRS).reverse())}
</tbody>
</table></div>`;
}
