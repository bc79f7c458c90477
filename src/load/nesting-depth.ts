// How deep a page's elements nest, counted from its tags without building a tree, so a page nested
// absurdly deep can be refused before a parser spends minutes on it.

/**
 * Elements that never have content, and elements whose end tag pages often leave out (an unclosed
 * <p> or <li> is closed by the next one), open no level.
 */
export const FLAT: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rt',
  'rp',
]);
const SLASH = 0x2f;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
// A tag name's later characters: letters, digits, "_", ":" and "-".
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x3a || c === 0x2d;

/**
 * The deepest nesting found, counting stops once it passes `stopAbove`. A tag is "<", an optional
 * "/", a letter and name characters, then anything up to the first ">"; one whose last character
 * before ">" is a "/" after its name closes itself. Scanned by hand: the same reading as a regular
 * expression took the main process a millisecond a page.
 */
export function nestingDepth(html: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  for (let at = html.indexOf('<'); at >= 0;) {
    const closing = html.charCodeAt(at + 1) === SLASH;
    const nameStart = closing ? at + 2 : at + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    let nameEnd = nameStart + 1;
    while (isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const end = html.indexOf('>', nameEnd);
    // No ">" is left for this tag or any after it.
    if (end < 0) break;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!(end > nameEnd && html.charCodeAt(end - 1) === SLASH) && !FLAT.has(html.slice(nameStart, nameEnd).toLowerCase())) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) break;
      }
    }
    at = html.indexOf('<', end + 1);
  }
  return deepest;
}
