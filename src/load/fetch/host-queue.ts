// Politeness: one request at a time per host, a pause between two requests to the same host, and
// a limit on how many hosts are fetched at once.

export interface HostQueueOptions {
  concurrency: number;
  hostDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export class HostQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly lastEnd = new Map<string, number>();
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(private readonly options: HostQueueOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? Date.now;
  }

  private async slot(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running++;
      return;
    }
    // The finishing task hands its slot over, so `running` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  /** Runs `task` after the host's earlier tasks, `delayMs` after the last one ended. */
  run<T>(host: string, task: () => Promise<T>, delayMs = this.options.hostDelayMs): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    const result = previous.then(async () => {
      const last = this.lastEnd.get(host);
      const wait = last === undefined ? 0 : last + delayMs - this.now();
      if (wait > 0) await this.sleep(wait);
      await this.slot();
      try {
        return await task();
      } finally {
        this.lastEnd.set(host, this.now());
        this.release();
      }
    });
    // The chain goes on whether a task fails or not.
    this.tails.set(
      host,
      result.catch(() => undefined),
    );
    return result;
  }
}
