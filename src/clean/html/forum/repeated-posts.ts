// Finds a thread's posts by their shape alone, for engines without a rule of their own: sibling
// elements of one kind (same tag and classes), each naming its poster and carrying some prose.
import type { CheerioAPI } from 'cheerio';
import { isTag, isText, type Element } from 'domhandler';
import data from '../../../../data/forum-chrome.json' with { type: 'json' };
import { chrome } from '../chrome.ts';
import { select } from '../select.ts';
import { textOf } from '../text-of.ts';

export interface ShapedPost {
  body: Element;
  author?: string;
}

const rule = data.repeatedSiblings;
const authorKey = new RegExp(rule.authorKey, 'iu');
const profileHref = new RegExp(rule.profileHref, 'iu');
const bodyKey = new RegExp(rule.bodyKey, 'iu');
const containerTags = new Set(rule.containerTags);

const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

interface Counts {
  words: Map<Element, number>;
  linkWords: Map<Element, number>;
}

/** Visible words (and words inside links) under every element, children before parents: linear in the page. */
function countAll(elements: Element[]): Counts {
  const words = new Map<Element, number>();
  const linkWords = new Map<Element, number>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    if (chrome.invisibleTags.has(el.name)) continue;
    let w = 0;
    let l = 0;
    for (const c of el.children) {
      if (isText(c)) w += countWords(c.data);
      else if (isTag(c)) {
        w += words.get(c) ?? 0;
        l += linkWords.get(c) ?? 0;
      }
    }
    words.set(el, w);
    linkWords.set(el, el.name === 'a' ? w : l);
  }
  return { words, linkWords };
}

/** Class, id, itemprop and rel of an element, the words its markup uses to say what it is. */
const keyOf = (el: Element): string => [el.attribs.class, el.attribs.id, el.attribs.itemprop, el.attribs.rel].filter(Boolean).join(' ');

/** Class tokens that name the kind of element, not one instance (post ids, odd/even counters). */
const kindOf = (el: Element): string =>
  `${el.name}.${(el.attribs.class ?? '').split(/\s+/).filter((c) => c && !/\d/.test(c)).sort().join('.')}`;

function nameIn(el: Element): string | undefined {
  for (const attr of rule.authorAttributes) {
    const value = el.attribs[attr]?.trim();
    if (value) return value;
  }
  const key = keyOf(el);
  const named = authorKey.test(key) || (el.name === 'a' && profileHref.test(el.attribs.href ?? ''));
  if (!named) return undefined;
  const text = textOf(el);
  return text && text.length <= data.limits.maxAuthorChars && countWords(text) <= rule.maxAuthorWords ? text : undefined;
}

/** The first element inside a post that names its poster. */
function authorOf(item: Element): string | undefined {
  const stack: Element[] = [item];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const name = nameIn(el);
    if (name) return name;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (isTag(c) && !chrome.invisibleTags.has(c.name)) stack.push(c);
    }
  }
  return undefined;
}

/**
 * The post's own text: from the post down through containers holding most of its words (past the
 * author panel and footer), stopping before paragraphs so that a post is never cut to one of them.
 */
function bodyOf(item: Element, words: Map<Element, number>): Element {
  let body = item;
  for (;;) {
    const total = words.get(body) ?? 0;
    const next = body.children.find((c): c is Element => {
      if (!isTag(c) || !containerTags.has(c.name)) return false;
      const share = (words.get(c) ?? 0) / (total || 1);
      return share >= rule.bodyShare || (share >= rule.namedBodyShare && bodyKey.test(keyOf(c)));
    });
    if (!next) return body;
    body = next;
  }
}

/** The posts of the page's largest group of repeated, authored, prose-bearing siblings, or null. */
export function findRepeatedPosts($: CheerioAPI): ShapedPost[] | null {
  const elements = select($, '*').toArray();
  const { words, linkWords } = countAll(elements);
  const groups = new Map<Element, Map<string, Element[]>>();
  for (const el of elements) {
    const parent = el.parent;
    if (!parent || !isTag(parent) || (words.get(el) ?? 0) < data.limits.minWords) continue;
    let byKind = groups.get(parent);
    if (!byKind) groups.set(parent, (byKind = new Map()));
    const kind = kindOf(el);
    const items = byKind.get(kind);
    if (items) items.push(el);
    else byKind.set(kind, [el]);
  }
  let best: { posts: ShapedPost[]; words: number } | null = null;
  for (const byKind of groups.values()) {
    for (const items of byKind.values()) {
      if (items.length < rule.minItems) continue;
      const total = items.reduce((n, el) => n + (words.get(el) ?? 0), 0);
      if (best && total <= best.words) continue;
      const links = items.reduce((n, el) => n + (linkWords.get(el) ?? 0), 0);
      if (total / items.length < rule.minAverageWords || links > rule.maxLinkShare * total) continue;
      const posts = items.map((el) => {
        const author = authorOf(el);
        const body = bodyOf(el, words);
        return author ? { body, author } : { body };
      });
      const authored = posts.filter((p) => p.author).length;
      if (authored < rule.minItems || authored < rule.minAuthoredShare * posts.length) continue;
      best = { posts, words: total };
    }
  }
  return best?.posts ?? null;
}
