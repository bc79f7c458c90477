// The headline: the page's visible <h1> when it agrees with what the head says the page is about,
// else the head's title without the site name that <title> (and some og:title) carries.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { blockKey } from './block-filter.ts';
import { chrome } from './chrome.ts';
import { textOf } from './text-of.ts';
import { select } from './select.ts';

/** Whitespace-separated words, marks and all. */
export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
/** The words of a blockKey. */
const tokens = (key: string): Set<string> => new Set(key.split(' ').filter(Boolean));
const LOGO_CLASS = new RegExp(chrome.title.visible.logoClass, 'iu');
const DOMAIN = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/iu;

/**
 * The headline without a site-name prefix or suffix. With `generic` (for <title>), a short last
 * segment after a separator is taken for the site name even when the site's name is unknown, and
 * so is the next one while a headline's worth of words is left ("… / Arch Discussion / Arch Linux Forums").
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
    // A site name that itself holds a separator ("Urge Fitness | Gyms in PA") spans several cuts.
    const tail = cuts.find((c) => same(title.slice(c.index + c[0].length), siteName));
    if (tail) return cleanTitle(title.slice(0, tail.index), undefined, generic);
  }
  // A bare domain after the last separator is a site name however short the headline before it.
  if (DOMAIN.test(after)) return before;
  const t = chrome.title;
  if (generic && wordCount(after) <= t.maxSuffixWords && wordCount(before) >= t.minTitleWords) return cleanTitle(before, undefined, generic);
  return title;
}

/** The segments of a title between its separators. */
function segments(title: string): string[] {
  return title.split(chrome.title.separators).map(blockKey).filter(Boolean);
}

/** Whether two titles share enough words: most of the shorter one's, and more than one. */
function agree(a: Set<string>, b: Set<string>): boolean {
  const v = chrome.title.visible;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared >= v.minShared && shared / small.size >= v.minOverlap;
}

function isLogo(el: Element): boolean {
  const v = chrome.title.visible;
  let n: Element | null = el;
  for (let depth = 0; n && depth <= v.logoDepth; depth++, n = n.parent?.type === 'tag' ? (n.parent as Element) : null) {
    if (LOGO_CLASS.test(`${n.attribs.class ?? ''} ${n.attribs.id ?? ''}`)) return true;
  }
  return false;
}

/** Every segment of the head's titles except each one's headline (its longest segment). */
function siteSegments(heads: string[]): string[] {
  return heads.flatMap((h) => {
    const parts = segments(h);
    const longest = parts.reduce((best, p, i) => (wordCount(p) > wordCount(parts[best]!) ? i : best), 0);
    return parts.filter((_, i) => i !== longest);
  });
}

interface Heading {
  el: Element;
  text: string;
  key: string;
}

/** The page's <h1>s (or <h2>s), those inside <article>/<main> first, without logos and site names. */
function headings($: CheerioAPI, tag: 'h1' | 'h2', heads: string[], siteName?: string): Heading[] {
  const v = chrome.title.visible;
  const siteKeys = [...siteSegments(heads), ...(siteName ? [blockKey(siteName)] : [])];
  const inMain = new Set(select($, `article ${tag}, main ${tag}, [role="main"] ${tag}`).toArray());
  return select($, tag)
    .toArray()
    .slice(0, v.maxCandidates)
    .map((el) => ({ el: el as Element, text: textOf(el) }))
    .map((h) => ({ ...h, key: blockKey(h.text) }))
    .filter((h) => h.key && h.text.length <= v.maxChars && !siteKeys.some((s) => s.includes(h.key)) && !isLogo(h.el))
    .sort((a, b) => Number(inMain.has(b.el)) - Number(inMain.has(a.el)));
}

/**
 * The page's visible headline: an <h1> (an <h2> on pages whose <h1> is the site's logo, as on many
 * forums) that agrees with one of the head's titles. Logos and site names are not headlines, even
 * when <title> repeats them as its site segment.
 */
function visibleHeadline($: CheerioAPI, heads: string[], h1s: Heading[], siteName?: string): string | undefined {
  const v = chrome.title.visible;
  if (heads.length === 0) return undefined;
  const headKeys = heads.map(blockKey);
  const headTokens = headKeys.map(tokens);
  for (const h1 of h1s) {
    if (wordCount(h1.key) < v.minWords) continue;
    // An <h1> that wraps the head's title in a date or byline ("Dec 18 2025 <title>") is that title.
    const wrapped = heads.findIndex((_, i) => wordCount(headKeys[i]!) >= v.minWords && h1.key.includes(headKeys[i]!));
    if (wrapped >= 0) return cleanTitle(heads[wrapped]!, siteName);
    const h1Tokens = tokens(h1.key);
    if (headTokens.some((h) => agree(h1Tokens, h))) return h1.text;
  }
  // A second-level heading must be one of the head's titles word for word.
  const titleKeys = new Set(heads.flatMap((h, i) => [headKeys[i]!, ...segments(h)]));
  return headings($, 'h2', heads, siteName).find((h2) => wordCount(h2.key) >= v.minWords && titleKeys.has(h2.key))?.text;
}

/**
 * The page's headline from what the head states (og:title, twitter:title or JSON-LD headline) and
 * its <title>: the visible headline that agrees with them, else the stated title, else the first
 * <h1> that is not a logo or the site's name, else <title> without its site name.
 */
export function pageHeadline($: CheerioAPI, stated: string | undefined, docTitle: string | undefined, siteName?: string): string | undefined {
  const heads = [stated, docTitle].filter((t): t is string => Boolean(t?.trim()));
  // Without a stated title the heads are <title> alone, as the first-<h1> fallback reads them: one list serves both.
  const h1s = headings($, 'h1', heads, siteName);
  // A stated title that repeats <title> word for word repeats its site name too.
  const copied = stated !== undefined && docTitle !== undefined && same(stated, docTitle);
  return visibleHeadline($, heads, h1s, siteName) ?? (stated ? cleanTitle(stated, siteName, copied) : (h1s[0]?.text ?? (docTitle ? cleanTitle(docTitle, siteName, true) : undefined)));
}
