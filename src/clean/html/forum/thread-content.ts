// Turns a thread's posts into the article's body and comments: the first post is the body, every
// later post a comment. Blocks outside the posts' own text (user panels, thread lists, menus) and
// chrome inside them (quotes, signatures) are removed with the rule that removed them.
import { contains } from 'cheerio';
import type { Element, ParentNode } from 'domhandler';
import type { Block, Comment } from '../../../types.ts';
import type { PageWalk } from '../walk.ts';
import type { ForumThread } from './find-thread.ts';
import { table } from '../../../settings/tables.ts';

const data = table('forum-chrome');

type Remove = (line: number, text: string, rule: string) => void;

interface Place {
  /** Index of the post whose body holds the block, -1 when none does. */
  post: number;
  /** Rule that removes the block inside that post, null to keep it. */
  rule: string | null;
}

const tagOf = (n: ParentNode | null): Element | null => (n && 'attribs' in n ? n : null);

function placer(walk: PageWalk, thread: ForumThread): (ownerOrMark: Element | null) => Place {
  const bodies = new Map<Element, number>(thread.posts.map((p, i) => [p.body, i]));
  const marked = new Map<Element, string>();
  for (const m of walk.marks) if (!bodies.has(m.el) && !marked.has(m.el)) marked.set(m.el, m.rule);
  const outside: Place = { post: -1, rule: null };
  // Memoised per element: each block's ancestors are resolved once, however deep the page nests.
  const places = new Map<Element, Place>();
  const own = (el: Element, above: Place): Place => {
    const post = bodies.get(el);
    if (post !== undefined) return { post, rule: null };
    if (above.post < 0) return outside;
    const chrome = thread.chrome.get(el);
    // The innermost rule between the block and its post's body names the removal.
    return { post: above.post, rule: (chrome ? `forum:${chrome}` : marked.get(el)) ?? above.rule };
  };
  return (start) => {
    const chain: Element[] = [];
    for (let el = start; el && !places.has(el); el = tagOf(el.parent)) chain.push(el);
    let above = chain.length > 0 ? (places.get(tagOf(chain.at(-1)!.parent)!) ?? outside) : start ? places.get(start)! : outside;
    for (let i = chain.length - 1; i >= 0; i--) {
      above = own(chain[i]!, above);
      places.set(chain[i]!, above);
    }
    return above;
  };
}

/** Body blocks (the first post) and comments (the replies, in thread order) of a forum thread. */
export function threadContent(walk: PageWalk, drops: ReadonlyArray<string | null>, thread: ForumThread, remove: Remove): { blocks: Block[]; comments: Comment[] } {
  const place = placer(walk, thread);
  const parts: Array<{ line: number; blocks: Block[] }> = thread.posts.map(() => ({ line: 0, blocks: [] }));
  walk.blocks.forEach((b, i) => {
    // An inline chrome element (a hidden <span>) lies below the block's owner: start from it.
    const mark = b.mark >= 0 ? walk.marks[b.mark]!.el : null;
    const start = mark && b.owner && contains(b.owner, mark) ? mark : b.owner;
    const { post, rule } = place(start);
    if (post < 0) return remove(b.index, b.text, drops[i] ?? 'forum:outside-posts');
    if (rule) return remove(b.index, b.text, rule);
    const part = parts[post]!;
    if (part.blocks.length === 0) part.line = b.index;
    part.blocks.push({ kind: b.kind, text: b.text, line: b.index });
  });
  const written = parts.map((p, i) => ({ ...p, author: thread.posts[i]!.author })).filter((p) => p.blocks.length > 0);
  // Engines repeat a post (the opening one above every page, a featured reply): it counts once.
  const seen = new Set<string>();
  const once = written.filter((p) => {
    const text = p.blocks.map((b) => b.text).join('\n\n');
    if (!seen.has(text) || text.split(/\s+/).length < data.limits.minCopyWords) return seen.add(text);
    for (const b of p.blocks) remove(b.line, b.text, 'forum:repeated-post');
    return false;
  });
  const [first, ...replies] = once;
  // A thread whose posts were left to a script keeps only the page's summary of it.
  const summary = thread.summary && !first ? [{ kind: 'paragraph' as const, text: thread.summary, line: walk.blocks.length + 1 }] : [];
  return {
    blocks: first?.blocks ?? summary,
    comments: replies.map((r) => ({ ...(r.author ? { author: r.author } : {}), text: r.blocks.map((b) => b.text).join('\n\n'), line: r.line })),
  };
}
