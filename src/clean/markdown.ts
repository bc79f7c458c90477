// Markdown articles: strip the markup, keep what the author marked as the title and headings, then
// let the text cleaner decide the rest (a Markdown file may still carry pasted chrome).
import { linesFrom, type Line } from './text/lines.ts';

const INLINE: Array<[RegExp, string]> = [
  [/<!--.*?-->/g, ''],
  [/!\[([^\]]*)\]\([^)]*\)/g, ''],
  [/\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [/<(https?:\/\/[^>]+)>/g, '$1'],
  [/(\*\*|__)(.+?)\1/g, '$2'],
  [/(?<![\p{L}\p{N}])([*_])(.+?)\1(?![\p{L}\p{N}])/gu, '$2'],
  [/`([^`]+)`/g, '$1'],
];

export function markdownLines(content: string, firstLine = 1): Line[] {
  const hints = new Map<number, Line['hint']>();
  let titled = false;
  const plain = content.split(/\r?\n|\r/).map((raw, i) => {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    const unquoted = raw.replace(/^\s{0,3}(?:>\s?)+/, '');
    const divider = /^\s*(?:[-*_]\s*){3,}$/.test(unquoted);
    let text = heading ? heading[2]! : divider ? '' : unquoted.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    for (const [re, by] of INLINE) text = text.replace(re, by);
    if (heading && text.trim()) {
      const isTitle = heading[1] === '#' && !titled;
      titled ||= isTitle;
      hints.set(firstLine + i, isTitle ? 'title' : 'heading');
    }
    return text;
  });
  return linesFrom(plain, firstLine).map((l) => {
    const hint = hints.get(l.line);
    return hint ? { ...l, hint } : l;
  });
}
