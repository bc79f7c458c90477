// Actors × outlets: how often each outlet names the story's main actors and how it portrays them
// (the stance, mean over the articles that name the actor, shaded by its label, with its 95% interval and a mark
// where it takes part in a clear difference), then how each outlet describes them.
import type { ActorKind, OutletActor, OutletComparison, StanceLabel } from '../../types.ts';
import { NO_DIFFERENCES, type ClearDifferences } from './clear-differences.ts';
import { escapeHtml } from './escape.ts';
import { fmtInterval, fmtRange, fmtSigned } from './format.ts';
import { plural } from '../../prose.ts';
import { outletName } from './outlet-name.ts';
import { compareNames } from '../../text/compare-names.ts';

const ROWS = 12;
const CHARTED: readonly ActorKind[] = ['person', 'organisation', 'country'];

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

/** The stance label's colour: the label is the stance scorer's decision, the number its strength. */
function shade(label: StanceLabel): string {
  if (label === 'neutral') return '';
  return ` style="background-color: ${label === 'positive' ? 'rgba(26, 127, 55, 0.3)' : 'rgba(207, 34, 46, 0.3)'}"`;
}

function cell(outlet: OutletComparison, actor: OutletActor | undefined, clear: ClearDifferences): string {
  if (!actor || actor.mentions === 0) return '<td class="num muted" title="not mentioned">—</td>';
  const { stance } = actor;
  const strongest = actor.sentiment.evidence[0];
  const why = strongest ? `; strongest: ${strongest.cues.slice(0, 2).join('; ')}` : '';
  const signed2 = (n: number): string => fmtSigned(n, 2);
  const title = `${plural(actor.mentions, 'mention')} in ${plural(actor.articles, 'article')}; stance ${stance.label}, ${fmtInterval(stance, signed2)}${why}`;
  const badge = clear.badge(`stance:${actor.name}`, outlet.name);
  return `<td class="num"${shade(stance.label)} title="${escapeHtml(title)}">${actor.mentions} · ${signed2(stance.estimate)} <span class="ci">(${fmtRange(stance, signed2)})</span>${badge}</td>`;
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

export function renderActors(outlets: readonly OutletComparison[], clear: ClearDifferences = NO_DIFFERENCES): string {
  const names = mainActors(outlets);
  if (!names.length || !outlets.length) return '<p class="muted">No people, organisations or countries were found.</p>';
  const head = outlets.map((o) => `<th scope="col">${outletName(o)}</th>`).join('');
  const rows = names.map((name) => {
    const cells = outlets.map((o) =>
      cell(
        o,
        o.actors.find((a) => a.name === name),
        clear,
      ),
    );
    return `<tr><th scope="row">${escapeHtml(name)}</th>${cells.join('')}</tr>`;
  });
  return `<div class="scroll"><table class="actors">
<caption>Mentions · stance toward the actor (mean over the articles that name it of each article's stance score; 95% interval in brackets): green: portrayed favourably, red: unfavourably, unshaded: neutral. Hover a cell for the label and the evidence.</caption>
<thead><tr><th scope="col">Actor</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
${descriptions(names, outlets)}`;
}
