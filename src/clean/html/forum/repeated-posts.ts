// Finds a thread's posts by their shape alone, for engines without a rule of their own: sibling
// elements of one kind (same tag and classes), each naming its poster and carrying some prose.
import { contains } from 'cheerio';
import { isTag, isText, type Element } from 'domhandler';
import { chrome } from '../chrome.ts';
import { countWords, textOf } from '../text-of.ts';
import type { ForumPost } from './find-thread.ts';
import { table } from '../../../settings/tables.ts';

const data = table('forum-chrome');

const rule = data.repeatedSiblings;
const authorKey = new RegExp(rule.authorKey, 'iu');
const profileHref = new RegExp(rule.profileHref, 'iu');
const bodyKey = new RegExp(rule.bodyKey, 'iu');
const containerTags = new Set(rule.containerTags);

interface Counts {
  words: Map<Element, number>;
  linkWords: Map<Element, number>;
  /** The first poster's name named in each element's subtree. */
  authors: Map<Element, string>;
}

/** Class, id, itemprop and rel of an element, the words its markup uses to say what it is. */
const keyOf = (el: Element): string => [el.attribs.class, el.attribs.id, el.attribs.itemprop, el.attribs.rel].filter(Boolean).join(' ');

/** Class tokens that name the kind of element, not one instance (post ids, odd/even counters). */
const classesOf = (el: Element): string =>
  (el.attribs.class ?? '')
    .split(/\s+/)
    .filter((c) => c && !/\d/.test(c))
    .sort()
    .join('.');
const kindOf = (el: Element): string => `${el.name}.${classesOf(el)}`;

function nameIn(el: Element, words: number): string | undefined {
  for (const attr of rule.authorAttributes) {
    const value = el.attribs[attr]?.trim();
    if (value && value.length <= data.limits.maxAuthorChars) return value;
  }
  if (words === 0 || words > rule.maxAuthorWords) return undefined;
  const named = authorKey.test(keyOf(el)) || (el.name === 'a' && profileHref.test(el.attribs.href ?? ''));
  const text = named ? textOf(el) : '';
  return text && text.length <= data.limits.maxAuthorChars ? text : undefined;
}

/** Words, words inside links and the first poster named under every element, children before parents: linear in the page. */
function countAll(elements: Element[]): Counts {
  const words = new Map<Element, number>();
  const linkWords = new Map<Element, number>();
  const authors = new Map<Element, string>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    if (chrome.invisibleTags.has(el.name)) continue;
    let w = 0;
    let l = 0;
    let author: string | undefined;
    for (const c of el.children) {
      if (isText(c)) w += countWords(c.data);
      else if (isTag(c)) {
        w += words.get(c) ?? 0;
        l += linkWords.get(c) ?? 0;
        author ??= authors.get(c);
      }
    }
    words.set(el, w);
    linkWords.set(el, el.name === 'a' ? w : l);
    author = nameIn(el, w) ?? author;
    if (author) authors.set(el, author);
  }
  return { words, linkWords, authors };
}

/**
 * Candidate posts: elements of one kind. A classed kind is one group across the page, so that
 * replies nested under the post they answer join it; a bare tag only groups with its siblings.
 */
function groupByKind(elements: Element[], words: Map<Element, number>): Element[][] {
  const groups = new Map<unknown, Map<string, Element[]>>();
  for (const el of elements) {
    const parent = el.parent;
    if (!parent || !isTag(parent) || (words.get(el) ?? 0) < data.limits.minWords) continue;
    const classes = classesOf(el);
    const scope = classes ? groups : parent;
    let byKind = groups.get(scope);
    if (!byKind) groups.set(scope, (byKind = new Map()));
    const kind = kindOf(el);
    const items = byKind.get(kind);
    if (items) items.push(el);
    else byKind.set(kind, [el]);
  }
  return [...groups.values()].flatMap((byKind) => [...byKind.values()]);
}

/** Elements holding an item of the group below them: a post's body never reaches into another post. */
function holders(items: Element[]): Set<Element> {
  const out = new Set<Element>();
  for (const item of items) {
    for (let p = item.parent; p && isTag(p) && !out.has(p); p = p.parent) out.add(p);
  }
  return out;
}

/**
 * The post's own text: from the post down through containers holding most of its words (past the
 * author panel and footer), stopping before paragraphs so that a post is never cut to one of them.
 * Replies nested in the post are not its words and never part of its body.
 */
function bodyOf(item: Element, words: Map<Element, number>, nested: Set<Element>): Element {
  let body = item;
  for (let depth = 0; depth < rule.maxBodyDepth; depth++) {
    const children = body.children.filter((c): c is Element => isTag(c));
    const own = children.reduce((n, c) => n - (nested.has(c) ? (words.get(c) ?? 0) : 0), words.get(body) ?? 0);
    const next = children.find((c) => {
      if (!containerTags.has(c.name) || nested.has(c)) return false;
      const share = (words.get(c) ?? 0) / (own || 1);
      return share >= rule.bodyShare || (share >= rule.namedBodyShare && bodyKey.test(keyOf(c)));
    });
    if (!next) break;
    body = next;
  }
  return body;
}

/**
 * The posts of the page's largest group of repeated, authored, prose-bearing elements, or null.
 * `elements` are all of the page's, in document order.
 */
export function findRepeatedPosts(elements: Element[]): ForumPost[] | null {
  const { words, linkWords, authors } = countAll(elements);
  let best: { items: Element[]; authored: number; words: number } | null = null;
  for (const items of groupByKind(elements, words)) {
    if (items.length < rule.minItems) continue;
    const authored = items.filter((el) => authors.has(el)).length;
    const total = items.reduce((n, el) => n + (words.get(el) ?? 0), 0);
    if (best && (authored < best.authored || (authored === best.authored && total <= best.words))) continue;
    const links = items.reduce((n, el) => n + (linkWords.get(el) ?? 0), 0);
    if (total / items.length < rule.minAverageWords || links > rule.maxLinkShare * total) continue;
    if (authored < rule.minItems || authored < rule.minAuthoredShare * items.length) continue;
    best = { items, authored, words: total };
  }
  if (!best) return null;
  const nested = new Set([...holders(best.items), ...best.items]);
  const posts = best.items.map((el) => {
    const author = authors.get(el);
    const body = bodyOf(el, words, nested);
    return author ? { body, author } : { body };
  });
  return [...openingPosts(elements, posts, best.items, authors), ...posts];
}

/**
 * Engines often style the opening post apart from the replies but give its text the same class:
 * bodies of the replies' kind before the first reply, outside every reply, are opening posts.
 */
function openingPosts(elements: Element[], posts: ForumPost[], items: Element[], authors: Map<Element, string>): ForumPost[] {
  const kinds = new Set(
    posts
      .map((p) => p.body)
      .filter((b) => classesOf(b))
      .map(kindOf),
  );
  const first = items[0]!;
  const out: ForumPost[] = [];
  for (const el of elements) {
    if (el === first) break;
    if (!kinds.has(kindOf(el)) || out.some((p) => contains(p.body, el))) continue;
    let author: string | undefined;
    for (let p = el.parent, up = 0; p && isTag(p) && up < rule.maxBodyDepth && !author; p = p.parent, up++) author = authors.get(p);
    out.push(author ? { body: el, author } : { body: el });
  }
  return out;
}
