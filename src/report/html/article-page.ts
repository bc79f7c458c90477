// One article's own page: a pure function of its record (articles/<id>.json), linked from the story
// page, so the story page stays small however many articles the story has.
import type { ArticleRecord } from '../../types.ts';
import { renderArticle } from './article-view.ts';
import { htmlDocument } from './document.ts';
import { escapeHtml } from './escape.ts';
import { HIGHLIGHT_LEGEND } from './highlight.ts';

export function renderArticlePage(record: ArticleRecord): string {
  const { article, story } = record;
  const title = article.title ?? article.file;
  const header = `<header>
<p class="muted">framelens article report · <a href="../index.html">${escapeHtml(story.title)}</a></p>
</header>`;
  return htmlDocument({
    title: `${title} · ${story.title} · framelens`,
    generator: `${record.generator.name} ${record.generator.version}`,
    body: [header, HIGHLIGHT_LEGEND, renderArticle(article, record.frames)].join('\n'),
  });
}
