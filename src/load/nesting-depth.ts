// How deep a page's elements nest, counted from its tags without building a tree, so a page nested
// absurdly deep can be refused before a parser spends minutes on it.

// Elements that never have content, and elements whose end tag pages often leave out (an unclosed
// <p> or <li> is closed by the next one), open no level.
const FLAT = new Set([
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
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** The deepest nesting found, counting stops once it passes `stopAbove`. */
export function nestingDepth(html: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !FLAT.has(m[2]!.toLowerCase())) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) break;
      }
    }
  }
  return deepest;
}
