// Finds the commenter's name inside one comment, without wandering into nested replies.
import { isTag, type AnyNode, type Element } from 'domhandler';
import { chrome } from './chrome.ts';
import { textOf } from './text-of.ts';

const MAX_NAME_CHARS = 80;

function isAuthor(el: Element): boolean {
  const c = chrome.comments;
  const prop = el.attribs.itemprop?.toLowerCase();
  if (prop && c.authorItemprops.has(prop)) return true;
  return el.attribs.class?.toLowerCase().split(/\s+/).some((name) => c.authorClasses.has(name)) ?? false;
}

/** The author named in comment `item`; `items` are all comment items, whose subtrees are skipped. */
export function commentAuthor(item: Element, items: ReadonlySet<Element>): string | undefined {
  const stack: AnyNode[] = [...item.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isTag(n) || items.has(n)) continue;
    if (isAuthor(n)) {
      const name = textOf(n).replace(chrome.comments.authorSuffix, '').trim();
      return name && name.length <= MAX_NAME_CHARS ? name : undefined;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return undefined;
}
