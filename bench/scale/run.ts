// `npm run bench:scale`: framelens end to end on stories of growing size built from the real pages
// of ../shared/bench/extraction (story.ts), each run in a child process with `--no-cache`, with
// `--jobs 1` and with the default, measured over its whole process tree; Readability 0.6 on the same
// pages in the same run; then issue 14's figures against their goals. Exits 1 when a run of the
// pipeline crashed (the other sizes still run), 2 on a usage error or missing data; goals not met
// are printed, not an error. Not part of `npm test`: it needs ../shared and minutes.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashed, parseCommandLine, usageError } from '../../src/cli/command.ts';
import { DEFAULT_DATA } from '../data-options.ts';
import { loadDatasets, readData } from '../extract/datasets.ts';
import { fixed } from '../extract/table.ts';
import { goalLine } from '../goals.ts';
import { defaultRun, readabilityBudget, scaleFigures, speedupBound, type SizeResult } from './figures.ts';
import { checkGoals, GOALS } from './goals.ts';
import { runPipeline, supportsJobs, type PipelineRun } from './pipeline-run.ts';
import { parallelCeiling, type ParallelCeiling } from './parallel-ceiling.ts';
import { procUnits } from './process-tree.ts';
import { pooledSpeed, readabilitySpeed, type PeerSpeed } from './readability.ts';
import { renderSize } from './render.ts';
import { planStory, STORY_SEED, writeStory } from './story.ts';

const COMMAND = 'bench:scale';
const DEFAULT_SIZES = '500,5000';

const USAGE = `Usage: npm run bench:scale -- [--data DIR] [--sizes ${DEFAULT_SIZES}] [--json]

  --data DIR     the shared benchmark folder (default ${DEFAULT_DATA}); the stories are built
                 from the pages under DIR/extraction
  --sizes LIST   story sizes in articles, comma-separated (default ${DEFAULT_SIZES})
  --json         print one JSON object instead of the tables`;

const OPTIONS = {
  data: { type: 'string', default: DEFAULT_DATA },
  sizes: { type: 'string', default: DEFAULT_SIZES },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parseSizes(list: string): number[] {
  const sizes = list.split(',').map((s) => Number(s.trim()));
  if (!sizes.every((n) => Number.isInteger(n) && n > 0)) usageError(COMMAND, USAGE, `--sizes must list positive whole numbers, not "${list}"`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

const progress = (line: string): void => void process.stderr.write(`${line}\n`);

// Articles of the first story timed alone and two at once (parallel-ceiling.ts): about half a minute.
const CEILING_ARTICLES = 200;

const runName = (jobs: number | null): string => (jobs === null ? 'default --jobs' : `--jobs ${jobs}`);

function describe(run: PipelineRun): string {
  return `${run.ok ? 'ok' : `crash (${run.ended})`} in ${fixed(run.wallSeconds, 1)} s, peak ${fixed(run.peakRssBytes / 1e6, 0)} MB`;
}

/** The Readability goal as a CPU budget, against what the largest default run used. */
function budgetLine(result: SizeResult, pagesPerSec: number, cores: number): string[] {
  const run = defaultRun(result);
  if (!run?.ok) return [];
  const budget = readabilityBudget(result.articles, pagesPerSec, GOALS.vsReadability, cores);
  return [
    `At ${GOALS.vsReadability}× Readability's pages/s, ${result.articles} articles would take at most ${fixed(budget.wallSeconds, 1)} s: ` +
      `${fixed(budget.cpuSeconds, 1)} CPU-seconds with all ${cores} cores busy throughout; the default run used ${fixed(run.cpuSeconds, 1)}.`,
  ];
}

/** The speed-up goal as the cores allow it, against what the largest runs used. */
function boundLine(result: SizeResult, cores: number): string[] {
  const b = speedupBound(result, cores);
  if (!b) return [];
  return [
    `--jobs 1 kept ${fixed(b.singleJobCores, 2)} cores busy by itself at ${result.articles} articles. With the CPU the default run used, all ${cores} cores busy throughout ` +
      `would give a speed-up of at most ${fixed(b.bound, 2)}×; with as much CPU as --jobs 1 used, at most ${fixed(cores / b.singleJobCores, 2)}×.`,
  ];
}

/** What the --jobs speed-up can reach on this machine, whatever the pipeline does. */
function ceilingLine(c: ParallelCeiling): string {
  return (
    `One process analyzed ${c.articles} articles at ${fixed(c.alone, 1)} ms each; two at once, ${fixed(c.together, 1)} ms each: ` +
    `on this machine two processes do at most ${fixed(c.ceiling, 2)}× the work of one, the ceiling of the --jobs speed-up.`
  );
}

async function main(): Promise<number> {
  const { values } = parseCommandLine(COMMAND, USAGE, { options: OPTIONS });
  const sizes = parseSizes(values.sizes);
  const extraction = join(values.data, 'extraction');
  const datasets = readData(() => loadDatasets(extraction));
  if (!datasets) return 2;
  const pool = datasets.flatMap((d) => d.pages);
  const units = procUnits();
  // Other work on the machine slows the runs: the load before they start is printed with them.
  const load = loadavg()[0]!;
  const jobsOption = supportsJobs();

  const largest = sizes.at(-1)!;
  const largestPlan = planStory(pool.length, largest);
  const distinct = new Set(largestPlan.filter((a) => a.copy === 0).map((a) => pool[a.page]!));
  // Readability timed just before and just after the run the figure compares it with (readability.ts).
  const peerPasses: PeerSpeed[] = [];
  const timePeer = (when: string): void => {
    progress(`Readability over the ${distinct.size} distinct pages, ${when}`);
    peerPasses.push(readabilitySpeed(datasets, distinct));
  };

  const work = mkdtempSync(join(tmpdir(), 'framelens-bench-scale-'));
  const cleanUp = () => rmSync(work, { recursive: true, force: true });
  // Ctrl-C ends the pipeline run too (same process group); the story folders must not stay behind.
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  const results: SizeResult[] = [];
  let ceiling: ParallelCeiling | null = null;
  try {
    for (const size of sizes) {
      const articles = join(work, `articles-${size}`);
      const story = `scale-${size}`;
      progress(`${size} articles: building the story`);
      writeStory(join(articles, story), pool, planStory(pool.length, size));
      if (!ceiling && jobsOption) {
        progress(`${CEILING_ARTICLES} articles analyzed by one process, then by two at once`);
        const dir = join(articles, story);
        const files = readdirSync(dir)
          .filter((f) => f.endsWith('.html'))
          .sort();
        ceiling = await parallelCeiling(files.slice(0, CEILING_ARTICLES).map((f) => join(dir, f)));
      }
      const runs: PipelineRun[] = [];
      for (const jobs of jobsOption ? [1, null] : [null]) {
        const out = join(work, `reports-${size}-${jobs ?? 'default'}`);
        const bracketed = size === largest && jobs === null;
        if (bracketed) timePeer(`before the default run at ${size} articles`);
        progress(`${size} articles, ${runName(jobs)}: running`);
        const run = await runPipeline({ articles, story, out, jobs }, units);
        progress(`${size} articles, ${runName(jobs)}: ${describe(run)}`);
        if (bracketed) timePeer(`after the default run at ${size} articles`);
        rmSync(out, { recursive: true, force: true });
        runs.push(run);
      }
      rmSync(articles, { recursive: true, force: true });
      results.push({ articles: size, runs });
    }
  } finally {
    cleanUp();
  }

  const peer = pooledSpeed(peerPasses);
  const figures = scaleFigures(results, peer);
  const goals = checkGoals(figures);
  const anyCrash = results.some((r) => r.runs.some((x) => !x.ok));
  const cores = availableParallelism();
  if (values.json) {
    const summary = {
      data: extraction,
      pool: pool.length,
      seed: STORY_SEED,
      sizes,
      cores,
      loadAverage: load,
      jobsOption,
      readability: { ...peer, passes: peerPasses },
      parallelCeiling: ceiling,
      speedupBound: speedupBound(results.at(-1)!, cores),
      results,
      figures,
      goals,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return anyCrash ? 1 : 0;
  }
  const lines = [
    `Stories built from the ${pool.length} pages under ${extraction} (distinct pages first, then copies each made distinct by a numbered sentence; seed ${STORY_SEED}).`,
    `npm run analyze in a child process with --no-cache; ${cores} cores available, load average ${fixed(load, 2)} before the runs; "default" runs without --jobs. MB = 10^6 bytes.`,
    ...(load > cores ? [`The machine was busy (load above its ${cores} cores): wall times, cores used and speeds are lower than on an idle machine.`] : []),
    ...(jobsOption ? [] : ['This analyze command does not take --jobs: one run per size, and the --jobs speed-up is not measured.']),
    '',
    ...results.flatMap((r, i) => [renderSize(r, i === results.length - 1), '']),
    `Readability 0.6 on linkedom, extraction only, one process, over the ${distinct.size} distinct pages just before and just after the default run at ${largest} articles: ` +
      `${peerPasses.map((p) => fixed(p.pagesPerSec, 1)).join(' and ')} pages/s, ${fixed(peer.pagesPerSec, 1)} over both` +
      (peer.failures ? ` (${peer.failures} pages threw)` : ''),
    ...budgetLine(results.at(-1)!, peer.pagesPerSec, cores),
    ...boundLine(results.at(-1)!, cores),
    ...(ceiling ? [ceilingLine(ceiling)] : []),
    '',
    'Goals (issue 14):',
    ...goals.map((g) => goalLine(g)),
    ...(anyCrash ? ['', 'A pipeline run crashed (see above): exit status 1.'] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return anyCrash ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
}, crashed(COMMAND));
