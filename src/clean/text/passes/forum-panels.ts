// Forum user panels: the member title ("SENIOR MEMBER") anchors them; the user name sits just above,
// join date, counters and profile fields just below.
import { forum } from '../patterns.ts';
import { readDateLine } from '../dates.ts';
import { label, type CleanContext } from '../context.ts';

const RULE = 'forum-user-panel';

function isUsername(ctx: CleanContext, i: number): boolean {
  const f = ctx.feats[i];
  return !ctx.labels[i] && !ctx.good[i] && f !== undefined && f.words <= forum.usernameMaxWords && !f.terminal;
}

export function markForumPanels(ctx: CleanContext): void {
  const { lines } = ctx;
  for (let i = 0; i < lines.length; i++) {
    if (ctx.labels[i] || !forum.memberTitle.test(lines[i]!.text)) continue;
    let start = i;
    while (start > 0 && i - start < forum.panelLookBehind && isUsername(ctx, start - 1)) start--;
    let end = i;
    for (let j = i + 1; j < lines.length && !ctx.labels[j]; j++) {
      const text = lines[j]!.text;
      if (forum.counter.test(text) || readDateLine(text)) end = j;
      else if (forum.profileField.test(text) && j + 1 < lines.length && !ctx.good[j + 1]) end = ++j;
      else break;
    }
    for (let k = start; k <= end; k++) label(ctx, k, 'chrome', RULE);
    ctx.panels.push({ start, end, user: start < i ? lines[start]!.text : '' });
    ctx.clues.push({ kind: 'forum', value: 'a forum', evidence: `user panel "${lines[i]!.text}" (line ${lines[i]!.line})`, rule: RULE });
    i = end;
  }
}
