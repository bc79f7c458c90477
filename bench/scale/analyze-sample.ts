// Child of parallel-ceiling.ts: analyzes the given article files one after another, as a worker
// process does (the same job, the same Node options), and prints the milliseconds the analyses took,
// the first few (while the code warms up) left out.
import { readArticle } from '../../src/load/read-article.ts';
import { loadSettings } from '../../src/settings/load-settings.ts';
import { runArticleJob } from '../../src/pipeline/article-job.ts';
import type { LoadedArticle } from '../../src/types.ts';

const WARM_UP = 10;

async function main(): Promise<void> {
  const { limits } = loadSettings();
  const articles: LoadedArticle[] = [];
  for (const path of process.argv.slice(2)) {
    const read = await readArticle(path, path, 'html', limits);
    if (read.ok) articles.push(read.article);
  }
  for (const article of articles.slice(0, WARM_UP)) runArticleJob({ article, actors: [] });
  const started = performance.now();
  for (const article of articles.slice(WARM_UP)) runArticleJob({ article, actors: [] });
  process.stdout.write(`${JSON.stringify({ articles: Math.max(0, articles.length - WARM_UP), ms: performance.now() - started })}\n`);
}

await main();
