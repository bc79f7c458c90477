// Turns a saved web page into the cleaned article: metadata, body blocks in document order, the
// comment thread, and a record of every visible block left out and the rule that left it out.
import * as cheerio from 'cheerio';
import type { Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Block, CleanedArticle, Comment, RemovedBlock } from '../../types.ts';
import { alignArticleBody } from './article-body.ts';
import { blockKey, filterRule, type SeenBlocks } from './block-filter.ts';
import { chrome } from './chrome.ts';
import { commentAuthor } from './comment-author.ts';
import { findThread, revealThread } from './forum/find-thread.ts';
import { threadContent } from './forum/thread-content.ts';
import { readJsonLd } from './jsonld.ts';
import { pickMain } from './main-content.ts';
import { readMetadata } from './metadata.ts';
import { normalizeText } from '../../text/normalize.ts';
import { resolveDrops } from './resolve-drops.ts';
import { walkBlocks, type RawBlock } from './walk.ts';

function removedLog(): { add(line: number, text: string, rule: string): void; list: RemovedBlock[] } {
  const { removedTextChars, maxRemoved } = chrome.limits;
  const list: RemovedBlock[] = [];
  let overflow = 0;
  return {
    add(line, text, rule) {
      if (list.length >= maxRemoved) {
        overflow++;
        // Keeps a single running note instead of an unbounded list.
        list[maxRemoved] = { line, text: `${overflow} more removed blocks not listed`, rule: 'removed-limit' };
        return;
      }
      list.push({ line, text: text.length > removedTextChars ? `${text.slice(0, removedTextChars - 1)}…` : text, rule });
    },
    list,
  };
}

// htmlparser2 reads a stray `<![CDATA[` in body markup as a section running to `]]>`, which can
// swallow the rest of the page; browsers end it at the next `>`. Scripts, styles and comments keep theirs.
const STRAY_CDATA = /(<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\2\s*>)|<!\[CDATA\[[^>]*>/gi;

export function extractHtml(html: string): CleanedArticle {
  const source = html.includes('<![CDATA[') ? html.replace(STRAY_CDATA, (_, kept?: string) => kept ?? '') : html;
  const $ = cheerio.load(parseDocument(source));
  const ld = readJsonLd($);
  const found = readMetadata($, ld);
  const title = found.title ?? null;

  const thread = findThread($);
  if (thread) revealThread(thread);
  const walk = walkBlocks($.root()[0] as Document);
  const drops = resolveDrops(walk);
  const removed = removedLog();
  // A forum thread's posts are its content, whatever the article scoring would pick.
  if (thread) {
    const { blocks, comments } = threadContent(walk, drops, thread, removed.add);
    removed.list.sort((a, b) => a.line - b.line);
    return { title, blocks, removed: removed.list, comments, found };
  }
  const articleBody = ld.articleBody && ld.articleBody.length >= chrome.articleBody.minChars ? ld.articleBody : undefined;
  const picked = pickMain(walk, drops);
  // Each block's blockKey, made once for the articleBody check and the block filter; '' for blocks
  // neither reads (dropped, in comments, or outside the pick when there is no articleBody).
  const keys = walk.blocks.map((b, i) => (drops[i] || b.inComments || !(articleBody || picked[i]) ? '' : blockKey(b.text)));
  const inMain = articleBody ? (alignArticleBody(walk, drops, picked, articleBody, keys) ?? picked) : picked;

  const kept: RawBlock[] = [];
  const threads = new Map<number, { line: number; parts: string[] }>();
  const comments: Comment[] = [];
  const titleKey = title ? blockKey(title) : '';
  const seen: SeenBlocks = new Map();

  walk.blocks.forEach((b, i) => {
    const drop = drops[i];
    if (drop) return removed.add(b.index, b.text, drop);
    if (b.inComments) {
      if (b.item >= 0) {
        const entry = threads.get(b.item) ?? { line: b.index, parts: [] };
        entry.parts.push(b.text);
        threads.set(b.item, entry);
      } else if (b.kind === 'heading') removed.add(b.index, b.text, 'comment-section');
      else comments.push({ text: b.text, line: b.index });
      return;
    }
    const rule = inMain[i] ? filterRule(b, keys[i]!, titleKey, seen) : 'outside-main';
    if (rule) removed.add(b.index, b.text, rule);
    else kept.push(b);
  });

  const items = new Set(walk.items);
  for (const [item, entry] of threads) {
    const author = commentAuthor(walk.items[item]!, items);
    comments.push({ ...(author ? { author } : {}), text: entry.parts.join('\n\n'), line: entry.line });
  }
  comments.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  // A heading with no body text after it introduced something that was removed ("More on this").
  while (kept.at(-1)?.kind === 'heading') {
    const heading = kept.pop()!;
    removed.add(heading.index, heading.text, 'orphan-heading');
  }
  let blocks: Block[] = kept.map((b) => ({ kind: b.kind, text: b.text, line: b.index }));
  const keptChars = kept.reduce((n, b) => n + b.text.length, 0);
  // The page body is missing or cut short (script-rendered, paywalled) but the publisher's
  // JSON-LD carries it: use that, numbering its paragraphs after the page's own blocks.
  if (articleBody && keptChars < chrome.articleBody.fallbackRatio * articleBody.length) {
    for (const b of kept) removed.add(b.index, b.text, 'replaced-by-jsonld');
    const next = walk.blocks.length + 1;
    blocks = articleBody
      .split(/\n+/)
      .map((p) => normalizeText(p, false))
      .filter(Boolean)
      .map((text, i) => ({ kind: 'paragraph', text, line: next + i }));
  }
  removed.list.sort((a, b) => a.line - b.line);
  return { title, blocks, removed: removed.list, comments, found };
}
