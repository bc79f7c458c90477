import test from 'ava';
import { processPool } from '../../src/pipeline/process-pool.ts';
import type { EchoTask } from '../fixtures/pool/echo-worker.ts';

const ECHO = new URL('../fixtures/pool/echo-worker.ts', import.meta.url);
const echo = (task: EchoTask): EchoTask => task;

test('a process holding two jobs answers each by its id, whichever ends first', async (t) => {
  const pool = processPool(ECHO, 1, 2);
  t.teardown(() => pool.destroy());
  const order: string[] = [];
  const slow = pool.run(echo({ value: 'slow', delayMs: 400 })).then((v) => (order.push('slow'), v as string));
  const fast = pool.run(echo({ value: 'fast', delayMs: 10 })).then((v) => (order.push('fast'), v as string));
  const [a, b] = await Promise.all([slow, fast]);
  t.regex(a, /^slow from \d+$/);
  t.regex(b, /^fast from \d+$/);
  t.is(a.split(' ').at(-1), b.split(' ').at(-1), 'both in the one process, at once');
  t.deepEqual(order, ['fast', 'slow']);
});

test('a process that dies fails every job it holds, and a new one takes the jobs after them', async (t) => {
  const pool = processPool(ECHO, 1, 2);
  t.teardown(() => pool.destroy());
  const held = pool.run(echo({ value: 'held', delayMs: 2000 }));
  const killer = pool.run(echo({ value: 'killer', delayMs: 0, exit: true }));
  const after = pool.run(echo({ value: 'after', delayMs: 0 }));
  const [heldError, killerError] = await Promise.all([t.throwsAsync(held), t.throwsAsync(killer)]);
  t.regex(heldError!.message, /ended \(exit code 3\) during the job/);
  t.regex(killerError!.message, /ended \(exit code 3\) during the job/);
  t.regex((await after) as string, /^after from \d+$/);
});

test('every process gets a job before any gets a second', async (t) => {
  const pool = processPool(ECHO, 2, 2);
  t.teardown(() => pool.destroy());
  const pid = (reply: unknown): string => (reply as string).split(' ').at(-1)!;
  // While the second process starts, the first holds one job at a time: on a busy machine it may
  // well do both of the first two, but one after the other, never the two at once.
  const started = performance.now();
  const timed = (value: string) => pool.run(echo({ value, delayMs: 300 })).then((reply) => ({ pid: pid(reply), ms: performance.now() - started }));
  const [first, second] = await Promise.all([timed('first'), timed('second')]);
  if (first.pid === second.pid) t.true(Math.abs(second.ms - first.ms) >= 250, 'one process did both of the first jobs at once');
  // Once both are running, two jobs go to the two processes.
  await pool.listening();
  const replies = await Promise.all([pool.run(echo({ value: 'a', delayMs: 300 })), pool.run(echo({ value: 'b', delayMs: 300 }))]);
  t.not(pid(replies[0]), pid(replies[1]));
});
