// Entry of a page-writing process of the local pool: a share of a story's page jobs in, their outcomes out.
import { runPageJobs, type PageJob } from './page-job.ts';
import { servePool } from './process-pool.ts';

servePool((jobs: PageJob[]) => runPageJobs(jobs));
