// jusText-style decision for every line no named rule claimed: prose is body; a short line between
// prose is a sub-heading (or a short sentence); a Title Case line inside the article is a promo link.
import { thresholds } from '../patterns.ts';
import { label, type CleanContext } from '../context.ts';

function neighbourIsProse(ctx: CleanContext, i: number, step: 1 | -1): boolean {
  for (let j = i + step; j >= 0 && j < ctx.lines.length; j += step) {
    const l = ctx.labels[j];
    if (l?.cls === 'body') return true;
    if (l) return false;
    if (ctx.good[j]) return true;
    if (ctx.feats[j]!.words > thresholds.headingMaxWords) return false;
  }
  return false;
}

export function classifyParagraphs(ctx: CleanContext): void {
  ctx.lines.forEach((line, i) => {
    if (ctx.labels[i]) return;
    const f = ctx.feats[i]!;
    if (ctx.good[i]) return label(ctx, i, 'body', 'prose');
    if (line.hint === 'heading') return label(ctx, i, 'heading', 'marked-heading');
    if (f.words >= thresholds.promoMinWords && f.capitalisedShare >= thresholds.promoMinCapitalisedShare && !line.text.endsWith('.')) {
      return label(ctx, i, 'chrome', 'promo-headline');
    }
    const between = neighbourIsProse(ctx, i, -1) && neighbourIsProse(ctx, i, 1);
    if (between && f.terminal) return label(ctx, i, 'body', 'short-sentence');
    if (between && f.words <= thresholds.headingMaxWords) return label(ctx, i, 'heading', 'sub-heading');
    label(ctx, i, 'chrome', 'short-line');
  });
}
