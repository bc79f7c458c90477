// Outlets × loaded terms, intensifiers and hedges: a rate per 1,000 of the outlet's own words, the
// count behind it (small articles give jumpy rates) and the cues found most often.
import type { LanguageKind, LanguageProfile, LanguageRate } from '../../types.ts';
import { escapeHtml } from './escape.ts';
import { fmtNumber } from './format.ts';
import { outletName } from './outlet-name.ts';

const COLUMNS: ReadonlyArray<[LanguageKind, string]> = [
  ['loaded', 'Loaded terms'],
  ['intensifier', 'Intensifiers'],
  ['hedge', 'Hedges'],
];

// The page shows the commonest few; report.json keeps the longer list.
const SHOWN = 3;

function renderRate(rate: LanguageRate, words: number): string {
  if (words === 0) return '<td class="muted">–</td>';
  const shown = rate.examples.slice(0, SHOWN).map((e) => `<span class="cue">${escapeHtml(e.cue)}</span>${e.count > 1 ? ` ×${e.count}` : ''}`);
  const more = rate.examples.length > SHOWN ? ', …' : '';
  const examples = shown.length ? ` — ${shown.join(', ')}${more}` : '';
  return `<td><strong>${fmtNumber(rate.rate, 1)}</strong> <span class="muted">(${rate.count})</span>${examples}</td>`;
}

/** `sources`: where each list comes from (the report's settings). */
export function renderLanguage(outlets: readonly { name: string; known: boolean; language: LanguageProfile }[], sources: Record<LanguageKind, string>): string {
  if (!outlets.length) return '<p class="muted">No outlets to measure.</p>';
  const rows = outlets.map(
    (o) => `<tr><th scope="row">${outletName(o)}</th><td class="num">${o.language.words}</td>${COLUMNS.map(([kind]) => renderRate(o.language[kind], o.language.words)).join('')}</tr>`,
  );
  const cited = COLUMNS.map(([kind, label]) => `${label.toLowerCase()}: ${escapeHtml(sources[kind])}`).join('; ');
  return `<div class="scroll"><table>
<caption>Loaded terms, intensifiers and hedges in each outlet's own words, per 1,000 words (count in brackets), with the cues found most often.</caption>
<thead><tr><th scope="col">Outlet</th><th scope="col" class="num">Own words</th>${COLUMNS.map(([, label]) => `<th scope="col">${label}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>
<p class="note">Words inside quotation marks are the quoted speakers', not the outlet's, and count neither as cues nor as words. Lexicons (data/language/): ${cited}.</p>`;
}
