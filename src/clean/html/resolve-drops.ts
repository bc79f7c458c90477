// Settles which chrome rule, if any, removes each block: a rescuable mark whose subtree reads like
// an article (enough long, link-poor paragraphs) is overturned and the next enclosing mark decides.
// The subtree's overall link density is not a criterion: a wrapper (a "modal" or "sidebar" class on
// the page body) holds menus too, and those are dropped by their own, inner marks.
import { chrome } from './chrome.ts';
import { prefixSums, rangeSum } from './prefix-sums.ts';
import type { PageWalk, RawBlock } from './walk.ts';

/** The rule that drops each block (by position in `walk.blocks`), or null when no chrome rule applies. */
export function resolveDrops(walk: PageWalk): Array<string | null> {
  const { blocks, marks, ranges } = walk;
  const r = chrome.rescue;
  const plain = (b: RawBlock): boolean => b.linkChars / b.text.length <= r.maxLinkDensity;
  const chars = prefixSums(blocks, (b) => b.text.length);
  const long = prefixSums(blocks, (b) => (plain(b) && b.text.length >= r.longParagraphChars ? 1 : 0));
  const prose = prefixSums(blocks, (b) => (plain(b) && b.text.length >= r.proseParagraphChars ? b.text.length : 0));

  const pageProse = prose[blocks.length]!;
  const rescued = marks.map((m) => {
    const range = ranges.get(m.el);
    if (!m.rescuable || !range) return false;
    if (rangeSum(chars, range) >= r.minChars && rangeSum(long, range) >= r.minLongParagraphs) return true;
    // Chrome is a small part of a page: a wrapper holding most of its prose is the page itself.
    const inside = rangeSum(prose, range);
    return inside >= r.minProseChars && inside >= r.pageProseShare * pageProse;
  });

  return blocks.map((b) => {
    let m = b.mark;
    while (m >= 0 && rescued[m]) m = marks[m]!.parent;
    return m >= 0 ? marks[m]!.rule : null;
  });
}
