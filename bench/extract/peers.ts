// The extractors under comparison, each reduced to "HTML in, scored text out".
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../../src/clean/html/extract.ts';

export type ExtractorName = 'framelens' | 'readability';

export interface Extractor {
  name: ExtractorName;
  /** `type` is the page type; forum pages count the comment thread as main content. */
  extract(html: string, type: string): string;
}

const framelens: Extractor = {
  name: 'framelens',
  extract(html, type) {
    const article = extractHtml(html);
    const parts = article.blocks.map((b) => b.text);
    if (type === 'forum') parts.push(...article.comments.map((c) => c.text));
    return parts.join('\n\n');
  },
};

const readability: Extractor = {
  name: 'readability',
  extract(html) {
    // linkedom's document implements the subset of DOM Readability walks; its types differ from lib.dom.
    const { document } = parseHTML(html);
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  },
};

export const extractors: Extractor[] = [framelens, readability];
