// Recognises a forum or Q&A thread by its engine's markup and lists its posts in thread order,
// each with its own text element, its author and the chrome (quotes, signatures) inside it.
import type { CheerioAPI } from 'cheerio';
import { isTag, type Element } from 'domhandler';
import { select } from '../select.ts';
import { countWords, textOf } from '../text-of.ts';
import { declaresThread, threadSummary } from './declared.ts';
import { findRepeatedPosts } from './repeated-posts.ts';
import { table } from '../../../settings/tables.ts';

const data = table('forum-chrome');

export interface ForumPost {
  /** The element holding the post's own text. */
  body: Element;
  author?: string;
}

export interface ForumThread {
  engine: string;
  posts: ForumPost[];
  /** Elements inside post bodies that are not the poster's words, with the postChrome entry naming them. */
  chrome: Map<Element, string>;
  /** The page's own summary of a thread whose posts are missing from it (script-rendered). */
  summary?: string;
}

interface Engine {
  name: string;
  body: string;
  post: string;
  requires?: string;
  minPosts?: number;
  distinctPosts?: boolean;
  author?: string[];
  authorAttr?: string;
}

const engines: Engine[] = data.engines;
const postChrome = Object.entries(data.postChrome).filter(([name]) => name !== 'why');

/** Elements with a strict ancestor in `set`, in one pass over the page's elements (parents come first). */
function below(elements: Element[], set: ReadonlySet<Element>): Set<Element> {
  const out = new Set<Element>();
  for (const el of elements) {
    const p = el.parent as Element | null;
    if (p && (set.has(p) || out.has(p))) out.add(el);
  }
  return out;
}

/** Bodies nested in another match are quotes or embeds of other posts. */
function outermost(elements: Element[], els: Element[]): Element[] {
  const nested = below(elements, new Set(els));
  return els.filter((el) => !nested.has(el));
}

function authorOf($: CheerioAPI, body: Element, engine: Engine): string | undefined {
  const post = $(body).closest(engine.post);
  const byAttr = engine.authorAttr ? post.attr(engine.authorAttr)?.trim() : undefined;
  let name = byAttr ?? '';
  for (const selector of engine.author ?? []) {
    if (name) break;
    const el = post.find(selector)[0];
    if (el) name = textOf(el);
  }
  return name && name.length <= data.limits.maxAuthorChars ? name : undefined;
}

/** Posts are siblings' children, each in a wrapper of its own: paragraphs of one article sharing a class are siblings themselves. */
function eachInItsOwnPost(bodies: Element[]): boolean {
  const parents = new Set(bodies.map((b) => b.parent));
  return parents.size === bodies.length && bodies.every((b) => b.name !== 'p');
}

/** Chrome inside the posts' bodies: one query per selector over the page, linear however the posts nest. */
function withChrome($: CheerioAPI, all: Element[], engine: string, posts: ForumPost[]): ForumThread {
  const inPosts = below(all, new Set(posts.map((p) => p.body)));
  const chrome = new Map<Element, string>();
  for (const [name, selector] of postChrome) {
    for (const el of select($, selector).toArray()) if (inPosts.has(el) && !chrome.has(el)) chrome.set(el, name);
  }
  return { engine, posts, chrome };
}

function byEngineRule($: CheerioAPI, all: Element[]): ForumThread | null {
  for (const engine of engines) {
    if (engine.requires && select($, engine.requires).length === 0) continue;
    const matched = select($, engine.body).toArray();
    // No bodies, no posts: the walk over the page's elements is spared.
    if (matched.length === 0) continue;
    const bodies = outermost(all, matched);
    if (engine.distinctPosts && !eachInItsOwnPost(bodies)) continue;
    const written = bodies.filter((b) => countWords(textOf(b)) >= data.limits.minWords).length;
    if (written === 0 || written < (engine.minPosts ?? 1)) continue;
    const posts = bodies.map((body) => {
      const author = authorOf($, body, engine);
      return author ? { body, author } : { body };
    });
    return withChrome($, all, engine.name, posts);
  }
  return null;
}

/**
 * The thread on the page, or null when the page is not a forum thread. An engine's own markup is
 * trusted anywhere; the shape of repeated posts, or the page's summary, only on a page that
 * declares itself a thread, so that an article's comment section never makes it one.
 */
export function findThread($: CheerioAPI): ForumThread | null {
  const all = select($, '*').toArray();
  const ruled = byEngineRule($, all);
  if (ruled || !declaresThread($)) return ruled;
  const shaped = findRepeatedPosts(all);
  if (shaped) return withChrome($, all, 'repeated-siblings', shaped);
  const summary = threadSummary($);
  return summary ? { engine: 'summary', posts: [], chrome: new Map(), summary } : null;
}

/**
 * Discourse and others serve the thread to no-JS readers inside <noscript>, which the walk skips as
 * invisible: in a saved page that copy is the only one, so it is made an ordinary element.
 */
export function revealThread(thread: ForumThread): void {
  for (const { body } of thread.posts) {
    for (let p = body.parent; p; p = p.parent) if (isTag(p) && p.name === 'noscript') p.name = 'div';
  }
}
