// One input file as `npm run extract` prints it: the cleaned article flattened to metadata, plain
// text and comments, or the reason there is no text. It cleans through `cleanInput`, as the
// analyzer does, so both commands see the same article.
import { cleanInput, type ExtractMode } from './clean-article.ts';
import { chrome } from './html/chrome.ts';
import type { CleanedArticle, LoadedArticle } from '../types.ts';
import { errorMessage } from '../error-message.ts';

export type { ExtractMode } from './clean-article.ts';

export interface ExtractionRecord {
  path: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
  /** Blocks separated by blank lines; a heading is a block of its own. */
  text: string;
  comments: Array<{ author?: string; text: string }>;
  /** The outlet the article's own text names (masthead, attribution, a repost's source line), and the site that reposted it. */
  originalOutlet?: { name: string; evidence: string; rule: string; repostedOn?: string };
  /** Why `text` is empty. */
  reason?: string;
  /** Why the input could not be read or cleaned at all. */
  error?: string;
}

function tally(rules: string[]): string {
  const counts = new Map<string, number>();
  for (const r of rules) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
}

/** Says why a cleaned article has no text; undefined when it has some. */
export function emptyReason(cleaned: CleanedArticle): string | undefined {
  if (cleaned.blocks.length > 0) return undefined;
  const listed = cleaned.removed.filter((r) => r.rule !== 'removed-limit');
  const comments = cleaned.comments.length > 0 ? `; ${cleaned.comments.length} comments kept` : '';
  if (listed.length === 0) return `no main content found: 0 blocks of text${comments}`;
  const count = listed.length < cleaned.removed.length ? `${chrome.limits.maxRemoved}+` : String(listed.length);
  return `all ${count} text blocks were chrome (${tally(listed.map((r) => r.rule))})${comments}`;
}

function toRecord(path: string, article: LoadedArticle, cleaned: CleanedArticle): ExtractionRecord {
  const { given } = article;
  const { found } = cleaned;
  const record: ExtractionRecord = {
    path,
    title: given.title ?? cleaned.title ?? found.title ?? null,
    byline: given.author ?? found.author ?? null,
    published: given.published ?? found.published ?? null,
    siteName: given.outlet ?? found.siteName ?? null,
    lang: found.lang ?? null,
    text: cleaned.blocks.map((b) => b.text).join('\n\n'),
    comments: cleaned.comments.map((c) => (c.author ? { author: c.author, text: c.text } : { text: c.text })),
  };
  // An outlet read from the page's own metadata, address or <title> is its site, not a stated source, unless the page is a repost.
  const stated = found.outlet && (found.repost || !/^(?:meta|jsonld|url|title):/.test(found.outlet.rule)) ? found.outlet : undefined;
  if (stated && !given.outlet) {
    record.originalOutlet = { ...stated, ...(found.repost ? { repostedOn: found.repost.on } : {}) };
  }
  const reason = emptyReason(cleaned);
  if (reason) record.reason = reason;
  return record;
}

export function failedRecord(path: string, error: string): ExtractionRecord {
  return { path, title: null, byline: null, published: null, siteName: null, lang: null, text: '', comments: [], error };
}

/** Cleans one loaded article into its record; a cleaner that throws gives an `error` record. */
export function extractRecord(path: string, article: LoadedArticle, mode: ExtractMode = 'auto'): ExtractionRecord {
  try {
    return toRecord(path, article, cleanInput(article, mode));
  } catch (e) {
    return failedRecord(path, `cleaning failed: ${errorMessage(e)}`);
  }
}
