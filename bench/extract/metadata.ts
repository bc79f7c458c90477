// How often the title, author and publication date read from a page are the ones WCXB's annotators
// wrote down, for framelens and for Readability on the same pages (HTML mode, untimed). An author
// is right when either name holds the other ("Jane Smith" in "By Jane Smith, Staff Writer"); a
// date when it is the annotated one to the annotation's precision (a day, or "2003-11" a month).
import { extractHtml } from '../../src/clean/html/extract.ts';
import { spellingKey } from '../../src/text/normalize.ts';
import { readHtml, type Dataset, type PageMeta } from './datasets.ts';
import { readabilityParse } from './peers.ts';
import { percent, table, type Row } from './table.ts';

export const FIELDS = ['title', 'author', 'published'] as const;
export type Field = (typeof FIELDS)[number];

/** What one reader found on a page; null where it found nothing. */
export type ReadMeta = Record<Field, string | null>;

export interface FieldScore {
  /** Pages whose annotation gives the field. */
  annotated: number;
  right: number;
  /** Found, but not the annotated one. */
  wrong: number;
  /** Found nothing. */
  missing: number;
}

export type MetadataScores = Record<string, Record<Field, FieldScore>>;

/** Whether `found` is the annotated `truth` of `field`. */
export function sameMeta(field: Field, found: string, truth: string): boolean {
  if (field === 'published') return found.trim().startsWith(truth.slice(0, 10));
  const [a, b] = [spellingKey(found), spellingKey(truth)];
  if (field === 'title') return a === b;
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/** Adds one page's reading to the tallies (fields the annotation leaves out are not scored). */
export function tally(scores: Record<Field, FieldScore>, found: ReadMeta, truth: PageMeta): void {
  for (const field of FIELDS) {
    const want = truth[field];
    if (want === undefined) continue;
    const s = scores[field];
    const got = found[field];
    s.annotated++;
    if (got === null || got.trim() === '') s.missing++;
    else if (sameMeta(field, got, want)) s.right++;
    else s.wrong++;
  }
}

const framelens = (html: string): ReadMeta => {
  const { found, title } = extractHtml(html);
  return { title: found.title ?? title, author: found.author ?? null, published: found.published ?? null };
};

const readability = (html: string): ReadMeta => {
  const r = readabilityParse(html);
  return { title: r?.title ?? null, author: r?.byline ?? null, published: r?.publishedTime ?? null };
};

export const READERS: Record<string, (html: string) => ReadMeta> = { framelens, readability };

const empty = (): Record<Field, FieldScore> => Object.fromEntries(FIELDS.map((f) => [f, { annotated: 0, right: 0, wrong: 0, missing: 0 }])) as Record<Field, FieldScore>;

/** Every reader over the dataset's annotated pages. */
export function scoreMetadata(dataset: Dataset): MetadataScores {
  const scores: MetadataScores = Object.fromEntries(Object.keys(READERS).map((name) => [name, empty()]));
  for (const page of dataset.pages) {
    if (!page.meta) continue;
    const html = readHtml(page);
    for (const [name, read] of Object.entries(READERS)) {
      let found: ReadMeta = { title: null, author: null, published: null };
      try {
        found = read(html);
      } catch {
        // A reader that throws found nothing on the page.
      }
      tally(scores[name]!, found, page.meta);
    }
  }
  return scores;
}

const LABEL: Record<Field, string> = { title: 'title', author: 'author', published: 'publication date' };

export function renderMetadata(dataset: string, scores: MetadataScores): string {
  const names = Object.keys(scores);
  const rows: Row[] = [`Metadata, ${dataset}: share of annotated pages read right (wrong / nothing found)`];
  for (const field of FIELDS) {
    const s = names.map((n) => scores[n]![field]);
    rows.push([`${LABEL[field]} (${s[0]!.annotated} pages)`, s.map((x) => `${percent(x.right, x.annotated)} (${x.wrong}/${x.missing})`)]);
  }
  return table(names, rows, '');
}
