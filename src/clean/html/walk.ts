// One iterative pass over the DOM that cuts the page into text blocks in document order and notes,
// for each block, which chrome rule (if any) covers it and whether it sits in a comment thread.
// Nothing is removed from the tree: later stages decide using the block list and element ranges.
import { isTag, isText, type AnyNode, type Document, type Element, type ParentNode } from 'domhandler';
import type { BlockKind } from '../../types.ts';
import { chrome } from './chrome.ts';
import { hintKey } from './hint-key.ts';
import { normalizeText } from '../../text/normalize.ts';

export interface RawBlock {
  /** 1-based position among all blocks of the page. */
  index: number;
  text: string;
  kind: BlockKind;
  /** Innermost block-level element holding the text (null for text directly under the document). */
  owner: Element | null;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** Innermost drop mark covering the block, -1 if none. */
  mark: number;
  /** Comment item (index into `items`) the block belongs to, -1 if none. */
  item: number;
  inComments: boolean;
  /** The blocks just before and after it are plain text (see blockFilter.amidText). */
  amidText: boolean;
}

export interface DropMark {
  el: Element;
  rule: string;
  /** Whether enough prose inside may overturn the rule (see rescue in html-chrome.json). */
  rescuable: boolean;
  /** Enclosing mark, -1 if none. */
  parent: number;
}

export interface PageWalk {
  blocks: RawBlock[];
  marks: DropMark[];
  /** Comment items in document order. */
  items: Element[];
  /** Block range [start, end) of every element that opened its own block buffer. */
  ranges: Map<Element, [number, number]>;
}

interface Buffer {
  parts: string[];
  linkChars: number;
  owner: Element | null;
  mark: number;
  item: number;
  inComments: boolean;
  keepLines: boolean;
  /** <br>s since the last visible text: two in a row end a paragraph outside <pre>. */
  breaks: number;
}

interface Frame {
  node: ParentNode;
  next: number;
  buf: Buffer;
  /** The frame opened `buf` and emits it on exit. */
  owns: boolean;
  start: number;
  inLink: boolean;
  inArticle: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
const VISIBLE = /\S/;

const isArticle = (n: AnyNode | null): boolean => n !== null && isTag(n) && n.name === 'article';

/** An <article> made of <article>s beside another <article>: a list of posts next to the post. */
function isTeaserList(el: Element): boolean {
  if (el.children.filter(isArticle).length < chrome.teaserList.minArticles) return false;
  let prev = el.prev;
  while (prev && !isTag(prev)) prev = prev.prev;
  let next = el.next;
  while (next && !isTag(next)) next = next.next;
  return isArticle(prev) || isArticle(next);
}

function dropRule(el: Element, key: string, inArticle: boolean, commentThread: boolean): { rule: string; rescuable: boolean } | null {
  const tag = el.name;
  const byTag = chrome.dropTags.get(tag);
  const kept = (inArticle && chrome.keptInsideArticle.has(tag)) || (chrome.classOverridesTag.has(tag) && key !== '' && chrome.protectedClass.test(key));
  if (byTag && !kept) return { rule: byTag, rescuable: chrome.rescue.tags.has(tag) };
  if (tag === 'article' && isTeaserList(el)) return { rule: 'teaser-list', rescuable: false };
  const a = el.attribs;
  const role = a.role?.toLowerCase();
  // An accordion's toggle holds the section's heading (an FAQ's question): that is content.
  const toggle = role === 'button' && el.children.some((c) => isTag(c) && chrome.headingTags.has(c.name));
  if (role && chrome.dropRoles.has(role) && !toggle) return { rule: `role:${role}`, rescuable: false };
  // aria-hidden and `hidden` are also set on the whole page while a dialog is open; an inline
  // display:none is the page's own choice not to show the text (a metadata copy of the body).
  if (a.style && chrome.hiddenStyle.test(a.style)) return { rule: 'hidden', rescuable: false };
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') {
    return { rule: 'hidden', rescuable: true };
  }
  // Comment markup names its parts after authors and replies; the thread's own classes are not chrome.
  if (key && !commentThread && !chrome.classExemptTags.has(tag) && !chrome.protectedClass.test(key)) {
    const name = chrome.chromeClass(key);
    if (name) return { rule: `class:${name}`, rescuable: true };
  }
  return null;
}

function commentRole(el: Element): 'item' | 'section' | null {
  const { itemtype, id, class: cls } = el.attribs;
  const c = chrome.comments;
  if (itemtype?.includes(c.itemtypeContains)) return 'item';
  if (id) {
    if (c.itemId.test(id)) return 'item';
    if (c.sectionIds.has(id.toLowerCase())) return 'section';
  }
  if (cls) {
    for (const name of cls.toLowerCase().split(/\s+/)) {
      if (c.itemClasses.has(name)) return 'item';
      if (c.sectionClasses.has(name)) return 'section';
    }
  }
  return null;
}

export function walkBlocks(root: Document): PageWalk {
  const blocks: RawBlock[] = [];
  const marks: DropMark[] = [];
  const items: Element[] = [];
  const ranges = new Map<Element, [number, number]>();

  const emit = (buf: Buffer): void => {
    if (buf.parts.length === 0) return;
    const raw = buf.parts.join('');
    const linkChars = buf.linkChars;
    buf.parts = [];
    buf.linkChars = 0;
    buf.breaks = 0;
    const text = normalizeText(raw, buf.keepLines);
    if (!WORD.test(text)) return;
    blocks.push({
      index: blocks.length + 1,
      text,
      kind: buf.owner && chrome.headingTags.has(buf.owner.name) ? 'heading' : 'paragraph',
      owner: buf.owner,
      linkChars: Math.min(linkChars, text.length),
      mark: buf.mark,
      item: buf.item,
      inComments: buf.inComments,
      amidText: false,
    });
  };

  const rootBuf: Buffer = { parts: [], linkChars: 0, owner: null, mark: -1, item: -1, inComments: false, keepLines: false, breaks: 0 };
  const stack: Frame[] = [{ node: root, next: 0, buf: rootBuf, owns: true, start: 0, inLink: false, inArticle: false }];

  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.next >= f.node.children.length) {
      stack.pop();
      if (f.owns) {
        emit(f.buf);
        if (isTag(f.node)) ranges.set(f.node, [f.start, blocks.length]);
      }
      continue;
    }
    const child = f.node.children[f.next++]!;
    if (isText(child)) {
      f.buf.parts.push(child.data);
      if (f.buf.breaks > 0 && VISIBLE.test(child.data)) f.buf.breaks = 0;
      if (f.inLink) f.buf.linkChars += child.data.trim().length;
      continue;
    }
    if (!isTag(child)) continue;
    const tag = child.name;
    if (chrome.invisibleTags.has(tag)) continue;
    if (tag === 'br') {
      if (f.buf.keepLines) f.buf.parts.push('\n');
      else if (++f.buf.breaks === 2) emit(f.buf);
      else f.buf.parts.push(' ');
      continue;
    }

    const key = hintKey(child);
    const role = commentRole(child);
    const drop = dropRule(child, key, f.inArticle, role !== null);
    const mark = drop ? marks.push({ el: child, rule: drop.rule, rescuable: drop.rescuable, parent: f.buf.mark }) - 1 : f.buf.mark;
    let item = f.buf.item;
    let inComments = f.buf.inComments;
    if (role === 'item' && !drop) item = items.push(child) - 1;
    if (role && !drop) inComments = true;
    const keepLines = f.buf.keepLines || chrome.lineBreakTags.has(tag) || (key !== '' && chrome.lineBreakClass.test(key));

    const isBlock = chrome.blockTags.has(tag);
    // Inline elements that change the context (a dropped <span>) get their own buffer without
    // splitting the paragraph around them.
    const opens = isBlock || mark !== f.buf.mark || item !== f.buf.item || inComments !== f.buf.inComments || keepLines !== f.buf.keepLines;
    if (isBlock) emit(f.buf);
    const buf: Buffer = opens ? { parts: [], linkChars: 0, owner: isBlock ? child : (f.buf.owner ?? child), mark, item, inComments, keepLines, breaks: 0 } : f.buf;
    stack.push({
      node: child,
      next: 0,
      buf,
      owns: opens,
      start: blocks.length,
      inLink: f.inLink || tag === 'a',
      inArticle: f.inArticle || tag === 'article' || tag === 'main',
    });
  }
  const { maxLinkDensity } = chrome.blockFilter.amidText;
  const plain = (b: RawBlock | undefined): boolean => b !== undefined && b.linkChars <= maxLinkDensity * b.text.length;
  blocks.forEach((b, i) => {
    b.amidText = plain(blocks[i - 1]) && plain(blocks[i + 1]);
  });
  return { blocks, marks, items, ranges };
}
