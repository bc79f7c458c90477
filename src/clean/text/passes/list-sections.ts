// Under a "Similar threads" / "Related articles" heading comes a list of other pages, not the article:
// it runs until prose resumes.
import { lineRules, thresholds } from '../patterns.ts';
import { label, type CleanContext } from '../context.ts';

const listRules = new Set(lineRules.filter((r) => r.startsList).map((r) => r.rule));

export function markListSections(ctx: CleanContext): void {
  let inList = false;
  ctx.lines.forEach((_, i) => {
    const l = ctx.labels[i];
    if (l && listRules.has(l.rule)) inList = true;
    else if (inList && !l) {
      const f = ctx.feats[i]!;
      if (ctx.good[i] && f.terminal && f.words > thresholds.listItemMaxWords / 2) inList = false;
      else label(ctx, i, 'chrome', 'list-section');
    }
  });
}
