import test from 'ava';
import { fitExponent, readabilityBudget, scaleFigures, speedupBound } from '../../../bench/scale/figures.ts';
import { checkGoals } from '../../../bench/scale/goals.ts';
import type { PipelineRun } from '../../../bench/scale/pipeline-run.ts';

test('the exponent: log(t2/t1)/log(n2/n1) for two sizes, least squares for more', (t) => {
  const near = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 1e-9;
  t.true(
    near(
      fitExponent([
        { articles: 500, seconds: 10 },
        { articles: 5000, seconds: 100 },
      ]),
      1,
    ),
  );
  t.true(
    near(
      fitExponent([
        { articles: 500, seconds: 10 },
        { articles: 5000, seconds: 10 * 10 ** 1.2 },
      ]),
      1.2,
    ),
  );
  const quadratic = [100, 200, 400, 800].map((n) => ({ articles: n, seconds: (n / 100) ** 2 }));
  t.true(near(fitExponent(quadratic), 2));
  t.is(fitExponent([{ articles: 500, seconds: 10 }]), null);
});

const run = (jobs: number | null, wallSeconds: number, ok = true, peakRssBytes = 1e9): PipelineRun => ({
  jobs,
  ok,
  ended: ok ? 'exit 0' : 'exit 134',
  stderrTail: ok ? '' : 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
  wallSeconds,
  cpuSeconds: wallSeconds,
  peakRssBytes,
  processes: 1,
  byKind: [{ kind: 'main', processes: 1, cpuSeconds: wallSeconds, lastSeenSeconds: wallSeconds }],
  sizes: ok ? { reportJson: 2e6, indexHtml: 3e6, folder: 9e6 } : null,
});

const peer = { pages: 100, seconds: 10, pagesPerSec: 10, failures: 0 };

test('figures and goals when every size completes', (t) => {
  const f = scaleFigures(
    [
      { articles: 5000, runs: [run(1, 340), run(null, 200, true, 1.4e9)] },
      { articles: 500, runs: [run(1, 34), run(null, 20)] },
    ],
    peer,
  );
  t.deepEqual(f.largest, { articles: 5000, completed: true });
  t.deepEqual(f.peakRssBytes, { articles: 5000, value: 1.4e9 });
  t.deepEqual(f.exponent?.sizes, [500, 5000]);
  t.true(Math.abs(f.exponent!.value - 1) < 1e-9);
  t.deepEqual(f.speedup, { articles: 5000, value: 1.7 });
  t.deepEqual(f.vsReadability, { articles: 5000, articlesPerSec: 25, pagesPerSec: 10, value: 2.5 });
  t.deepEqual(f.indexHtmlBytes, { articles: 5000, value: 3e6 });
  t.deepEqual(
    checkGoals(f).map((g) => g.met),
    [true, true, true, true, true, true],
  );
});

test('a crash at the largest size: not completed, its peak still counts, the other figures come from the sizes that completed', (t) => {
  const f = scaleFigures(
    [
      { articles: 500, runs: [run(1, 30), run(null, 20)] },
      { articles: 1000, runs: [run(1, 70), run(null, 40)] },
      { articles: 5000, runs: [run(1, 300, false, 4.4e9), run(null, 250, false, 4e9)] },
    ],
    peer,
  );
  const goals = checkGoals(f);
  t.is(goals[0]!.met, false);
  t.is(goals[1]!.value, 4.4);
  t.is(goals[1]!.met, false);
  t.deepEqual(f.exponent?.sizes, [500, 1000]);
  t.is(f.speedup?.articles, 1000);
  t.is(f.vsReadability?.articles, 1000);
  t.is(f.indexHtmlBytes, null);
  t.is(goals[5]!.met, null);
});

test('without --jobs runs the speed-up is not measured', (t) => {
  const f = scaleFigures(
    [
      { articles: 50, runs: [run(null, 5)] },
      { articles: 200, runs: [run(null, 20)] },
    ],
    peer,
  );
  t.is(f.speedup, null);
  t.is(checkGoals(f)[3]!.met, null);
});

test('the Readability goal as a budget: 5,000 articles at 1.5 × 25 pages/s take at most 133.3 s, 266.7 CPU-seconds on 2 cores', (t) => {
  const budget = readabilityBudget(5000, 25, 1.5, 2);
  t.true(Math.abs(budget.wallSeconds - 133.33) < 0.01);
  t.true(Math.abs(budget.cpuSeconds - 266.67) < 0.01);
});

test("the speed-up bound: --jobs 1 wall time × cores over the default run's CPU; none without both runs", (t) => {
  const withCpu = (r: PipelineRun, cpuSeconds: number): PipelineRun => ({ ...r, cpuSeconds });
  const b = speedupBound({ articles: 5000, runs: [withCpu(run(1, 600), 720), withCpu(run(null, 460), 744)] }, 2);
  t.truthy(b);
  t.true(Math.abs(b!.singleJobCores - 1.2) < 1e-9);
  t.true(Math.abs(b!.bound - 1200 / 744) < 1e-9);
  t.is(speedupBound({ articles: 5000, runs: [run(null, 460)] }, 2), null);
  t.is(speedupBound({ articles: 5000, runs: [run(1, 600), run(null, 460, false)] }, 2), null);
});
