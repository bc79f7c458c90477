// The page shell shared by the story and index pages.
import { escapeHtml } from './escape.ts';
import { STYLES } from './styles.ts';

/** No scripts, no fetches: only the inlined stylesheet, style attributes and data: images may load. */
// default-src does not cover where forms post or what a <base> may point to: both are closed too.
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function htmlDocument(page: { title: string; generator?: string; body: string }): string {
  const generator = page.generator ? `<meta name="generator" content="${escapeHtml(page.generator)}">\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
${generator}<title>${escapeHtml(page.title)}</title>
<style>
${STYLES}</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}
