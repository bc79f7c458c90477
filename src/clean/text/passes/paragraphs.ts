// jusText-style decision for every line no named rule claimed: prose is body; a line between prose is
// decided by its context (a short sentence, a list item, a near-good line, or a sub-heading); a Title
// Case line inside the article is a promo link.
import { thresholds } from '../patterns.ts';
import { label, type CleanContext } from '../context.ts';
import type { LineFeatures } from '../features.ts';

/** Long, yet with too few stop words for prose: tag clouds, keyword lists, glued menus. */
function isBad(f: LineFeatures, stoplist: boolean): boolean {
  return f.glued || (stoplist && f.words > thresholds.headingMaxWords && f.stopwordDensity < thresholds.sentenceMinStopwordDensity);
}

/** Close to prose: jusText's "near-good", kept when prose is next to it. */
function isNearGood(f: LineFeatures, stoplist: boolean): boolean {
  return stoplist ? f.words >= thresholds.nearGoodMinWords && f.stopwordDensity >= thresholds.sentenceMinStopwordDensity : f.chars >= thresholds.sentenceMinChars;
}

/** The nearest line that is neither short nor near-good, `step` away, is prose. */
function neighbourIsProse(ctx: CleanContext, i: number, step: 1 | -1): boolean {
  for (let j = i + step; j >= 0 && j < ctx.lines.length; j += step) {
    const l = ctx.labels[j];
    if (l?.cls === 'body') return true;
    if (l) return false;
    if (ctx.good[j]) return true;
    if (isBad(ctx.feats[j]!, ctx.stoplist)) return false;
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
    if (isBad(f, ctx.stoplist)) return label(ctx, i, 'chrome', 'short-line');
    const before = neighbourIsProse(ctx, i, -1);
    const after = neighbourIsProse(ctx, i, 1);
    const near = isNearGood(f, ctx.stoplist);
    if (before && after) {
      if (f.terminal) return label(ctx, i, 'body', 'short-sentence');
      if (f.listItem) return f.words >= thresholds.listItemMinWords ? label(ctx, i, 'body', 'list-item') : label(ctx, i, 'chrome', 'short-line');
      if (f.words <= thresholds.headingMaxWords) return label(ctx, i, 'heading', 'sub-heading');
      if (near) return label(ctx, i, 'body', 'near-good');
    } else if ((before || after) && near) return label(ctx, i, 'body', 'near-good');
    label(ctx, i, 'chrome', 'short-line');
  });
  keepColonLists(ctx);
}

// Rules that only guessed from a line's shape; a list an article line announces overrides them.
const SHAPE_RULES = new Set(['short-line', 'promo-headline']);

/** "The tour dates:" followed by short lines: the article's own list (dates, names, steps). */
function keepColonLists(ctx: CleanContext): void {
  let open = false;
  ctx.labels.forEach((l, i) => {
    if (l && (l.cls === 'body' || l.cls === 'heading')) open = ctx.lines[i]!.text.endsWith(':');
    else if (open && l && SHAPE_RULES.has(l.rule)) ctx.labels[i] = { cls: 'body', rule: 'announced-list' };
    else open = false;
  });
}
