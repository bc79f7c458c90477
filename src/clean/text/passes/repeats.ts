// Pages repeat their own text: the same teaser twice, a truncated "…" teaser of the lead, or the whole
// article flattened into one line (hidden metadata copies). The first full copy is the article's;
// short lines may repeat in the article itself (a recipe's "1 cup of water").
import { thresholds } from '../patterns.ts';
import type { CleanContext } from '../context.ts';

const RULE = 'repeat';
const ELLIPSIS = /(?:\.\.\.|…)$/;
const key = (text: string): string =>
  text
    .toLowerCase()
    .replace(/^(?:[•·*-]|\d{1,2}[.)])\s+/u, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Each key of at least repeatMinChars characters, indexed by its first repeatMinChars characters. */
function prefixIndex(keys: string[]): Map<string, number[]> {
  const w = thresholds.repeatMinChars;
  const byPrefix = new Map<string, number[]>();
  keys.forEach((k, n) => {
    if (k.length < w) return;
    const prefix = k.slice(0, w);
    const list = byPrefix.get(prefix);
    if (list) list.push(n);
    else byPrefix.set(prefix, [n]);
  });
  return byPrefix;
}

/**
 * For each key, how many of the other keys it holds whole, starting at a word start. Others are
 * looked up by their first repeatMinChars characters (see prefixIndex), so a line is scanned once
 * instead of against every other line (a 10,000-line page would otherwise take minutes).
 */
function heldCounts(keys: string[], byPrefix: Map<string, number[]>): number[] {
  const w = thresholds.repeatMinChars;
  return keys.map((k, n) => {
    // Only a line longer than two others can hold them whole.
    if (k.length <= 2 * w) return 0;
    const held = new Set<number>();
    for (let at = 0; at + w <= k.length; at = k.indexOf(' ', at) + 1) {
      for (const m of byPrefix.get(k.slice(at, at + w)) ?? []) {
        if (m !== n && keys[m]!.length < k.length && k.startsWith(keys[m]!, at)) held.add(m);
      }
      if (k.indexOf(' ', at) < 0) break;
    }
    return held.size;
  });
}

export function markRepeats(ctx: CleanContext): void {
  const body = ctx.labels.flatMap((l, i) => (l?.cls === 'body' ? [i] : []));
  const keys = body.map((i) => key(ctx.lines[i]!.text));
  const byPrefix = prefixIndex(keys);
  const held = heldCounts(keys, byPrefix);
  const seen = new Set<string>();
  body.forEach((i, n) => {
    const k = keys[n]!;
    const stem = ELLIPSIS.test(k) ? k.replace(ELLIPSIS, '').trim() : null;
    // A longer line that starts with the stem shares its first repeatMinChars characters: only those are looked at.
    const truncated =
      stem !== null &&
      stem.length >= thresholds.repeatMinChars &&
      (byPrefix.get(stem.slice(0, thresholds.repeatMinChars)) ?? []).some((m) => m !== n && keys[m]!.length > stem.length && keys[m]!.startsWith(stem));
    const flattened = held[n]! >= thresholds.flattenedMinLines;
    const repeated = seen.has(k) && ctx.feats[i]!.words >= thresholds.repeatMinWords;
    if (repeated || truncated || flattened) ctx.labels[i] = { cls: 'chrome', rule: RULE };
    else seen.add(k);
  });
}
