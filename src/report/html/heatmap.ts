// Outlets × frames table: the share of each outlet's articles in which each frame is present, the
// way coders record frames (a generic frame's share estimated as the mean of its calibrated
// strength, src/analyze/chance-present.ts), with n and the 95% interval in each cell's title and
// for screen readers. Frame names stand upright and a cell's ◆ sits under its share, so twenty frames
// fit beside the outlet names on a page of full width; on a narrower window the table scrolls inside
// its own box (the outlet column stays put), so the page itself never widens.
import type { FrameInfo, Interval, OutletComparison } from '../../types.ts';
import { NO_DIFFERENCES, type ClearDifferences } from './clear-differences.ts';
import { escapeHtml } from './escape.ts';
import { fmtInterval, fmtShare, shareShade } from './format.ts';
import { FAMILIES, FAMILY_LABELS, framesOf } from './frames.ts';
import { outletName } from './outlet-name.ts';

function cellTitle(o: OutletComparison, frame: FrameInfo, p: Interval | undefined): string {
  if (!p) return `${o.name}, ${frame.label}: not scored`;
  return `${o.name}, ${frame.label}: ${presenceText(frame, p)}; ${fmtInterval(p, fmtShare)}`;
}

/** A policy frame's share counts articles; a generic frame's is an estimate, the mean of calibrated chances. */
function presenceText(frame: FrameInfo, p: Interval): string {
  const one = p.over !== 'articles';
  if (frame.family === 'generic') return one ? `${fmtShare(p.estimate)} chance of presence in its one article` : `present in an estimated ${fmtShare(p.estimate)} of ${p.n} articles`;
  return one ? `${p.estimate > 0 ? 'present' : 'absent'} in its one article` : `present in ${Math.round(p.estimate * p.n)} of ${p.n} articles (${fmtShare(p.estimate)})`;
}

export function renderFrameHeatmap(frames: readonly FrameInfo[], outlets: readonly OutletComparison[], clear: ClearDifferences = NO_DIFFERENCES): string {
  const groups = FAMILIES.map((family) => ({ family, frames: framesOf(frames, family) })).filter((g) => g.frames.length);
  const columns = groups.flatMap((g) => g.frames);
  if (!columns.length || !outlets.length) return '<p class="muted">No frames were scored.</p>';

  const colgroups = groups.map((g) => `<colgroup span="${g.frames.length}"></colgroup>`).join('');
  const familyRow = groups.map((g) => `<th scope="colgroup" colspan="${g.frames.length}">${escapeHtml(FAMILY_LABELS[g.family])}</th>`).join('');
  const frameRow = columns.map((f) => `<th scope="col" class="frame-name" title="${escapeHtml(f.description)}"><span>${escapeHtml(f.label)}</span></th>`).join('');
  const rows = outlets.map((o) => {
    const top = new Set([...o.dominant.policy, ...o.dominant.generic]);
    const cells = columns.map((f) => {
      const p = o.presence[f.id];
      const share = p?.estimate ?? 0;
      const title = cellTitle(o, f, p);
      // The outline is not read out: a screen reader hears "most present" instead, and the interval.
      const most = top.has(f.id);
      const said = `<span class="vh"> (${most ? 'most present; ' : ''}${escapeHtml(p ? fmtInterval(p, fmtShare) : 'not scored')})</span>`;
      const badge = clear.badge(`frame:${f.id}`, o.name, true);
      return `<td class="${most ? 'num dominant' : 'num'}" style="${shareShade(share)}" title="${escapeHtml(title)}">${p ? fmtShare(share) : '–'}${said}${badge}</td>`;
    });
    return `<tr><th scope="row">${outletName(o)}</th>${cells.join('')}</tr>`;
  });

  return `<div class="scroll"><table class="heat">
<caption>Share of each outlet's articles in which each frame is present; for a generic frame, the mean of each article's calibrated chance of presence (hover a cell for n and the 95% interval). Outlined: the frame present in most of the outlet's articles, per family; ◆ a clear difference between outlets.</caption>
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
