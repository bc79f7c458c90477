// Entry of a worker thread of the local pool: one job in, its outcome out.
import { runArticleJob, runPageJob, type ArticleJob, type PageJob } from './article-job.ts';

export default function run(job: { article: ArticleJob } | { page: PageJob }) {
  return 'article' in job ? runArticleJob(job.article) : runPageJob(job.page);
}
