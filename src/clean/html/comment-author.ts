// Finds the commenter's name inside one comment, without wandering into nested replies.
import type { Element } from 'domhandler';
import { chrome } from './chrome.ts';
import { descendant } from './select.ts';
import { textOf } from './text-of.ts';

function isAuthor(el: Element): boolean {
  const c = chrome.comments;
  const prop = el.attribs.itemprop?.toLowerCase();
  if (prop && c.authorItemprops.has(prop)) return true;
  return (
    el.attribs.class
      ?.toLowerCase()
      .split(/\s+/)
      .some((name) => c.authorClasses.has(name)) ?? false
  );
}

/** The author named in comment `item`; `items` are all comment items, whose subtrees are skipped. */
export function commentAuthor(item: Element, items: ReadonlySet<Element>): string | undefined {
  // The search starts below `item`: it is one of `items` itself, and never its own author.
  const author = descendant(
    item,
    (n) => n !== item && isAuthor(n),
    (n) => n !== item && items.has(n),
  );
  if (!author) return undefined;
  const name = textOf(author).replace(chrome.comments.authorSuffix, '').trim();
  return name && name.length <= chrome.comments.maxAuthorChars ? name : undefined;
}
