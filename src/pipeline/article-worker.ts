// Entry of a worker process of the local pool (and of a distributed worker's): one job in, its outcome out.
import { runArticleJob, runPageJob, type ArticleJob, type PageJob } from './article-job.ts';
import { servePool } from './process-pool.ts';

servePool((job: { article: ArticleJob } | { page: PageJob }) => ('article' in job ? runArticleJob(job.article) : runPageJob(job.page)));
