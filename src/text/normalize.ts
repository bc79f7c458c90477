// White space in text from any input (a line of a text file, an HTML block): runs collapse as a
// browser collapses them, invisible characters go, except that <pre> and poem-like blocks keep
// their line breaks.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACE_RUN = /\s+/g;
const INLINE_SPACE_RUN = /[^\S\n]+/g;
const LINE_EDGES = / ?\n ?/g;
const BLANK_LINES = /\n{3,}/g;

export function normalizeText(raw: string, keepLines: boolean): string {
  const visible = raw.replace(INVISIBLE, '');
  if (!keepLines) return visible.replace(SPACE_RUN, ' ').trim();
  return visible.replace(/\r\n?/g, '\n').replace(INLINE_SPACE_RUN, ' ').replace(LINE_EDGES, '\n').replace(BLANK_LINES, '\n\n').trim();
}

/** A name or line reduced to its letters and digits, lower-cased: spellings that differ only in case, spacing and punctuation meet. */
export function spellingKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
