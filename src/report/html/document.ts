// The page shell shared by the story, article and index pages.
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.ts';
import { STYLES } from './styles.ts';

/** No fetches: only the inlined stylesheet, style attributes, data: images and the page's own script (by its hash) may load. */
// default-src does not cover where forms post or what a <base> may point to: both are closed too.
export function contentSecurityPolicy(script?: string): string {
  const scripts = script ? `; script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'` : '';
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'${scripts}`;
}

export function htmlDocument(page: { title: string; generator?: string; body: string; script?: string }): string {
  const generator = page.generator ? `<meta name="generator" content="${escapeHtml(page.generator)}">\n` : '';
  const script = page.script ? `<script>${page.script}</script>\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page.script)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
${generator}<title>${escapeHtml(page.title)}</title>
<style>
${STYLES}</style>
</head>
<body>
${page.body}
${script}</body>
</html>
`;
}
