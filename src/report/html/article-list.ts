// The story's articles as one table linking to each article's page: sortable by any column and shown
// a page at a time by a small inline script (permitted by its hash alone), so a story of thousands
// of articles still opens at once. Without scripts every row is shown, in file order.
import { pageHref } from './anchors.ts';
import { escapeHtml } from './escape.ts';
import { fmtSigned } from './format.ts';
import { frameLabel } from './frames.ts';
import { outletName } from './outlet-name.ts';
import type { ArticleEntry, FrameInfo } from '../../types.ts';

/** Rows per page. */
export const PAGE_ROWS = 50;

// Sorts by a cell's data-sort (numbers) or its text, keeps the order stable, and pages the rows.
export const ARTICLE_LIST_SCRIPT = `for (const table of document.querySelectorAll('table.paged')) {
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const size = Number(table.dataset.rows);
  const pager = document.getElementById(table.dataset.pager);
  const [prev, status, next] = pager.children;
  let order = rows;
  let page = 0;
  const show = () => {
    const pages = Math.max(1, Math.ceil(order.length / size));
    page = Math.min(Math.max(page, 0), pages - 1);
    body.replaceChildren(...order.slice(page * size, (page + 1) * size));
    status.textContent = 'page ' + (page + 1) + ' of ' + pages + ' (' + order.length + ' articles)';
    prev.disabled = page === 0;
    next.disabled = page === pages - 1;
  };
  prev.addEventListener('click', () => { page--; show(); });
  next.addEventListener('click', () => { page++; show(); });
  for (const [column, th] of Array.from(table.tHead.rows[0].cells).entries()) {
    const button = th.querySelector('button');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of table.tHead.rows[0].cells) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row) => { const cell = row.cells[column]; return cell.dataset.sort === undefined ? cell.textContent.trim().toLowerCase() : Number(cell.dataset.sort); };
      order = rows.map((row, i) => [key(row), i, row]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]) * (ascending ? 1 : -1)).map((x) => x[2]);
      page = 0;
      show();
    });
  }
  pager.hidden = false;
  show();
}
`;

const COLUMNS = ['#', 'Outlet', 'Title', 'Published', 'Words', 'Sentiment', 'Generic frame', 'Policy frame'];

/** The day an article came out; a time stated with it is in the cell's tooltip, so the column stays narrow. */
function publishedCell(published: string | null): string {
  if (!published) return '<td></td>';
  const day = /^\d{4}-\d{2}-\d{2}(?=T)/.exec(published)?.[0];
  return day ? `<td class="date" title="${escapeHtml(published)}">${day}</td>` : `<td class="date">${escapeHtml(published)}</td>`;
}

function row(a: ArticleEntry, index: number, frames: readonly FrameInfo[]): string {
  const frame = (id: string | null): string => (id ? escapeHtml(frameLabel(frames, id)) : '<span class="muted">none</span>');
  const title = `<a href="${pageHref(a)}">${escapeHtml(a.title ?? a.file)}</a>${a.lang.scored ? '' : ` <span class="muted">(${escapeHtml(a.lang.name)}, not scored)</span>`}`;
  return `<tr><td class="num" data-sort="${index + 1}">${index + 1}</td><td>${outletName(a.outlet)}</td><td>${title}</td>${publishedCell(a.published)}<td class="num" data-sort="${a.tokens}">${a.tokens}</td><td class="num" data-sort="${a.sentiment}">${fmtSigned(a.sentiment)}</td><td>${frame(a.top.generic)}</td><td>${frame(a.top.policy)}</td></tr>`;
}

export function renderArticleList(articles: readonly ArticleEntry[], frames: readonly FrameInfo[]): string {
  if (articles.length === 0) return '<p class="muted">No article could be analyzed.</p>';
  const head = COLUMNS.map((c) => `<th scope="col"><button type="button">${c}</button></th>`).join('');
  return `<p class="note">Each title opens the article's own page: its text with every piece of evidence marked, its scores and its frames.</p>
<div class="scroll"><table class="articles paged" data-rows="${PAGE_ROWS}" data-pager="article-pager">
<thead><tr>${head}</tr></thead>
<tbody>
${articles.map((a, i) => row(a, i, frames)).join('\n')}
</tbody>
</table></div>
<nav class="pager" id="article-pager" aria-label="Article pages" hidden><button type="button">Previous</button> <span role="status"></span> <button type="button">Next</button></nav>`;
}
