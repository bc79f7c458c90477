// Visible text of a subtree without recursion: pages can nest thousands of levels deep.
import { isTag, isText, type AnyNode } from 'domhandler';
import { chrome } from './chrome.ts';
import { normalizeText } from '../../text/normalize.ts';

const NOT_SPACE = /\S/g;

export function textOf(node: AnyNode): string {
  return shortTextOf(node, Infinity)!;
}

/**
 * The text, or undefined as soon as it holds more than `max` characters other than white space:
 * a short text is looked for among boxes that may hold a whole page.
 */
export function shortTextOf(node: AnyNode, max: number): string | undefined {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  let seen = 0;
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) {
      parts.push(n.data);
      if (max !== Infinity && (seen += n.data.match(NOT_SPACE)?.length ?? 0) > max) return undefined;
    } else if (isTag(n)) {
      if (n !== node && chrome.invisibleTags.has(n.name)) continue;
      if (n.name === 'br') parts.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    } else if ('children' in n) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return normalizeText(parts.join(''), false);
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Whitespace-separated tokens holding a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => WORDLIKE.test(w)).length;
}
