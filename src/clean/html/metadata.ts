// What the page says about itself: head <meta> tags, JSON-LD, and visible bylines and dates, in
// order of how deliberately the publisher stated them.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { FoundMeta } from '../../types.ts';
import { chrome } from './chrome.ts';
import type { JsonLdFacts } from './jsonld.ts';
import { textOf } from './text-of.ts';
import { cleanTitle } from './title.ts';

const URL_LIKE = /^(?:https?:)?\/\/|^www\./i;

function cleanAuthor(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const m = chrome.metadata;
  const name = raw
    .replace(/\s+/g, ' ')
    .split(/\s[|•·]\s|\n/)[0]!
    .replace(/^\s*by[:\s]+/i, '')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
  if (!name || URL_LIKE.test(name) || name.length > m.maxAuthorChars || name.split(' ').length > m.maxAuthorWords) return undefined;
  return name;
}

function firstText(found: Cheerio<AnyNode>): string | undefined {
  for (const el of found.toArray()) {
    const text = textOf(el);
    if (text) return text;
  }
  return undefined;
}

function distinctTexts(found: Cheerio<AnyNode>): string | undefined {
  const names = new Set(found.toArray().map((el) => cleanAuthor(textOf(el))).filter((n): n is string => Boolean(n)));
  return names.size > 0 ? [...names].join(', ') : undefined;
}

const nonEmpty = (s: string | undefined): string | undefined => (s && s.trim() ? s.trim() : undefined);

export function readMetadata($: CheerioAPI, ld: JsonLdFacts): FoundMeta {
  const meta = new Map<string, string>();
  $('meta').each((_, el) => {
    const a = el.attribs;
    const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.trim().toLowerCase();
    const content = a.content?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  });
  const found: FoundMeta = {};

  const sites: Array<[string | undefined, string, string]> = [
    [meta.get('og:site_name'), 'meta:og:site_name', 'og:site_name'],
    [ld.publisher, 'jsonld:publisher', 'JSON-LD publisher'],
    [meta.get('application-name'), 'meta:application-name', 'application-name'],
    [ld.website, 'jsonld:website', 'JSON-LD WebSite'],
  ];
  const site = sites.find(([name]) => nonEmpty(name));
  if (site) {
    const name = site[0]!.trim();
    found.siteName = name;
    found.outlet = { name, evidence: `${site[2]} "${name}"`, rule: site[1] };
  }

  const headline = [meta.get('og:title'), meta.get('twitter:title'), ld.headline, firstText($('h1'))].find(nonEmpty);
  const docTitle = firstText($('title'));
  const title = headline ? cleanTitle(headline, found.siteName) : docTitle ? cleanTitle(docTitle, found.siteName, true) : undefined;
  if (title) found.title = title;

  const m = chrome.metadata;
  const author =
    m.authorMetaNames.map((n) => cleanAuthor(meta.get(n))).find(Boolean) ??
    cleanAuthor(ld.authors.join(', ')) ??
    distinctTexts($('a[rel~="author"]')) ??
    distinctTexts($('[itemprop~="author"]')) ??
    cleanAuthor(firstText($(m.bylineSelector)));
  if (author) found.author = author;

  const [firstDateMeta, ...otherDateMetas] = m.publishedMetaNames;
  const inArticle = $('article time[datetime], main time[datetime]').first();
  const timeEl = inArticle.length > 0 ? inArticle : $('time[datetime]').first();
  const published = [
    meta.get(firstDateMeta ?? ''),
    ld.datePublished,
    ...otherDateMetas.map((n) => meta.get(n)),
    $('[itemprop="datePublished"]').attr('content') ?? $('[itemprop="datePublished"]').attr('datetime'),
    timeEl.attr('datetime'),
  ].find(nonEmpty);
  if (published) found.published = published.trim();

  const url = [$('link[rel~="canonical"]').attr('href'), meta.get('og:url'), ld.url].find(nonEmpty);
  if (url) found.url = url.trim();

  const lang = [$('html').attr('lang'), meta.get('content-language'), ld.lang].find(nonEmpty);
  if (lang) found.lang = lang.trim();
  return found;
}
