// The extractors under comparison, each reduced to "page in, scored text out". HTML mode feeds them
// the page's HTML; text mode feeds them the page converted to plain text (page-text.ts).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../../src/clean/html/extract.ts';
import { cleanText } from '../../src/clean/text/clean-text.ts';
import type { CleanedArticle } from '../../src/types.ts';

export type Mode = 'html' | 'text';

export interface Extractor {
  name: string;
  /** `type` is the page type; forum pages count the comment thread as main content. */
  extract(input: string, type: string): string;
}

/** What framelens outputs for scoring: the blocks, and on forum pages the comments after them. */
export function scoredText(article: CleanedArticle, type: string): string {
  const parts = article.blocks.map((b) => b.text);
  if (type === 'forum') parts.push(...article.comments.map((c) => c.text));
  return parts.join('\n\n');
}

const framelensHtml: Extractor = {
  name: 'framelens',
  extract: (html, type) => scoredText(extractHtml(html), type),
};

/** Readability's reading of a page, on linkedom. */
export function readabilityParse(html: string): ReturnType<Readability['parse']> {
  // linkedom's document implements the subset of DOM Readability walks; its types differ from lib.dom.
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse();
}

const readability: Extractor = {
  name: 'readability',
  extract: (html) => readabilityParse(html)?.textContent ?? '',
};

/** The reference row: the converted page as it is, the score of cleaning nothing. */
const wholePage: Extractor = { name: 'whole-page', extract: (text) => text };

/** Columns that do no work of their own: their timings are not shown. */
export const untimed: ReadonlySet<string> = new Set([wholePage.name]);

const framelensText: Extractor = {
  name: 'framelens',
  extract: (text, type) => scoredText(cleanText(text), type),
};

/** HTML mode's columns (also read by scratch scripts as `extractors`). */
export const extractors: Extractor[] = [framelensHtml, readability];

export const extractorsByMode: Record<Mode, Extractor[]> = { html: extractors, text: [framelensText, wholePage] };
