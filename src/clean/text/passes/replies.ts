// On a forum repost the first post is the article; prose under a later user panel is a reader's
// reply: kept apart as a comment, not scored as the outlet's words.
import type { Comment } from '../../../types.ts';
import type { CleanContext } from '../context.ts';

export function collectReplies(ctx: CleanContext): Comment[] {
  const firstBody = ctx.labels.findIndex((l) => l?.cls === 'body');
  if (firstBody < 0) return [];
  const comments: Comment[] = [];
  ctx.panels.forEach((panel, p) => {
    if (panel.start < firstBody) return;
    const stop = ctx.panels[p + 1]?.start ?? ctx.lines.length;
    const lines: number[] = [];
    for (let i = panel.end + 1; i < stop; i++) {
      const l = ctx.labels[i];
      if (l?.cls === 'chrome') {
        if (lines.length) break;
        continue;
      }
      if (l?.cls === 'body' || l?.cls === 'heading') {
        ctx.labels[i] = { cls: 'comment', rule: 'forum-reply' };
        lines.push(i);
      }
    }
    if (!lines.length) return;
    comments.push({
      ...(panel.user ? { author: panel.user } : {}),
      text: lines.map((i) => ctx.lines[i]!.text).join('\n'),
      line: ctx.lines[lines[0]!]!.line,
    });
  });
  return comments;
}
