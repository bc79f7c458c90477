// Readers' comments under an article: after enough prose, a comments heading or a "Name says:" header
// starts them. Each header opens a new comment; prose under it is kept apart from the article.
import { articleRun, commentSection } from '../patterns.ts';
import { readDateLine } from '../dates.ts';
import { proseWeight, type CleanContext } from '../context.ts';
import type { Comment } from '../../../types.ts';

const RULE = 'comment-section';

const isHeader = (text: string): boolean => commentSection.headers.some((re) => re.test(text));

function sectionStart(ctx: CleanContext): number {
  let read = 0;
  for (let i = 0; i < ctx.lines.length; i++) {
    const l = ctx.labels[i];
    if (l?.cls === 'body') read += proseWeight(ctx, i, articleRun.charsPerWord);
    else if (l?.cls !== 'comment' && read >= commentSection.minArticleWords) {
      const { text } = ctx.lines[i]!;
      if (isHeader(text) || commentSection.starts.some((re) => re.test(text))) return i;
    }
  }
  return -1;
}

export function markCommentSection(ctx: CleanContext): Comment[] {
  const start = sectionStart(ctx);
  if (start < 0) return [];
  const comments: Comment[] = [];
  let current: number[] = [];
  let author: string | undefined;
  const flush = () => {
    if (current.length) {
      const text = current.map((i) => ctx.lines[i]!.text).join('\n');
      comments.push({ ...(author ? { author } : {}), text, line: ctx.lines[current[0]!]!.line });
    }
    current = [];
  };
  for (let i = start; i < ctx.lines.length; i++) {
    const l = ctx.labels[i];
    if (l?.cls === 'comment') continue;
    const { text } = ctx.lines[i]!;
    const header = isHeader(text);
    if (header || readDateLine(text)) {
      flush();
      if (header) author = text.replace(/^(?:[•*]|\d+\.)\s*/, '').replace(/\s+(?:on\s.*|says|said|wrote).*$/, '');
    }
    if (!header && (l?.cls === 'body' || l?.cls === 'heading')) {
      ctx.labels[i] = { cls: 'comment', rule: RULE };
      current.push(i);
    } else if (l?.cls !== 'chrome') ctx.labels[i] = { cls: 'chrome', rule: RULE };
  }
  flush();
  return comments;
}
