// The text cleaner: for text copied from a page (chrome and all), decides line by line what is the
// article, running small passes in a fixed order; each removed line keeps the rule that removed it.
import { createContext, type CleanContext } from './context.ts';
import { foundMeta } from './found-meta.ts';
import { toLines, type Line } from './lines.ts';
import { collectReplies } from './passes/replies.ts';
import { markCommentSection } from './passes/comment-section.ts';
import { keepArticleRun } from './passes/article-run.ts';
import { markRepeats } from './passes/repeats.ts';
import { markForumPanels } from './passes/forum-panels.ts';
import { applyLineRules } from './passes/line-patterns.ts';
import { markListSections } from './passes/list-sections.ts';
import { findTitle } from './passes/title.ts';
import { markCaptions } from './passes/captions.ts';
import { classifyParagraphs } from './passes/paragraphs.ts';
import type { Block, CleanedArticle, RemovedBlock } from '../../types.ts';

/**
 * The passes that leave clues (forum panels, line rules, masthead) and the ones before them whose
 * labels they depend on; later passes never relabel a line these labelled chrome.
 */
export function readClues(lines: Line[]): CleanContext {
  const ctx = createContext(lines);
  markForumPanels(ctx);
  applyLineRules(ctx);
  markListSections(ctx);
  findTitle(ctx);
  return ctx;
}

export function cleanLines(lines: Line[]): CleanedArticle {
  const ctx = readClues(lines);
  markCaptions(ctx);
  classifyParagraphs(ctx);
  markRepeats(ctx);
  const comments = [...collectReplies(ctx), ...markCommentSection(ctx)];
  keepArticleRun(ctx);
  const blocks: Block[] = [];
  const removed: RemovedBlock[] = [];
  lines.forEach(({ line, text }, i) => {
    const l = ctx.labels[i]!;
    if (l.cls === 'body' || l.cls === 'heading') blocks.push({ kind: l.cls === 'body' ? 'paragraph' : 'heading', text, line });
    else if (l.cls !== 'title') removed.push({ line, text, rule: l.rule });
  });
  const title = ctx.titleIndex >= 0 ? lines[ctx.titleIndex]!.text : null;
  return { title, blocks, removed, comments, found: foundMeta(ctx.clues, title) };
}

export function cleanText(content: string, firstLine = 1): CleanedArticle {
  return cleanLines(toLines(content, firstLine));
}
