// The headline is the first headline-like line before the prose starts; what precedes it is masthead
// and section navigation.
import { mastheadOutlet } from '../../outlet-names.ts';
import { thresholds } from '../patterns.ts';
import { firstGood, label, type CleanContext } from '../context.ts';
import type { LineFeatures } from '../features.ts';

function headlineLike(f: LineFeatures, text: string): boolean {
  return f.words >= thresholds.titleMinWords && f.words <= thresholds.titleMaxWords && !f.glued && !text.endsWith('.');
}

export function findTitle(ctx: CleanContext): void {
  const hinted = ctx.lines.findIndex((l, i) => l.hint === 'title' && !ctx.labels[i]);
  const proseStart = firstGood(ctx);
  const end = hinted >= 0 ? hinted : Math.min(proseStart + 1, ctx.lines.length);
  for (let i = 0; i < end; i++) {
    if (ctx.labels[i]) continue;
    const { text } = ctx.lines[i]!;
    const outlet = mastheadOutlet(text);
    if (outlet && ctx.feats[i]!.words <= thresholds.titleMinWords + 1) {
      label(ctx, i, 'chrome', 'masthead');
      ctx.clues.push({ kind: 'outlet', value: outlet.name, evidence: text, rule: 'masthead' });
    } else if (hinted < 0 && i < proseStart && headlineLike(ctx.feats[i]!, text)) {
      ctx.titleIndex = i;
      break;
    } else if (i < proseStart) {
      label(ctx, i, 'chrome', 'before-title');
    }
  }
  if (hinted >= 0) ctx.titleIndex = hinted;
  if (ctx.titleIndex >= 0) label(ctx, ctx.titleIndex, 'title', 'title');
}
