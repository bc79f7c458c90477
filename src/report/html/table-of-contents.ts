// The list of a page's sections at its top, reachable from the keyboard.
import { escapeHtml } from './escape.ts';

export function tableOfContents(links: ReadonlyArray<readonly [id: string, label: string]>): string {
  return `<nav class="toc" aria-label="Sections"><ol>${links.map(([id, label]) => `<li><a href="#${escapeHtml(id)}">${escapeHtml(label)}</a></li>`).join('')}</ol></nav>`;
}
