// Ids of the page's article sections and sentences, so every link into an article uses the ids
// renderArticle writes.
import type { ArticleEntry, Part } from '../../types.ts';

/** The article's section on its own page: every place on the page is named inside it. */
export const ARTICLE_SECTION = 'article';

/** A sentence inside the article section `section`. */
export function sentenceAnchor(section: string, part: Part, sentence: number): string {
  return `${section}-${part}-s${sentence}`;
}

/** A finding in the Findings list, by its place in comparison.findings. */
export function findingAnchor(index: number): string {
  return `finding-${index + 1}`;
}

/** A frame's presence and evidence inside the article section `section`, by the frame's place in report.frames. */
export function framePresenceAnchor(section: string, frameIndex: number): string {
  return `${section}-f${frameIndex + 1}`;
}

/** The link to an article's own page (`articles/<id>.html`), or to a place on it. */
export function pageHref(entry: Pick<ArticleEntry, 'page'>, anchor?: string): string {
  const path = entry.page.split('/').map(encodeURIComponent).join('/');
  return anchor ? `${path}#${anchor}` : path;
}

/** Each article of the story page's index by id, with its place in the index. */
export function articlesById(articles: readonly ArticleEntry[]): Map<string, { index: number; entry: ArticleEntry }> {
  return new Map(articles.map((entry, index) => [entry.id, { index, entry }]));
}
