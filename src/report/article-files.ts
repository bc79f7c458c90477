// Where each article's full record and page live inside the story's report folder, and the line the
// story's index keeps of it. A file is named by the article's id, made safe (a short, portable
// stem) and by the hash of the record it holds: names stay short whatever the id, two ids never
// share a file even where the file system ignores case, and a run stopped between writing the new
// records and the new report.json leaves the previous report's files as they were.
import { sha256 } from '../hash.ts';
import type { ArticleEntry, ArticleReport } from '../types.ts';

// The readable part of a file name: at most this many characters of the id.
const STEM_CHARS = 60;

/** The paths of the record (given as its JSON) and its page relative to the story's report folder. */
export function articleFiles(id: string, recordJson: string | Uint8Array): { record: string; page: string } {
  const readable = id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, STEM_CHARS);
  const stem = `${readable}-${sha256(recordJson).slice(0, 12)}`;
  return { record: `articles/${stem}.json`, page: `articles/${stem}.html` };
}

export function articleEntry(article: ArticleReport, files: { record: string; page: string }): ArticleEntry {
  return {
    id: article.id,
    file: article.file,
    ...files,
    sha256: article.sha256,
    outlet: article.outlet,
    title: article.title,
    url: article.url,
    published: article.published,
    lang: article.lang,
    tokens: article.scores.whole.tokens,
    sentiment: article.scores.whole.sentiment.comparative,
    top: article.scores.whole.top,
  };
}
