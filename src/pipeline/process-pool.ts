// A pool of worker processes on this machine, each handed up to `depth` jobs at a time. Processes rather than
// worker threads: on the 2-core machine measured (120 articles), two worker threads analyzed them
// only 1.13× as fast as one, two processes 1.39× as fast; one process alone already keeps 1.3–1.4
// cores busy with its compiler and garbage-collector threads. A process that dies fails the jobs
// it held, naming how it ended, and is replaced for the jobs after it.
import { fork, type ChildProcess, type Serializable } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../error-message.ts';

interface Pending {
  id: number;
  task: Serializable;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  child: ChildProcess;
  /** Whether the process has said it listens: a job sent before might be lost while its modules load. */
  ready: boolean;
  /** The jobs it holds, by id. */
  jobs: Map<number, Pending>;
}

/** A job as sent to a pool process, numbered so that its reply finds it. */
export interface PoolTask {
  id: number;
  task: unknown;
}

/** What a pool process says: that it listens, then one reply per job, by the job's id. */
export type PoolReply = { ready: true } | { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

export interface ProcessPool {
  run(task: Serializable): Promise<unknown>;
  /**
   * Settles once every process started has loaded its module (or ended), and so has been handed a job
   * if one was queued, and every job handed over is written whole to its process: from then on, the
   * jobs run whatever this thread does, even work that blocks it.
   */
  listening(): Promise<void>;
  /** Ends every process; jobs still queued or running are failed. */
  destroy(): Promise<void>;
}

// Options that would make a process run something else than its module.
const NOT_FOR_WORKERS = new Set(['--eval', '-e', '--print', '-p', '--test']);
// The main process's own tuning (package.json): it keeps a story's lean copies, and a heap let grow
// 30% past them rather than the default 2–4× held it to half the memory (1,500 articles: 1.05 to
// 0.56 GB), with young objects given room to die young while it parses thousands of lean copies.
const MAIN_ONLY = ['--heap-growing-percent', '--max-semi-space-size'];
// A worker keeps about 70 MB between articles, and V8's default let its heap grow four times past
// that: 400 MB a worker by the end of a large story. Grown 100% past it, with a small young
// generation, a worker stays near 250 MB and analyzes 3–5% slower (1,500 articles on 2 cores,
// peak 1.22 to 0.90 GB). Kept to 30%, as the main process is, it collected so often that it
// analyzed 30% slower.
export const WORKER_TUNING = ['--max-semi-space-size=8', '--heap-growing-percent=100'];

/** The parent's Node options (the TypeScript loader, memory limits) without those that name code to run or tune the main process, and the workers' own tuning. */
function workerExecArgv(): string[] {
  const out: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i]!;
    if (NOT_FOR_WORKERS.has(arg)) i++;
    else if (![...NOT_FOR_WORKERS, ...MAIN_ONLY].some((flag) => arg.startsWith(`${flag}=`))) out.push(arg);
  }
  return [...out, ...WORKER_TUNING];
}

/**
 * `size` processes running `module` (which answers through `servePool`), started on the first job.
 * Each is handed up to `depth` jobs: with more than one, the next job is already there when one
 * ends, so a process does not wait on this thread's reply nor idle while a job's file is flushed.
 */
export function processPool(module: URL, size: number, depth = 1): ProcessPool {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let ids = 0;
  // Jobs handed to a process but not yet written whole to its channel: a large one is written as the channel drains, which takes this thread's turns.
  let sending = 0;
  let closing = false;
  let waiting: Array<() => void> = [];
  const settleWaiting = (): void => {
    if (!slots.every((s) => s.ready) || sending > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };

  const start = (): Slot => {
    const child = fork(fileURLToPath(module), [], { execArgv: workerExecArgv(), serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const slot: Slot = { child, ready: false, jobs: new Map() };
    child.on('message', (reply: PoolReply) => {
      slot.ready = true;
      const job = 'ok' in reply ? slot.jobs.get(reply.id) : undefined;
      if (job && 'ok' in reply) {
        slot.jobs.delete(reply.id);
        if (reply.ok) job.resolve(reply.value);
        else job.reject(new Error(reply.message));
      }
      fill(slot);
      settleWaiting();
    });
    child.on('exit', (code, signal) => {
      slots.splice(slots.indexOf(slot), 1);
      const how = signal ?? `exit code ${code}`;
      for (const job of slot.jobs.values()) job.reject(new Error(closing ? 'the worker pool closed during the job' : `the worker process ${child.pid} ended (${how}) during the job`));
      slot.jobs.clear();
      if (!closing) {
        // One that never got ready would fail again the same way (its stderr says why): the queue fails with it.
        if (!slot.ready) for (const queued of queue.splice(0)) queued.reject(new Error(`a worker process could not start (${how})`));
        else if (queue.length > 0) start();
      }
      settleWaiting();
    });
    slots.push(slot);
    return slot;
  };

  // How many more jobs a process may be handed: a second only once every process is running (one still
  // starting takes its share when ready), so that every process gets a job before any gets two.
  const room = (slot: Slot): number => (slot.ready ? (slots.length === size && slots.every((s) => s.ready) ? depth : 1) - slot.jobs.size : 0);

  const fill = (slot: Slot): void => {
    for (let free = room(slot); free > 0 && queue.length > 0; free--) {
      const job = queue.shift()!;
      slot.jobs.set(job.id, job);
      sending++;
      slot.child.send({ id: job.id, task: job.task } satisfies PoolTask as Serializable, () => {
        sending--;
        settleWaiting();
      });
    }
  };

  return {
    run(task) {
      if (closing) return Promise.reject(new Error('the worker pool is closed'));
      return new Promise((resolve, reject) => {
        queue.push({ id: ids++, task, resolve, reject });
        const open = slots.find((s) => s.ready && s.jobs.size === 0) ?? slots.find((s) => room(s) > 0);
        if (open) fill(open);
        else if (slots.length < size) start();
      });
    },
    listening() {
      return new Promise((resolve) => {
        waiting.push(resolve);
        settleWaiting();
      });
    },
    async destroy() {
      closing = true;
      for (const job of queue.splice(0)) job.reject(new Error('the worker pool closed before the job ran'));
      await Promise.all(
        slots.map(
          ({ child }) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.disconnect();
            }),
        ),
      );
    },
  };
}

/** The process side: answers each job with `handler`'s result, or the message of what it threw; ends with its parent. */
export function servePool<T>(handler: (task: T) => unknown): void {
  process.on('message', ({ id, task }: PoolTask) => {
    void (async () => {
      let reply: PoolReply;
      try {
        reply = { id, ok: true, value: await handler(task as T) };
      } catch (e) {
        reply = { id, ok: false, message: errorMessage(e) };
      }
      process.send!(reply);
    })();
  });
  // Once the parent is gone (closed the pool, or died), nothing more will come.
  process.on('disconnect', () => process.exit(0));
  process.send!({ ready: true } satisfies PoolReply);
}
