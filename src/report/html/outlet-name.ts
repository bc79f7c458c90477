import { escapeHtml } from './escape.ts';

/** An outlet's display name; unknown outlets are set apart so they are not read as real outlets. */
export function outletName(outlet: { name: string; known: boolean }): string {
  return outlet.known ? escapeHtml(outlet.name) : `<span class="unknown">${escapeHtml(outlet.name)}</span>`;
}
