import test from 'ava';
import { setImmediate as tick } from 'node:timers/promises';
import { HostQueue } from '../../../src/load/fetch/host-queue.ts';

/** A clock that only moves when a task works or the queue sleeps: spacing is exact, nothing waits. */
function fakeClock() {
  const clock = { now: 0, sleeps: [] as number[] };
  return {
    clock,
    now: () => clock.now,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.now += ms;
    },
  };
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}
function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets every queued continuation run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await tick();
}

test('tasks for one host run one at a time, in order, the delay apart', async (t) => {
  const { clock, now, sleep } = fakeClock();
  const queue = new HostQueue({ concurrency: 4, hostDelayMs: 1000, now, sleep });
  const runs: Array<{ id: number; start: number; end: number }> = [];
  let active = 0;
  const task = (id: number) => async () => {
    active++;
    t.is(active, 1, `task ${id} overlaps another on the host`);
    const start = clock.now;
    await tick();
    clock.now += 100; // the request takes 100 ms
    runs.push({ id, start, end: clock.now });
    active--;
    return id;
  };
  const results = await Promise.all([1, 2, 3].map((id) => queue.run('a.example', task(id))));
  t.deepEqual(results, [1, 2, 3]);
  t.deepEqual(
    runs.map((r) => r.id),
    [1, 2, 3],
  );
  for (let i = 1; i < runs.length; i++) t.true(runs[i]!.start - runs[i - 1]!.end >= 1000, JSON.stringify(runs));
  t.is(runs[0]!.start, 0, 'the first task on a host does not wait');
});

test('a task given its own delay (a Crawl-delay) waits that long after the previous one', async (t) => {
  const { clock, now, sleep } = fakeClock();
  const queue = new HostQueue({ concurrency: 4, hostDelayMs: 1000, now, sleep });
  const starts: number[] = [];
  const ends: number[] = [];
  const task = async () => {
    starts.push(clock.now);
    clock.now += 10;
    ends.push(clock.now);
  };
  await queue.run('a.example', task);
  await queue.run('a.example', task, 5000);
  t.true(starts[1]! - ends[0]! >= 5000, `${starts} ${ends}`);
});

test('a failing task rejects its own run and does not stop the host', async (t) => {
  const { now, sleep } = fakeClock();
  const queue = new HostQueue({ concurrency: 1, hostDelayMs: 100, now, sleep });
  const failed = queue.run('a.example', async () => {
    throw new Error('boom');
  });
  const next = queue.run('a.example', async () => 'next');
  await t.throwsAsync(failed, { message: 'boom' });
  t.is(await next, 'next');
  t.is(await queue.run('b.example', async () => 'other host'), 'other host');
});

test('different hosts run at once, never more than the concurrency limit', async (t) => {
  const queue = new HostQueue({ concurrency: 2, hostDelayMs: 1000 });
  const gates = new Map<string, Deferred>();
  const started: string[] = [];
  let active = 0;
  let most = 0;
  const hosts = ['a', 'b', 'c', 'd', 'e'];
  const all = Promise.all(
    hosts.map((host) =>
      queue.run(host, async () => {
        active++;
        most = Math.max(most, active);
        started.push(host);
        const gate = deferred();
        gates.set(host, gate);
        await gate.promise;
        active--;
        return host;
      }),
    ),
  );
  await settle();
  t.is(started.length, 2, 'two hosts start at once');
  gates.get(started[0]!)!.resolve();
  await settle();
  t.is(started.length, 3, 'a finished task hands its slot on');
  // Let the rest through, each as it starts.
  while (started.length < hosts.length) {
    for (const g of gates.values()) g.resolve();
    await settle();
  }
  for (const g of gates.values()) g.resolve();
  t.deepEqual((await all).sort(), hosts);
  t.is(most, 2);
});

test('a host waiting out its delay does not hold a slot from other hosts', async (t) => {
  const slept = deferred();
  const sleeping: Array<() => void> = [];
  const queue = new HostQueue({
    concurrency: 1,
    hostDelayMs: 60_000,
    sleep: (ms) => {
      t.true(ms > 0);
      slept.resolve();
      return new Promise<void>((resolve) => sleeping.push(resolve));
    },
  });
  await queue.run('a.example', async () => 'a1');
  const a2 = queue.run('a.example', async () => 'a2');
  await slept.promise; // a2 now waits a minute for its host
  t.is(await queue.run('b.example', async () => 'b1'), 'b1');
  for (const wake of sleeping) wake();
  t.is(await a2, 'a2');
});

// Real timers, a small delay, and only a lower bound with slack: it cannot fail because the machine is slow.
test('with the real clock, the next task on a host starts no sooner than the delay after the last one ended', async (t) => {
  const queue = new HostQueue({ concurrency: 2, hostDelayMs: 50 });
  const times: Array<{ start: number; end: number }> = [];
  const task = async () => {
    const start = Date.now();
    await new Promise((r) => setTimeout(r, 5));
    times.push({ start, end: Date.now() });
  };
  await Promise.all([queue.run('a.example', task), queue.run('a.example', task)]);
  t.is(times.length, 2);
  t.true(times[1]!.start >= times[0]!.end + 40, JSON.stringify(times));
});
