// Headlines in <title> (and some og:title) carry the site's name: "Headline | The Daily Planet".
import { chrome } from './chrome.ts';

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The headline without a site-name prefix or suffix. With `generic` (for <title>), a short last
 * segment after a separator is taken for the site name even when the site's name is unknown.
 */
export function cleanTitle(raw: string, siteName?: string, generic = false): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  const cuts = [...title.matchAll(chrome.title.separators)];
  if (cuts.length === 0) return title;
  const firstCut = cuts[0]!;
  const lastCut = cuts[cuts.length - 1]!;
  const before = title.slice(0, lastCut.index);
  const after = title.slice(lastCut.index + lastCut[0].length);
  if (siteName) {
    if (same(after, siteName)) return cleanTitle(before, undefined, generic);
    if (same(title.slice(0, firstCut.index), siteName)) return title.slice(firstCut.index + firstCut[0].length);
  }
  const t = chrome.title;
  if (generic && words(after) <= t.maxSuffixWords && words(before) >= t.minTitleWords) return before;
  return title;
}
