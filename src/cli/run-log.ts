// What a run tells its user: on a terminal a progress bar and text lines, in a CI log plain text
// lines, with --json one JSON object per event on stdout, with --quiet only errors.
import type { FetchProgress } from '../load/fetch/fetch-story.ts';
import { plural } from '../prose.ts';
import type { Diagnostic } from '../types.ts';
import type { StoryOutcome, StoryStage } from '../pipeline/story-pipeline.ts';

export interface RunLogOptions {
  quiet: boolean;
  json: boolean;
  tty: boolean;
}

const BAR = 24;
// A log that is not a terminal (CI) gets a plain progress line every tenth of a story this long or longer.
const PLAIN_PROGRESS_MIN = 100;

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

const STAGES: Record<StoryStage | 'corpus', string> = {
  compare: 'comparing the outlets',
  report: 'writing the report and article pages',
  corpus: 'pooling the corpus across stories',
};

function bar(done: number, total: number): string {
  const filled = total ? Math.round((done / total) * BAR) : BAR;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total}`;
}

export function runLog({ quiet, json, tty }: RunLogOptions) {
  const live = tty && !quiet && !json;
  // A reader that stops early (`--json | head`) ends the log, not the run: reports and the lock are still seen to.
  let reading = true;
  if (json)
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      reading = false;
    });
  const event = (value: Record<string, unknown>): void => {
    if (reading) process.stdout.write(`${JSON.stringify(value)}\n`);
  };
  const text = (line: string): void => {
    if (!quiet && !json) process.stderr.write(`${live ? '\r\x1b[K' : ''}${line}\n`);
  };
  const error = (line: string): void => {
    if (json) event({ event: 'error', message: line });
    else process.stderr.write(`${live ? '\r\x1b[K' : ''}${line}\n`);
  };
  // Time left, from the pace since the story's first article was done.
  let first = { total: -1, at: 0 };
  const eta = (done: number, total: number): string => {
    if (done === 1 || first.total !== total) first = { total, at: Date.now() };
    return done > 1 && done < total ? `, about ${duration(((Date.now() - first.at) / (done - 1)) * (total - done))} left` : '';
  };
  return {
    line: (line: string): void => (json ? event({ event: 'note', message: line }) : text(line)),
    warning: (message: string): void => (json ? event({ event: 'warning', message }) : text(`warning: ${message}`)),
    error,
    fetch: (p: FetchProgress): void => {
      if (json) return event({ event: 'fetch', ...p });
      const line = `  ${p.state.padEnd(12)} ${p.url}${p.message ? ` (${p.message})` : ''}`;
      // On a terminal a fetched URL gives way to the next; failures stay on screen.
      if (live && (p.state === 'fetched' || p.state === 'cached' || p.state === 'not-modified')) process.stderr.write(`\r\x1b[K  ${bar(p.done, p.total)} ${p.url}`);
      else text(tty ? line : `  [${p.done}/${p.total}]${line.slice(1)}`);
    },
    article: (file: string, done: number, total: number): void => {
      const left = eta(done, total);
      if (live) process.stderr.write(`\r\x1b[K  ${bar(done, total)}${left} ${file}`);
      else if (total >= PLAIN_PROGRESS_MIN && done % Math.ceil(total / 10) === 0) text(`  ${done}/${total} articles${left}`);
    },
    /**
     * Work past a story's articles (`story` null: the corpus, once every story is done), so that a
     * long wait after the bar has filled says what it is: a line on a terminal that the next gives
     * way to; in a plain log, as progress lines are, only for a story long enough to need them.
     */
    stage: (story: string | null, stage: StoryStage | 'corpus', articles: number): void => {
      const label = `${story === null ? '' : `${story}: `}${STAGES[stage]}…`;
      if (json) event({ event: 'stage', story, stage });
      else if (live) process.stderr.write(`\r\x1b[K  ${label}`);
      else if (articles >= PLAIN_PROGRESS_MIN) text(`  ${label}`);
    },
    clear: (): void => {
      if (live) process.stderr.write('\r\x1b[K');
    },
    diagnostic: (story: string, where: string, d: Diagnostic): void => {
      if (json) return event({ event: 'diagnostic', story, ...d, path: where });
      // file:line, as compilers print it, so that editors and CI annotations can jump there.
      const at = d.place ? `${where}:${d.place.line}` : where;
      if (d.level === 'error') error(`error: ${at}: ${d.message} [${d.code}]`);
      else text(`warning: ${at}: ${d.message} [${d.code}]`);
    },
    story: (id: string, o: StoryOutcome, errors: number, dir: string): void => {
      const { current } = o;
      if (json) {
        return event({
          event: 'story',
          id,
          articles: current.articles.length,
          outlets: current.comparison.outlets.length,
          errors,
          unchanged: o.unchanged,
          reused: o.reused,
          analyzed: o.analyzed,
          report: `${dir}/index.html`,
        });
      }
      const work = o.unchanged ? 'unchanged since the last run, nothing analyzed' : `${o.analyzed} analyzed, ${o.reused} unchanged from the cache`;
      text(`${id}: ${plural(current.articles.length, 'article')} from ${plural(current.comparison.outlets.length, 'outlet')} (${work}), ${plural(errors, 'error')} → ${dir}/index.html`);
    },
    done: (stats: Record<string, number>): void => {
      if (json) event({ event: 'done', ...stats });
    },
  };
}
