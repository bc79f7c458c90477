// Outlets × frames table: how much of each outlet's framing goes to each frame (its profile share).
import type { FrameInfo, OutletComparison } from '../../types.ts';
import { escapeHtml } from './escape.ts';
import { fmtShare } from './format.ts';
import { FAMILIES, FAMILY_LABELS, framesOf } from './frames.ts';
import { outletName } from './outlet-name.ts';

/** Cell shade: alpha follows the share so the colour reads as the number does. */
function shade(share: number): string {
  const alpha = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return `background-color: rgba(11, 87, 208, ${alpha.toFixed(2)})${alpha > 0.55 ? '; color: #fff' : ''}`;
}

export function renderFrameHeatmap(frames: readonly FrameInfo[], outlets: readonly OutletComparison[]): string {
  const groups = FAMILIES.map((family) => ({ family, frames: framesOf(frames, family) })).filter((g) => g.frames.length);
  const columns = groups.flatMap((g) => g.frames);
  if (!columns.length || !outlets.length) return '<p class="muted">No frames were scored.</p>';

  const colgroups = groups.map((g) => `<colgroup span="${g.frames.length}"></colgroup>`).join('');
  const familyRow = groups
    .map((g) => `<th scope="colgroup" colspan="${g.frames.length}">${escapeHtml(FAMILY_LABELS[g.family])}</th>`)
    .join('');
  const frameRow = columns.map((f) => `<th scope="col" title="${escapeHtml(f.description)}">${escapeHtml(f.label)}</th>`).join('');
  const rows = outlets.map((o) => {
    const top = new Set([o.dominant.policy[0], o.dominant.generic[0]]);
    const cells = columns.map((f) => {
      const share = o.profile[f.id] ?? 0;
      const dominant = top.has(f.id) && share > 0;
      // The outline is not read out: a screen reader hears "dominant" instead.
      const mark = dominant ? '<span class="vh"> (dominant)</span>' : '';
      return `<td class="${dominant ? 'num dominant' : 'num'}" style="${shade(share)}">${fmtShare(share)}${mark}</td>`;
    });
    return `<tr><th scope="row">${outletName(o)}</th>${cells.join('')}</tr>`;
  });

  return `<div class="scroll"><table class="heat">
<caption>Share of each outlet's frame cues per frame, within each family (mean over its articles). Outlined: the outlet's dominant frame.</caption>
<colgroup></colgroup>${colgroups}
<thead><tr><th scope="col" rowspan="2">Outlet</th>${familyRow}</tr>
<tr>${frameRow}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
<details><summary>What the frames mean</summary>
<dl>
${columns.map((f) => `<dt>${escapeHtml(f.label)} <span class="muted">(${escapeHtml(f.family)})</span></dt><dd>${escapeHtml(f.description)}</dd>`).join('\n')}
</dl>
</details>`;
}
