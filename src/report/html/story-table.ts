// The table of a corpus's stories, linking to each story's own page.
import { escapeHtml, httpUrl } from './escape.ts';

export interface StoryLink {
  id: string;
  title: string;
  articles: number;
  outlets: number;
  errors: number;
  /** Relative path to the story page (or an http(s) URL). */
  href: string;
}

/**
 * Relative paths and http(s) URLs only: a scheme such as `javascript:` never becomes a link, and
 * neither does a protocol-relative `//host/...` (it resolves to a host, not beside this page).
 */
export function safeStoryHref(href: string): string | null {
  let resolved: URL;
  try {
    resolved = new URL(href, 'file:///stories/');
  } catch {
    return null;
  }
  const relative = resolved.protocol === 'file:' && resolved.host === '' && !/^\s*file:/i.test(href);
  if (relative) return href;
  return httpUrl(href);
}

function renderRow(story: StoryLink): string {
  const href = safeStoryHref(story.href);
  const title = href === null ? escapeHtml(story.title) : `<a href="${escapeHtml(href)}">${escapeHtml(story.title)}</a>`;
  const errors = story.errors ? `<td class="num level-error">${story.errors}</td>` : '<td class="num">0</td>';
  return `<tr><th scope="row">${title}<br><span class="muted">${escapeHtml(story.id)}</span></th><td class="num">${story.articles}</td><td class="num">${story.outlets}</td>${errors}</tr>`;
}

export function renderStoryTable(stories: ReadonlyArray<StoryLink>): string {
  return stories.length
    ? `<div class="scroll"><table>
<caption>Each story compares how several outlets covered the same news.</caption>
<thead><tr><th scope="col">Story</th><th scope="col" class="num">Articles</th><th scope="col" class="num">Outlets</th><th scope="col" class="num">Errors</th></tr></thead>
<tbody>
${stories.map(renderRow).join('\n')}
</tbody>
</table></div>`
    : '<p class="muted">No stories were analysed.</p>';
}
