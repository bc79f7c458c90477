// What every process of a run uses together, read from /proc (Linux): the run's process and all its
// descendants (worker processes, a Redis it starts). Worker threads live inside their process, so its
// figures cover them.
// - Peak memory: the tree is sampled every few tens of milliseconds; the largest sum of resident
//   memory over the tree in one sample.
// - CPU time: the larger of two counts that can each only fall short. Sampled: each process's last
//   utime + stime seen, summed (misses processes that live less than a sample, such as short helper
//   processes, and each one's last moments). Reaped: the kernel adds the times of a reaped child, its
//   own reaped children's included, to its parent's cutime + cstime, so what this process's count
//   grows by over the run is the whole tree's time, the benchmark starting nothing else meanwhile;
//   plus the tree's processes still alive after the run's process ended (misses processes the tree
//   left behind that ended before that last look, never reaped by it).
// - By kind: the sampled CPU time of the run's own process, of its article workers and of its page
//   writers, and when each kind was last seen, so the output shows where the time goes and when the
//   articles were done.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface ProcStat {
  pid: number;
  ppid: number;
  /** Start time in clock ticks since boot: with the pid, names a process even if its pid is reused. */
  start: number;
  /** utime + stime, clock ticks. */
  cpuTicks: number;
  /** cutime + cstime: the times of the children it has reaped, theirs included. */
  reapedTicks: number;
  rssPages: number;
}

/** One /proc/<pid>/stat line; the command name in parentheses may hold spaces and parentheses. */
export function parseStat(line: string): ProcStat | null {
  const close = line.lastIndexOf(')');
  const pid = Number.parseInt(line, 10);
  if (close < 0 || !Number.isInteger(pid)) return null;
  // Fields after the name, from field 3 (state) on: ppid is field 4, utime 14, stime 15, cutime 16,
  // cstime 17, starttime 22, rss 24.
  const f = line.slice(close + 2).split(' ');
  const field = (n: number) => Number(f[n - 3]);
  const stat = { pid, ppid: field(4), start: field(22), cpuTicks: field(14) + field(15), reapedTicks: field(16) + field(17), rssPages: field(24) };
  return Object.values(stat).every(Number.isFinite) ? stat : null;
}

export const processKey = (s: ProcStat): string => `${s.pid}@${s.start}`;

/**
 * The processes of the tree under `root` in one snapshot: the root, every process whose parent is
 * in the tree, and any process already `known` from an earlier sample (an orphan handed to init
 * stays counted).
 */
export function treeMembers(snapshot: readonly ProcStat[], root: number, known: ReadonlySet<string>): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const s of snapshot) {
    const siblings = children.get(s.ppid);
    if (siblings) siblings.push(s);
    else children.set(s.ppid, [s]);
  }
  const seeds = snapshot.filter((s) => s.pid === root || known.has(processKey(s)));
  const members = new Map<string, ProcStat>();
  const stack = [...seeds];
  while (stack.length) {
    const s = stack.pop()!;
    if (members.has(processKey(s))) continue;
    members.set(processKey(s), s);
    stack.push(...(children.get(s.pid) ?? []));
  }
  return [...members.values()];
}

/** What a process of the run does, told by its command line (the workers' module names), in the order shown. */
const KINDS = ['main', 'article workers', 'page writers', 'other'] as const;
export type ProcessKind = (typeof KINDS)[number];

export function kindOf(commandLine: string, isRoot: boolean): ProcessKind {
  if (isRoot) return 'main';
  if (/article-worker\.[jt]s\b/.test(commandLine)) return 'article workers';
  if (/page-worker\.[jt]s\b/.test(commandLine)) return 'page writers';
  return 'other';
}

export interface TreeUsage {
  /** Last utime + stime seen per process of the tree. */
  cpuTicks: Map<string, number>;
  /** When each process was last seen, in milliseconds from the start of sampling. */
  lastSeenMs: Map<string, number>;
  kinds: Map<string, ProcessKind>;
  peakRssPages: number;
}

export const emptyUsage = (): TreeUsage => ({ cpuTicks: new Map(), lastSeenMs: new Map(), kinds: new Map(), peakRssPages: 0 });

/**
 * Folds one sample of the tree, taken `atMs` after the start, into the usage so far. `kind` tells a
 * process until it is told as more than 'other': a worker caught between fork and exec still shows
 * its parent's command line.
 */
export function addSample(usage: TreeUsage, members: readonly ProcStat[], atMs: number, kind: (s: ProcStat) => ProcessKind): void {
  for (const s of members) {
    const key = processKey(s);
    if ((usage.kinds.get(key) ?? 'other') === 'other') usage.kinds.set(key, kind(s));
    usage.cpuTicks.set(key, s.cpuTicks);
    usage.lastSeenMs.set(key, atMs);
  }
  usage.peakRssPages = Math.max(
    usage.peakRssPages,
    members.reduce((sum, s) => sum + s.rssPages, 0),
  );
}

export interface KindUsage {
  kind: ProcessKind;
  processes: number;
  /** Sampled CPU ticks of its processes, summed. */
  cpuTicks: number;
  /** When the last of its processes was last seen, milliseconds from the start. */
  lastSeenMs: number;
}

/** The usage per kind of process, in the order of KINDS. */
export function usageByKind(usage: TreeUsage): KindUsage[] {
  const out = new Map<ProcessKind, KindUsage>();
  for (const [key, kind] of usage.kinds) {
    const entry = out.get(kind) ?? { kind, processes: 0, cpuTicks: 0, lastSeenMs: 0 };
    entry.processes++;
    entry.cpuTicks += usage.cpuTicks.get(key) ?? 0;
    entry.lastSeenMs = Math.max(entry.lastSeenMs, usage.lastSeenMs.get(key) ?? 0);
    out.set(kind, entry);
  }
  return KINDS.flatMap((kind) => out.get(kind) ?? []);
}

const sum = (xs: Iterable<number>): number => [...xs].reduce((a, b) => a + b, 0);

/**
 * The tree's CPU ticks (see the top of the file): the larger of the sampled count and the reaped one,
 * what this process's reaped count grew by plus `survivors`, the tree's processes alive after the
 * run's process ended.
 */
export function treeCpuTicks(usage: TreeUsage, reapedGrowth: number, survivors: readonly ProcStat[]): number {
  return Math.max(sum(usage.cpuTicks.values()), reapedGrowth + sum(survivors.map((s) => s.cpuTicks)));
}

/** Every process's stat now; processes that end while being read are left out. */
export function readSnapshot(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (s) stats.push(s);
    } catch {
      // gone between the listing and the read
    }
  }
  return stats;
}

export interface Units {
  pageBytes: number;
  ticksPerSecond: number;
}

/** The kernel's page size and clock tick, which /proc counts in. */
export function procUnits(): Units {
  const conf = (name: string) => Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim());
  return { pageBytes: conf('PAGESIZE'), ticksPerSecond: conf('CLK_TCK') };
}

const selfReapedTicks = (): number => parseStat(readFileSync('/proc/self/stat', 'utf8'))!.reapedTicks;

/** A kind of process's share of a run, in seconds. */
export interface KindSeconds {
  kind: ProcessKind;
  processes: number;
  cpuSeconds: number;
  /** When the last of them was last seen, from the start of the run. */
  lastSeenSeconds: number;
}

export interface TreeSampler {
  /** Call once the run's process has exited (and been reaped). */
  stop(): { cpuSeconds: number; peakRssBytes: number; processes: number; byKind: KindSeconds[] };
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Samples the tree under `root`, a child of this process, every `intervalMs` until stopped. */
export function sampleTree(root: number, units: Units, intervalMs: number): TreeSampler {
  const reapedBefore = selfReapedTicks();
  const started = performance.now();
  const usage = emptyUsage();
  const kind = (s: ProcStat): ProcessKind => kindOf(commandLine(s.pid), s.pid === root);
  const sample = () => addSample(usage, treeMembers(readSnapshot(), root, new Set(usage.cpuTicks.keys())), performance.now() - started, kind);
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      // The root is gone: only processes already seen, and their children, are left (its pid may be reused).
      const survivors = treeMembers(readSnapshot(), -1, new Set(usage.cpuTicks.keys()));
      addSample(usage, survivors, performance.now() - started, kind);
      return {
        cpuSeconds: treeCpuTicks(usage, selfReapedTicks() - reapedBefore, survivors) / units.ticksPerSecond,
        peakRssBytes: usage.peakRssPages * units.pageBytes,
        processes: usage.cpuTicks.size,
        byKind: usageByKind(usage).map((k) => ({ kind: k.kind, processes: k.processes, cpuSeconds: k.cpuTicks / units.ticksPerSecond, lastSeenSeconds: k.lastSeenMs / 1000 })),
      };
    },
  };
}
