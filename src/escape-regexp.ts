// Literal text inside a RegExp: outlet names in the masthead pattern, quotation marks in the quote scan.

/** `s` with every character that means something in a pattern escaped, so it matches only itself. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
