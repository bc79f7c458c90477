// Reads schema.org JSON-LD defensively: several scripts, arrays, @graph, @id references, strings
// with HTML entities, and broken JSON (skipped) all occur on real news pages.
import type { CheerioAPI } from 'cheerio';
import { isText } from 'domhandler';
import { chrome } from './chrome.ts';
import { select } from './select.ts';

export interface JsonLdFacts {
  headline?: string;
  /** People credited as authors. */
  authors: string[];
  /** Organizations credited as authors: often the publisher standing in for a byline. */
  organizationAuthors: string[];
  datePublished?: string;
  url?: string;
  publisher?: string;
  website?: string;
  articleBody?: string;
  lang?: string;
}

type Obj = Record<string, unknown>;

const ORGANIZATION_TYPES = new Set(chrome.jsonLd.organizationTypes);

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

function decode(s: string): string {
  const text = s.includes('<') ? s.replace(/<[^>]*>/g, ' ') : s;
  if (!text.includes('&')) return text.trim();
  return text
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (m, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? m;
      const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    })
    .trim();
}

function parse(source: string): unknown {
  // CDATA/comment wrappers and raw control characters (often literal newlines inside strings) are
  // the usual reasons publishers' JSON fails to parse.
  const cleaned = source
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|\/\/\s*\]\]>\s*$|\]\]>\s*$/g, '')
    .replace(/^\s*<!--|-->\s*$/g, '')
    // Control characters are what this strips: raw ones inside a JSON string make JSON.parse fail.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/;\s*$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    return undefined;
  }
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const types = (o: Obj): string[] =>
  list(o['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:]/, ''));

function str(v: unknown): string | undefined {
  const first = list(v)[0];
  if (typeof first === 'string') return decode(first) || undefined;
  if (typeof first === 'number') return String(first);
  return undefined;
}

/** Every object in the scripts, breadth first (top-level items before what they mention). */
function collect(roots: unknown[]): Obj[] {
  const out: Obj[] = [];
  const queue = [...roots];
  for (let i = 0; i < queue.length && out.length < chrome.jsonLd.maxNodes; i++) {
    const v = queue[i];
    if (Array.isArray(v)) for (const item of v) queue.push(item);
    else if (isObj(v)) {
      out.push(v);
      for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) queue.push(child);
    }
    if (queue.length > chrome.jsonLd.maxNodes * 4) break;
  }
  return out;
}

export function readJsonLd($: CheerioAPI): JsonLdFacts {
  const roots: unknown[] = [];
  select($, 'script[type*="ld+json" i]').each((_, el) => {
    const source = el.children.map((c) => (isText(c) ? c.data : '')).join('');
    const parsed = parse(source);
    if (parsed !== undefined) roots.push(parsed);
  });
  const nodes = collect(roots);
  const byId = new Map<string, Obj>();
  // A bare {"@id"} is a reference, not the node itself.
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 1 && !byId.has(n['@id'])) byId.set(n['@id'], n);
  const resolve = (v: unknown): unknown => (isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? (byId.get(v['@id']) ?? v) : v);
  const nameOf = (v: unknown): string | undefined => {
    const r = resolve(v);
    return typeof r === 'string' ? decode(r) || undefined : isObj(r) ? str(r.name) : undefined;
  };

  const j = chrome.jsonLd;
  const articles = nodes.filter((n) => types(n).some((t) => j.articleTypes.has(t)));
  // A page typed only as a WebPage that gives a headline is its article (newsletter platforms do this).
  const article = articles.find((a) => a.headline || a.articleBody) ?? articles[0] ?? nodes.find((n) => n.headline && types(n).includes('WebPage'));
  const website = nodes.find((n) => types(n).some((t) => j.websiteTypes.has(t)));
  const facts: JsonLdFacts = { authors: [], organizationAuthors: [] };
  if (website) facts.website = str(website.name);
  if (!article) return facts;

  const isOrganization = (v: unknown): boolean => {
    const r = resolve(v);
    return isObj(r) && types(r).some((t) => ORGANIZATION_TYPES.has(t));
  };
  const credited = list(article.author).map((a) => ({ name: nameOf(a), org: isOrganization(a) }));
  const names = (org: boolean): string[] => [...new Set(credited.filter((c) => c.org === org && c.name).map((c) => c.name!))].slice(0, j.maxAuthors);
  facts.authors = names(false);
  facts.organizationAuthors = names(true);
  facts.headline = str(article.headline) ?? str(article.name);
  facts.datePublished = str(article.datePublished) ?? str(article.dateCreated);
  const page = resolve(article.mainEntityOfPage);
  facts.url = str(article.url) ?? (typeof page === 'string' ? page : isObj(page) ? (str(page['@id']) ?? str(page.url)) : undefined);
  facts.publisher = nameOf(list(article.publisher)[0]);
  facts.articleBody = str(article.articleBody);
  facts.lang = str(article.inLanguage);
  return facts;
}
