// Passages articles share word for word: reposts first, then shared passages, each with its opening.
import { articlesById, pageHref } from './anchors.ts';
import type { ArticleEntry, ReuseLink } from '../../types.ts';
import { SHOWN, shownNote } from './display.ts';
import { escapeHtml } from './escape.ts';
import { fmtShare } from './format.ts';
import { plural } from '../../prose.ts';
import { outletName } from './outlet-name.ts';

/** The article's outlet, linked to its page, and its file. */
function articleLabel(article: ArticleEntry): string {
  return `<a href="${pageHref(article)}">${outletName(article.outlet)}</a> <span class="muted">(${escapeHtml(article.file)})</span>`;
}

/** `minWords`: the shortest passage counted as shared (the report's settings). */
export function renderReuse(links: readonly ReuseLink[], articles: readonly ArticleEntry[], minWords: number): string {
  if (links.length === 0) return `<p class="muted">No passage of ${minWords} or more words appears in more than one article.</p>`;
  const byId = articlesById(articles);
  const label = (id: string): string => {
    const place = byId.get(id);
    return place ? articleLabel(place.entry) : escapeHtml(id);
  };
  const items = links.slice(0, SHOWN.reuseLinks).map((link) => {
    const head =
      link.kind === 'repost' && link.contained !== undefined
        ? `${label(link.contained)} appears almost whole in ${label(link.contained === link.a ? link.b : link.a)}, so one reprints the other`
        : `${label(link.a)} and ${label(link.b)} share ${plural(link.passages.length, 'passage')}`;
    const passages = link.passages.map((p) => `<li><blockquote>${escapeHtml(p.text)}</blockquote> <span class="muted">${p.words} words</span></li>`);
    return `<li><p>${head}: ${link.words} words in common (${fmtShare(link.containment.a)} of the first article's text and ${fmtShare(link.containment.b)} of the second's occur in the other).</p>
<ol>${passages.join('')}</ol></li>`;
  });
  return `${shownNote(items.length, links.length, 'linked pair', 'the first')}<ul class="reuse">
${items.join('\n')}
</ul>`;
}
