// The clean stage: one entry point for every input kind. `npm run extract` and the analyzer both
// clean through `cleanInput`, so both commands see the same article.
import { extractHtml } from './html/extract.ts';
import { markdownLines } from './markdown.ts';
import { withStatedSource } from './outlet.ts';
import { cleanLines, cleanText } from './text/clean-text.ts';
import type { CleanedArticle, LoadedArticle } from '../types.ts';

/** `auto` cleans each input by its kind; `text` treats every input as text copied from a page. */
export type ExtractMode = 'auto' | 'text';

export function cleanInput(article: LoadedArticle, mode: ExtractMode = 'auto'): CleanedArticle {
  if (mode === 'text') return cleanText(article.content, article.firstLine);
  switch (article.kind) {
    case 'html':
      return withStatedSource(extractHtml(article.content));
    case 'markdown':
      return cleanLines(markdownLines(article.content, article.firstLine));
    case 'text':
      return cleanText(article.content, article.firstLine);
  }
}
