// Voices per outlet: who is quoted, as what, with how many words and which attribution verbs.
import type { OutletComparison, SpeakerCategory } from '../../types.ts';
import { NO_DIFFERENCES, type ClearDifferences } from './clear-differences.ts';
import { escapeHtml } from './escape.ts';
import { fmtInterval, fmtShare } from './format.ts';
import { outletName } from './outlet-name.ts';
import { compareNames } from '../../text/compare-names.ts';

const CATEGORY_LABELS: Record<SpeakerCategory, string> = {
  official: 'officials',
  expert: 'experts',
  organisation: 'organisations',
  media: 'media',
  other: 'others',
  unknown: 'unattributed',
};

const verbList = (verbs: Record<string, number>): string =>
  Object.entries(verbs)
    .sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]))
    .map(([verb, n]) => escapeHtml(n > 1 ? `${verb} ×${n}` : verb))
    .join(', ');

function outletVoices(o: OutletComparison, clear: ClearDifferences): string {
  const { speakers, categories, quotedShare } = o.voices;
  const iv = o.quotedShareInterval;
  const byCategory = (Object.entries(categories) as Array<[SpeakerCategory, number]>)
    .filter(([, words]) => words > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([c, words]) => `${CATEGORY_LABELS[c]} ${words}`)
    .join(', ');
  // The share of all the outlet's words; with several articles, also the article mean that the interval and the test are about.
  const interval = iv.over === 'sentences' ? ` (${fmtInterval(iv, fmtShare)})` : `, ${fmtShare(iv.estimate)} per article on average (${fmtInterval(iv, fmtShare)})`;
  const line = `<p>Quotation is ${fmtShare(quotedShare)} of the text${interval}${byCategory ? `; quoted words: ${byCategory}` : ''}.${clear.badge('quotedShare', o.name)}</p>`;
  if (!speakers.length) return `<h3>${outletName(o)}</h3>${line}<p class="muted">Nobody is quoted or cited.</p>`;
  const rows = speakers.map(
    (s) =>
      `<tr><th scope="row">${escapeHtml(s.name)}</th><td>${escapeHtml(s.role ?? '')}</td><td>${CATEGORY_LABELS[s.category]}</td><td class="num">${s.quotes}</td><td class="num">${s.words}</td><td>${verbList(s.verbs)}</td></tr>`,
  );
  return `<h3>${outletName(o)}</h3>
${line}
<div class="scroll"><table>
<thead><tr><th scope="col">Speaker</th><th scope="col">Role or affiliation</th><th scope="col">As</th><th scope="col">Quotes</th><th scope="col">Words quoted</th><th scope="col">Attribution verbs</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

export function renderVoices(outlets: readonly OutletComparison[], clear: ClearDifferences = NO_DIFFERENCES): string {
  if (!outlets.length) return '<p class="muted">No outlets to compare.</p>';
  return `<p class="note">Direct quotations and indirect speech ("said that …", "according to …"). Words quoted counts direct quotation only. Verbs other than "said" judge the statement ("claimed", "admitted", "warned") and are framing cues.</p>
${outlets.map((o) => outletVoices(o, clear)).join('\n')}`;
}
