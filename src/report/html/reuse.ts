// Passages articles share word for word: reposts first, then shared passages, each with the text.
import { articleAnchor } from './anchors.ts';
import type { ArticleReport, ReuseLink } from '../../types.ts';
import { escapeHtml } from './escape.ts';
import { excerpt, fmtShare } from './format.ts';
import { plural } from '../../prose.ts';
import { outletName } from './outlet-name.ts';
import config from '../../../data/reuse.json' with { type: 'json' };

/** The article's outlet, linked to its section, and its file. */
function articleLabel(article: ArticleReport, index: number): string {
  return `<a href="#${articleAnchor(index)}">${outletName(article.outlet)}</a> <span class="muted">(${escapeHtml(article.file)})</span>`;
}

export function renderReuse(links: readonly ReuseLink[], articles: readonly ArticleReport[]): string {
  if (links.length === 0) return `<p class="muted">No passage of ${config.passage.minWords} or more words appears in more than one article.</p>`;
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const label = (id: string): string => {
    const i = index.get(id);
    return i === undefined ? escapeHtml(id) : articleLabel(articles[i]!, i);
  };
  const items = links.map((link) => {
    const head =
      link.kind === 'repost' && link.contained !== undefined
        ? `${label(link.contained)} appears almost whole in ${label(link.contained === link.a ? link.b : link.a)}, so one reprints the other`
        : `${label(link.a)} and ${label(link.b)} share ${plural(link.passages.length, 'passage')}`;
    const passages = link.passages.map((p) => `<li><blockquote>${excerpt(p.text)}</blockquote> <span class="muted">${p.words} words</span></li>`);
    return `<li><p>${head}: ${link.words} words in common (${fmtShare(link.containment.a)} of the first article's text and ${fmtShare(link.containment.b)} of the second's occur in the other).</p>
<ol>${passages.join('')}</ol></li>`;
  });
  return `<ul class="reuse">
${items.join('\n')}
</ul>`;
}
