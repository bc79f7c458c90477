// Photo captions: a caption opener ("A photo of …"), or a short sentence followed by a credit line
// ("SpaceIL", "AP Photo") where the article's prose would begin.
import { captionOpener, thresholds } from '../patterns.ts';
import { firstGood, label, type CleanContext } from '../context.ts';

function isCredit(ctx: CleanContext, i: number): boolean {
  const f = ctx.feats[i];
  const text = ctx.lines[i]?.text ?? '';
  return f !== undefined && !ctx.labels[i] && f.words >= 1 && f.words <= thresholds.creditMaxWords && !f.terminal && f.capitalisedShare === 1 && !/["“”‘’']/.test(text);
}

export function markCaptions(ctx: CleanContext): void {
  const lead = firstGood(ctx, ctx.titleIndex + 1);
  ctx.lines.forEach(({ text }, i) => {
    if (ctx.labels[i] || ctx.feats[i]!.words > thresholds.captionMaxWords) return;
    const credited = isCredit(ctx, i + 1);
    if (captionOpener.test(text) || (credited && i === lead)) {
      label(ctx, i, 'chrome', 'caption');
      if (credited) label(ctx, i + 1, 'chrome', 'photo-credit');
    }
  });
}
