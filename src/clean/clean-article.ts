// The clean stage: one entry point for every input kind.
import { extractHtml } from './html/extract.ts';
import { markdownLines } from './markdown.ts';
import { cleanLines, cleanText } from './text/clean-text.ts';
import type { CleanedArticle, LoadedArticle } from '../types.ts';

export function cleanArticle(article: LoadedArticle): CleanedArticle {
  switch (article.kind) {
    case 'html':
      return extractHtml(article.content);
    case 'markdown':
      return cleanLines(markdownLines(article.content, article.firstLine));
    case 'text':
      return cleanText(article.content, article.firstLine);
  }
}
