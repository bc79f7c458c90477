// Coverage and omission: a matrix of the claims two or more outlets make (outlets as columns, the
// story's core marked), then per outlet the core claims it leaves out and the claims only it makes.
import { ARTICLE_SECTION, articlesById, pageHref, sentenceAnchor } from './anchors.ts';
import type { ArticleEntry, Claim, ClaimCoverage, ClaimMember } from '../../types.ts';
import { SHOWN, shownNote } from './display.ts';
import { escapeHtml } from './escape.ts';
import { excerpt, fmtShare } from './format.ts';
import { plural } from '../../prose.ts';
import { outletName } from './outlet-name.ts';

type Outlet = { readonly name: string; readonly known: boolean };

// An outlet's own claims are listed open up to this many, folded beyond.
const OPEN_LIST = 5;

/** The shown member: the one the claim's text is taken from. */
function shownMember(claim: Claim): ClaimMember {
  return claim.members.find((m) => m.similarity === 1) ?? claim.members[0]!;
}

/** `outlets`: the outlets shown (of `totalOutlets` in the story). */
/** `coreShare`: the share of the outlets that makes a claim core (the report's settings). */
export function renderClaims(coverage: ClaimCoverage, outlets: readonly Outlet[], totalOutlets: number, articles: readonly ArticleEntry[], coreShare: number): string {
  if (coverage.claims.length === 0) return '<p class="muted">No sentence is long enough to make a claim.</p>';
  const byId = articlesById(articles);
  // The sentence's anchor as renderArticle writes it on the article's own page.
  const href = (m: ClaimMember): string | null => {
    const place = byId.get(m.article);
    return place ? pageHref(place.entry, sentenceAnchor(ARTICLE_SECTION, m.part, m.sentence)) : null;
  };
  const names = new Map(outlets.map((o) => [o.name, outletName(o)]));
  const name = (outlet: string): string => names.get(outlet) ?? escapeHtml(outlet);
  /** The claim's text, then where it is said: linked to the sentence the text is taken from. */
  const said = (claim: Claim): string => {
    const m = shownMember(claim);
    const at = href(m);
    const source = at ? `<a href="${at}">${name(m.outlet)}</a>` : name(m.outlet);
    return `${excerpt(claim.text)} <span class="muted">(${source})</span>`;
  };
  const core = new Set(coverage.core);
  const shared = coverage.claims.filter((c) => c.outlets.length > 1);
  const single = coverage.claims.length - shared.length;
  const intro = `<ul class="stats">
<li><strong>${plural(shared.length, 'claim')}</strong> made by two or more of the ${plural(totalOutlets, 'outlet')}</li>
<li><strong>${core.size}</strong> of them core: made by at least ${fmtShare(coreShare)} of the outlets</li>
<li><strong>${plural(single, 'claim')}</strong> made by one outlet only</li>
</ul>
<p class="note">A claim is one fact as several sentences tell it: sentences that share its rarer words, numbers and actors.</p>`;
  return [intro, renderMatrix(shared, outlets, core, coreShare, said, href), renderOutlets(coverage, outlets, said)].join('\n');
}

function renderMatrix(
  shared: readonly Claim[],
  outlets: readonly Outlet[],
  core: ReadonlySet<string>,
  coreShare: number,
  said: (claim: Claim) => string,
  href: (m: ClaimMember) => string | null,
): string {
  if (shared.length === 0) return '<p class="muted">No claim is made by more than one outlet.</p>';
  const rowsShown = shared.slice(0, SHOWN.sharedClaims);
  const cell = (claim: Claim, outlet: Outlet): string => {
    const m = claim.members.find((x) => x.outlet === outlet.name);
    if (!m) return '<td class="no" title="omits this claim"><span aria-hidden="true">—</span><span class="vh">omits</span></td>';
    const mark = '<span aria-hidden="true">✓</span><span class="vh">makes this claim</span>';
    const at = href(m);
    return `<td class="yes" title="makes this claim">${at ? `<a href="${at}">${mark}</a>` : mark}</td>`;
  };
  const rows = rowsShown.map((c) => {
    const isCore = core.has(c.id);
    const tag = isCore ? '<span class="tag">core</span> ' : '';
    const why = c.shared.length ? `<br><span class="note">Shared: ${c.shared.map(escapeHtml).join(', ')}</span>` : '';
    return `<tr${isCore ? ' class="core"' : ''}><th scope="row">${tag}${said(c)}${why}</th><td class="num">${c.outlets.length}</td>${outlets.map((o) => cell(c, o)).join('')}</tr>`;
  });
  return `${shownNote(rowsShown.length, shared.length, 'shared claim', 'the')}<div class="scroll"><table class="claims">
<caption>Claims two or more outlets make, most outlets first. ✓ the outlet makes the claim (linked to its sentence), — it does not; <span class="tag">core</span> made by at least ${fmtShare(coreShare)} of the outlets.</caption>
<thead><tr><th scope="col">Claim</th><th scope="col" class="num">Outlets</th>${outlets.map((o) => `<th scope="col">${outletName(o)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

function renderList(claims: readonly Claim[], said: (claim: Claim) => string, max: number): string {
  const more = claims.length > max ? `<p class="note">and ${plural(claims.length - max, 'more')} in report.json</p>` : '';
  return `<ol>${claims
    .slice(0, max)
    .map((c) => `<li>${said(c)}</li>`)
    .join('')}</ol>${more}`;
}

function renderOutlets(coverage: ClaimCoverage, outlets: readonly Outlet[], said: (claim: Claim) => string): string {
  const byId = new Map(coverage.claims.map((c) => [c.id, c]));
  const claimsOf = (ids: readonly string[]): Claim[] => ids.flatMap((id) => byId.get(id) ?? []);
  const cards = outlets.map((o) => {
    const entry = coverage.outlets.find((x) => x.name === o.name);
    const omits = claimsOf(entry?.omits ?? []);
    const only = claimsOf(entry?.only ?? []);
    const left =
      coverage.core.length === 0
        ? ''
        : omits.length
          ? `<p>Leaves out ${plural(omits.length, 'core claim')}:</p>\n${renderList(omits, said, SHOWN.sharedClaims)}`
          : '<p class="muted">Makes every core claim.</p>';
    const label = `${plural(only.length, 'claim')} only ${escapeHtml(o.name)} makes`;
    const own =
      only.length === 0
        ? `<p class="muted">No claim only ${escapeHtml(o.name)} makes.</p>`
        : only.length <= OPEN_LIST
          ? `<p>${label}:</p>\n${renderList(only, said, SHOWN.ownClaims)}`
          : `<details><summary>${label}</summary>\n${renderList(only, said, SHOWN.ownClaims)}\n</details>`;
    return `<div><h3>${outletName(o)}</h3>\n${[left, own].filter(Boolean).join('\n')}</div>`;
  });
  return `<div class="cards">
${cards.join('\n')}
</div>`;
}
