// What the page says about itself: head <meta> tags, JSON-LD, and visible bylines and dates, in
// order of how deliberately the publisher stated them.
import type { Cheerio, CheerioAPI } from 'cheerio';
import { isTag, type AnyNode } from 'domhandler';
import type { FoundMeta } from '../../types.ts';
import { chrome } from './chrome.ts';
import type { JsonLdFacts } from './jsonld.ts';
import { shortTextOf, textOf } from './text-of.ts';
import { spellingKey } from '../../text/normalize.ts';
import { readDateLine } from '../text/dates.ts';
import { pageHeadline, wordCount } from './title.ts';
import { hostOf, knownOutlet, outletOfHost } from '../outlet-names.ts';
import { descendant, select } from './select.ts';

const URL_LIKE = /^(?:https?:)?\/\/|^www\./i;

const BYLINE_PREFIX = new RegExp(chrome.metadata.bylinePrefix, 'iu');
const AUTHOR_LINK = new RegExp(chrome.metadata.authorLinkPath, 'iu');

function cleanAuthor(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const m = chrome.metadata;
  const name = raw
    .replace(/\s+/g, ' ')
    .split(/\s[|•·]\s|\n/)[0]!
    .replace(BYLINE_PREFIX, '')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
  if (!name || !/\p{L}/u.test(name) || URL_LIKE.test(name) || name.includes('@') || name.length > m.maxAuthorChars || name.split(' ').length > m.maxAuthorWords) return undefined;
  // A byline box that holds only the date ("July 22, 2017") names no one.
  return readDay(name) ? undefined : name;
}

const NOT_NAME_WORDS = new Set(chrome.metadata.notNameWords);

/** A person's name as an author link shows it: a few words, no digits, no "More about …»", no "Sign up". */
function nameLike(text: string): string | undefined {
  const name = cleanAuthor(text);
  if (!name || name.length < 2 || /[\d»›→]/u.test(name)) return undefined;
  const words = name.toLowerCase().split(/[\s,]+/);
  return words.length <= chrome.metadata.maxLinkNameWords && !words.some((w) => NOT_NAME_WORDS.has(w)) ? name : undefined;
}

/** Author links outside the page's navigation, footer and forms (account links live there). */
function authorLinks($: CheerioAPI): AnyNode[] {
  return select($, 'a[href]')
    .toArray()
    .filter((el) => isAuthorLink(el) && $(el).closest(chrome.metadata.notBylineAreas).length === 0);
}

function isAuthorLink(el: AnyNode): boolean {
  return isTag(el) && el.name === 'a' && AUTHOR_LINK.test(el.attribs.href ?? '');
}

/** The name in a byline element: its author-page link when it has one, else its text. */
function bylineName(el: AnyNode): string | undefined {
  // The name the link test reads is the one returned: the link's text is read once.
  let name: string | undefined;
  const link = descendant(el, (n) => {
    if (!isAuthorLink(n)) return false;
    name = nameLike(textOf(n));
    return name !== undefined;
  });
  return link ? name : cleanAuthor(textOf(el));
}

function firstText(found: Cheerio<AnyNode>): string | undefined {
  for (const el of found.toArray()) {
    const text = textOf(el);
    if (text) return text;
  }
  return undefined;
}

/**
 * The names credited by marked-up author elements. Several under one parent are co-authors; on a
 * thread each post credits its own author, and the first post's is the one that counts.
 */
function creditedNames($: CheerioAPI, selector: string): string | undefined {
  const els = select($, selector).toArray();
  const first = els[0];
  if (!first) return undefined;
  const group = first.parent?.parent ?? first.parent;
  const names = els
    .filter((el) => el.parent === first.parent || el.parent?.parent === group)
    .map((el) => {
      const named = descendant(el, (n) => /(?:^|\s)name(?:\s|$)/.test(n.attribs.itemprop ?? ''));
      return named ? nameLike(textOf(named)) : bylineName(el);
    })
    .filter((n): n is string => Boolean(n));
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

/** A date as ISO: ISO text as it is (time and zone kept), a written date as YYYY-MM-DD. */
function readDay(raw: string): string | undefined {
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
  // "June 4, 2025 - 11 minutes", "Last Updated : 20 January 2025"
  for (const part of text.split(/\s[|•·–—-]\s|\n/)) {
    const plain = part
      .replace(/^(?:(?:posted|published|last|updated|date|on)\b\s*:?\s*)+/i, '')
      .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
      .replace(/\s*@.*$/, '')
      .trim();
    const day = readDateLine(plain);
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  }
  return undefined;
}

/**
 * The short texts beside the headline, where a page without markup for them prints its date and
 * byline: in the headline's block (its parent, and so many levels up), the elements within so
 * many of the headline (the block may hold the whole article, an embedded post's date and all)
 * whose text is short, in page order.
 */
function besideHeadline($: CheerioAPI, title: string | undefined): string[] {
  const m = chrome.metadata;
  // The <h1> that holds the headline, not a site's logo marked up as one.
  const h1s = select($, 'h1').toArray();
  const key = title === undefined ? '' : spellingKey(title);
  const headline = h1s.find((h) => spellingKey(textOf(h)) === key) ?? h1s[0];
  let block = headline?.parent;
  for (let level = 1; level < m.headlineBlockLevels && block?.parent && isTag(block.parent); level++) block = block.parent;
  if (!headline || !block) return [];
  const inBlock = $(block).find('*').toArray();
  const at = inBlock.indexOf(headline);
  return inBlock
    .slice(Math.max(0, at - m.headlineReach), at + m.headlineReach + 1)
    .map((el) => shortTextOf(el, m.headlineMetaMaxChars))
    .filter((text): text is string => text !== undefined && text.length <= m.headlineMetaMaxChars);
}

/**
 * A byline printed beside the headline ("By Amy Wilhelm"), its name capitalised as a person's is;
 * of nested boxes the one that holds the least beside it ("By Melissa Norris", not "By Melissa
 * Norris FacebookTweetPin").
 */
function bylineBesideHeadline(texts: readonly string[]): string | undefined {
  const names = texts.filter((text) => BYLINE_PREFIX.test(text)).map(nameLike);
  return names.filter((name): name is string => name !== undefined && /^\p{Lu}/u.test(name)).sort((a, b) => a.length - b.length)[0];
}

const nonEmpty = (s: string | undefined): string | undefined => (s && s.trim() ? s.trim() : undefined);

/** Lowercase letters, digits and dots with no space, a URL or a handle: how a system names the site, not how it prints its name. */
const isMachineName = (name: string): boolean => /^[\p{Ll}\p{N}._-]+$/u.test(name) || URL_LIKE.test(name) || name.startsWith('@');

/** "LinkNaija | Nigeria's popular news platform": a short name before a longer tagline is the outlet's name. */
function withoutTagline(name: string): string {
  const [first, ...rest] = name.split(chrome.title.separators);
  if (rest.length === 0 || wordCount(first!) > chrome.metadata.maxSiteNameWords || wordCount(rest.join(' ')) <= wordCount(first!)) return name;
  return first!.trim();
}

/**
 * The one segment that follows the headline and a separator in <title> ("About bugs – Vortex Cannon
 * Entertainment"). Not a byline ("… - by Charlie Hills"), and not several segments, whose order
 * differs from site to site ("… / Arch Discussion / Arch Linux Forums").
 */
function siteSegment(docTitle: string, headline: string): string | undefined {
  if (!docTitle.startsWith(headline)) return undefined;
  const rest = docTitle.slice(headline.length);
  const cuts = [...rest.matchAll(chrome.title.separators)];
  if (cuts.length !== 1 || cuts[0]!.index !== 0) return undefined;
  const segment = rest
    .slice(cuts[0]![0].length)
    .trim()
    .replace(/^www\./iu, '');
  return segment && !BYLINE_PREFIX.test(segment) ? segment : undefined;
}

const nameWords = (name: string): string[] => name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether a name shares a word with any of the others. */
function sharesWord(name: string, others: readonly string[]): boolean {
  const words = new Set(others.flatMap(nameWords));
  return nameWords(name).some((w) => words.has(w));
}

export function readMetadata($: CheerioAPI, ld: JsonLdFacts): FoundMeta {
  const meta = new Map<string, string>();
  select($, 'meta').each((_, el) => {
    const a = el.attribs;
    const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.trim().toLowerCase();
    const content = a.content?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  });
  const found: FoundMeta = {};
  const url = [select($, 'link[rel~="canonical"]').attr('href'), meta.get('og:url'), ld.url].find(nonEmpty);
  if (url) found.url = url.trim();

  const sites: Array<[string | undefined, string, string]> = [
    [meta.get('og:site_name'), 'meta:og:site_name', 'og:site_name'],
    [ld.publisher, 'jsonld:publisher', 'JSON-LD publisher'],
    [meta.get('application-name'), 'meta:application-name', 'application-name'],
    [ld.website, 'jsonld:website', 'JSON-LD WebSite'],
  ];
  const named = sites.filter(([name]) => nonEmpty(name));
  // A machine form ("detroitnews", "livescience.com", a URL, "@politifact") gives way to the next way the page names itself that reads as a name.
  const site = named.find(([name]) => !isMachineName(name!.trim())) ?? named[0];
  const host = hostOf(found.url);
  if (site) {
    const stated = site[0]!.trim();
    // With nothing better, the page's host beats the word it was made from ("nj" on nj.com).
    const name = host && isMachineName(stated) && host.split('.')[0] === stated.replace(/^@/, '').toLowerCase() ? host : stated;
    // The site name whole, as <title> repeats it; the outlet without its tagline.
    found.siteName = name;
    found.outlet = { name: withoutTagline(name), evidence: `${site[2]} "${stated}"`, rule: site[1] };
  }
  // A known outlet's own address outweighs a site name that names no known outlet (reuters.com pages state their section, "U.S."),
  // unless the name is one of the outlet's own ("BBC Sport" on bbc.co.uk).
  const atHost = outletOfHost(host);
  if (atHost && !(found.outlet && (knownOutlet(found.outlet.name) || sharesWord(found.outlet.name, [atHost.name, ...atHost.aliases])))) {
    found.outlet = { name: atHost.name, evidence: `page address ${host}`, rule: 'url:known-domain' };
    // An aggregator's copy shown at its own address names the outlet's page as canonical (MSN's, cnn.com): a repost there.
    const shownAt = hostOf(meta.get('og:url'));
    if (shownAt && outletOfHost(shownAt) !== atHost) found.repost = { on: found.siteName ?? shownAt, evidence: `shown at ${shownAt}, canonical address ${host}` };
  }

  const stated = [meta.get('og:title'), meta.get('twitter:title'), ld.headline].find(nonEmpty);
  const docTitle = firstText(select($, 'title'));
  const title = pageHeadline($, stated, docTitle, found.siteName);
  if (title) found.title = title;
  // A page that states neither its site name nor its address still names itself in <title>, in the
  // segment the headline was cut from. An address comes first: every page of a site shares it.
  const segment = !found.outlet && !found.url && title && docTitle ? siteSegment(docTitle, title) : undefined;
  if (segment) found.outlet = { name: segment, evidence: `<title> "${docTitle}"`, rule: 'title:site-segment' };

  const m = chrome.metadata;
  // The publisher named as author stands in for a missing byline: used only when there is none.
  const isSite = (name: string): boolean => [found.siteName, ld.publisher].some((s) => s && s.toLowerCase() === name.toLowerCase());
  const metaAuthors = m.authorMetaNames.map((n) => cleanAuthor(meta.get(n))).filter((n): n is string => Boolean(n));
  // Read once, and only for a page that marks neither its byline nor its date.
  let nearHeadline: string[] | undefined;
  const beside = (): string[] => (nearHeadline ??= besideHeadline($, title));
  const personal = (name: string | undefined): string | undefined => (name && !isSite(name) ? name : undefined);
  const author =
    metaAuthors.map(personal).find(Boolean) ??
    personal(cleanAuthor(ld.authors.join(', '))) ??
    creditedNames($, 'a[rel~="author"]') ??
    creditedNames($, '[itemprop~="author"]') ??
    select($, m.bylineSelector).toArray().map(bylineName).find(Boolean) ??
    authorLinks($)
      .map((el) => nameLike(textOf(el)))
      .find(Boolean) ??
    bylineBesideHeadline(beside()) ??
    metaAuthors[0] ??
    cleanAuthor([...ld.authors, ...ld.organizationAuthors].join(', '));
  if (author) found.author = author;

  const [firstDateMeta, ...otherDateMetas] = m.publishedMetaNames;
  const inArticle = select($, 'article time[datetime], main time[datetime]').first();
  const timeEl = inArticle.length > 0 ? inArticle : select($, 'time[datetime]').first();
  const itemDate = select($, '[itemprop="datePublished"]');
  const statedDate = [meta.get(firstDateMeta ?? ''), ld.datePublished, ...otherDateMetas.map((n) => meta.get(n)), itemDate.attr('content') ?? itemDate.attr('datetime'), timeEl.attr('datetime')].find(
    nonEmpty,
  );
  // Only a date the page prints in full counts: "3 days ago" or "Updated" alone does not.
  const visible = (): string | undefined =>
    select($, m.dateSelector)
      .toArray()
      .slice(0, m.maxDateCandidates)
      .map((el) => readDay(textOf(el)))
      .find(Boolean);
  const published = statedDate ? (readDay(statedDate) ?? statedDate.trim()) : (visible() ?? beside().map(readDay).find(Boolean));
  if (published) found.published = published;

  // og:locale writes en_US; a Content-Language header may list several ("en, fr"): the first, as BCP 47.
  const html = select($, 'html');
  const lang = [html.attr('lang'), html.attr('xml:lang'), meta.get('content-language'), meta.get('og:locale'), ld.lang].find(nonEmpty);
  if (lang) found.lang = lang.split(',')[0]!.trim().replace(/_/g, '-');
  return found;
}
