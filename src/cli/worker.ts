// `npm run worker`: cleans and analyzes the articles of distributed runs (`npm run analyze -- --redis
// URL`), taking them from Redis, until stopped.
import './preflight.ts';
import { redisUrlProblem, shownUrl } from '../distribute/redis-connection.ts';
import { startRedisWorker } from '../distribute/redis-worker.ts';
import { VERSION } from '../version.ts';
import { commandSettings, crashed, fail, parseCommandLine, usageError } from './command.ts';
import { defaultJobs } from '../pipeline/jobs.ts';
import { errorMessage } from '../error-message.ts';

const COMMAND = 'framelens worker';

const USAGE = `Usage: npm run worker -- --redis redis://HOST:PORT [options]

Cleans and analyzes articles for distributed runs. A coordinator (npm run analyze -- --redis URL,
on any machine) puts each article on a queue in that Redis; workers take them and send back the
results; the coordinator compares the outlets and writes the reports. Start any number of workers,
on any machines that reach the Redis, before or during a run; each runs until stopped (Ctrl-C or
SIGTERM finishes the articles in hand; a second one stops at once). A worker analyzes only articles
from a coordinator of the same framelens version and files: it refuses the others, and the
coordinator stops, saying why.

Options:
  --redis URL      the coordinator's Redis: redis://[:PASSWORD@]HOST:PORT[/DB] (rediss:// for TLS)
  --jobs N         analyze N articles at once, each on a core of its own
                   (default: the cores available, here ${defaultJobs()})
  --quiet          print only problems: refused or failed jobs, lost workers, connection errors
  -h, --help       show this help
  -v, --version    print the version`;

function parse() {
  return parseCommandLine(COMMAND, USAGE, {
    options: {
      redis: { type: 'string' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
    allowPositionals: false,
  }).values;
}

async function main(): Promise<number> {
  const opts = parse();
  if (opts.version) {
    process.stdout.write(`framelens ${VERSION}\n`);
    return 0;
  }
  if (opts.redis === undefined) usageError(COMMAND, USAGE, '--redis URL is required: the Redis the coordinator uses');
  const problem = redisUrlProblem(opts.redis);
  if (problem) usageError(COMMAND, USAGE, `--redis: ${problem}`);
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  if (!(Number.isInteger(jobs) && jobs >= 1)) usageError(COMMAND, USAGE, `--jobs must be a whole number of at least 1, not "${opts.jobs}"`);

  const settings = commandSettings(COMMAND).distribute;
  const warn = (line: string): void => void process.stderr.write(`${line}\n`);
  const note = opts.quiet ? () => {} : warn;
  const worker = await startRedisWorker(opts.redis, { jobs, note, warn, settings }).catch((e: unknown) => fail(COMMAND, errorMessage(e)));
  const { version, fingerprint } = worker.analyzer;
  note(`${COMMAND} ${worker.name}: taking articles from ${shownUrl(opts.redis)} (queue ${settings.queue.name}), ${jobs} at a time; framelens ${version}, analyzer ${fingerprint.slice(0, 12)}`);

  const signals = ['SIGINT', 'SIGTERM'] as const;
  await new Promise<void>((resolve) => signals.forEach((s) => process.once(s, () => resolve())));
  note('stopping: finishing the articles in hand (signal again to stop now; they then go to other workers)');
  signals.forEach((s) => process.once(s, () => process.exit(s === 'SIGINT' ? 130 : 143)));
  await worker.close();
  return 0;
}

main().then((code) => process.exit(code), crashed(COMMAND));
