// Actors × outlets: how often each outlet names the story's main actors and how it treats them
// (mean target sentiment, shaded), then how each outlet describes them.
import type { ActorKind, OutletActor, OutletComparison } from '../../types.ts';
import { escapeHtml } from './escape.ts';
import { fmtSigned } from './format.ts';
import { plural } from '../../prose.ts';
import { outletName } from './outlet-name.ts';
import { compareNames } from '../../compare/order.ts';

const ROWS = 12;
const CHARTED: readonly ActorKind[] = ['person', 'organisation', 'country'];
// A mean target score of ±3 is strong; the shade saturates there.
const FULL_SHADE = 3;

/** Listed actors, then the most mentioned people, organisations and countries over the story. */
function mainActors(outlets: readonly OutletComparison[]): string[] {
  const totals = new Map<string, { mentions: number; listed: boolean }>();
  for (const o of outlets) {
    for (const a of o.actors) {
      if (!a.listed && !CHARTED.includes(a.kind)) continue;
      const t = totals.get(a.name) ?? { mentions: 0, listed: a.listed };
      t.mentions += a.mentions;
      totals.set(a.name, t);
    }
  }
  return [...totals]
    .sort((x, y) => Number(y[1].listed) - Number(x[1].listed) || y[1].mentions - x[1].mentions || compareNames(x[0], y[0]))
    .slice(0, ROWS)
    .map(([name]) => name);
}

function shade(mean: number): string {
  const alpha = Math.min(1, Math.abs(mean) / FULL_SHADE).toFixed(2);
  return mean > 0 ? `background-color: rgba(26, 127, 55, ${alpha})` : mean < 0 ? `background-color: rgba(207, 34, 46, ${alpha})` : '';
}

function cell(actor: OutletActor | undefined): string {
  if (!actor || actor.mentions === 0) return '<td class="num muted" title="not mentioned">—</td>';
  const strongest = actor.sentiment.evidence[0];
  const why = strongest ? `; strongest: ${strongest.cues.slice(0, 2).join('; ')}` : '';
  const title = `${plural(actor.mentions, 'mention')} in ${plural(actor.articles, 'article')}; sentiment over ${plural(actor.sentiment.n, 'sentence')}${why}`;
  return `<td class="num" style="${shade(actor.sentiment.mean)}" title="${escapeHtml(title)}">${actor.mentions} · ${fmtSigned(actor.sentiment.mean, 2)}</td>`;
}

function descriptions(names: readonly string[], outlets: readonly OutletComparison[]): string {
  const items = names.flatMap((name) => {
    const rows = outlets.flatMap((o) => {
      const found = o.actors.find((a) => a.name === name)?.descriptors ?? [];
      return found.length ? [`<li>${outletName(o)}: ${found.map((d) => `<span class="cue">${escapeHtml(d.text)}</span>`).join('; ')}</li>`] : [];
    });
    return rows.length ? [`<dt>${escapeHtml(name)}</dt><dd><ul>${rows.join('')}</ul></dd>`] : [];
  });
  return items.length ? `<details><summary>How each outlet describes them</summary><dl>${items.join('\n')}</dl></details>` : '';
}

export function renderActors(outlets: readonly OutletComparison[]): string {
  const names = mainActors(outlets);
  if (!names.length || !outlets.length) return '<p class="muted">No people, organisations or countries were found.</p>';
  const head = outlets.map((o) => `<th scope="col">${outletName(o)}</th>`).join('');
  const rows = names.map((name) => {
    const cells = outlets.map((o) => cell(o.actors.find((a) => a.name === name)));
    return `<tr><th scope="row">${escapeHtml(name)}</th>${cells.join('')}</tr>`;
  });
  return `<div class="scroll"><table class="actors">
<caption>Mentions · mean sentiment toward the actor (target scorer, per sentence that names it): green favourable, red unfavourable. Hover a cell for the evidence.</caption>
<thead><tr><th scope="col">Actor</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
${descriptions(names, outlets)}`;
}
