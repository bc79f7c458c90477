// Everything that comes from a report is untrusted text (scraped pages, forum posts): it goes
// through here before it reaches the page, in element content and in attribute values alike.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/** The URL normalised if it is http(s), else null: only such URLs become links. */
export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

/** A link to an outside page, or the URL as plain text when it is not http(s). */
export function externalLink(url: string, label = url): string {
  const href = httpUrl(url);
  if (href === null) return escapeHtml(label);
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(label)}</a>`;
}
