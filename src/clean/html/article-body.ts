// Checks the DOM pick against the publisher's JSON-LD articleBody. When most of the body text the
// page carries lies outside the picked container, the container around that text is used instead.
import { isTag, type Element, type ParentNode } from 'domhandler';
import { blockKey } from './block-filter.ts';
import { chrome } from './chrome.ts';
import type { PageWalk } from './walk.ts';

function commonAncestor(a: Element | null, b: Element | null): ParentNode | null {
  if (!a || !b) return null;
  const seen = new Set<ParentNode>();
  for (let n: ParentNode | null = a; n; n = n.parent) seen.add(n);
  for (let n: ParentNode | null = b; n; n = n.parent) if (seen.has(n)) return n;
  return null;
}

/**
 * A corrected main-content mask (see pickMain), or null when the pick stands. The container of the
 * articleBody text replaces the pick when the pick holds little of that text, or when the pick is
 * mostly other text while the body, complete, is still a fair part of it (a body that is a small
 * part of the pick is more likely a summary or one section than the whole article). `keys` holds
 * the blockKey of every block not dropped and not in comments.
 */
export function alignArticleBody(walk: PageWalk, drops: ReadonlyArray<string | null>, inMain: Uint8Array, articleBody: string, keys: readonly string[]): Uint8Array | null {
  const cfg = chrome.articleBody;
  const body = blockKey(articleBody);
  let matched = 0;
  let matchedInMain = 0;
  let mainChars = 0;
  let first = -1;
  let last = -1;
  walk.blocks.forEach((b, i) => {
    if (drops[i] !== null || b.inComments) return;
    const text = keys[i]!;
    if (inMain[i]) mainChars += text.length;
    if (text.length < cfg.minBlockChars || !body.includes(text.slice(0, cfg.probeChars))) return;
    matched += text.length;
    if (inMain[i]) matchedInMain += text.length;
    if (first < 0) first = i;
    last = i;
  });
  if (matched < cfg.presentRatio * body.length) return null;
  const share = matchedInMain / Math.max(mainChars, 1);
  const confirmed = matchedInMain >= cfg.confirmRatio * matched;
  if (confirmed && !(matched >= cfg.completeRatio * body.length && share >= cfg.minPickShare && share < cfg.maxPickShare)) return null;

  const mask = new Uint8Array(walk.blocks.length);
  let container = commonAncestor(walk.blocks[first]!.owner, walk.blocks[last]!.owner);
  while (container && isTag(container) && !walk.ranges.has(container)) container = container.parent;
  const range = container && isTag(container) ? walk.ranges.get(container) : undefined;
  if (!range) return confirmed ? null : mask.fill(1);
  return mask.fill(1, range[0], range[1]);
}
