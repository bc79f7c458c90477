import test from 'ava';
import { addSample, emptyUsage, kindOf, parseStat, processKey, treeCpuTicks, treeMembers, usageByKind, type ProcStat } from '../../../bench/scale/process-tree.ts';

// A /proc/<pid>/stat line: pid (comm) state ppid … utime(14) stime(15) … starttime(22) vsize(23) rss(24) …
function statLine(pid: number, comm: string, ppid: number, times: [utime: number, stime: number, cutime: number, cstime: number], start: number, rss: number): string {
  const f = Array.from({ length: 52 }, () => '0');
  [f[0], f[1], f[2], f[3]] = [String(pid), `(${comm})`, 'S', String(ppid)];
  f.splice(13, 4, ...times.map(String));
  [f[21], f[23]] = [String(start), String(rss)];
  return `${f.join(' ')}\n`;
}

test('a stat line: the name may hold spaces and parentheses', (t) => {
  t.deepEqual(parseStat(statLine(4242, 'node (worker) 1', 4000, [150, 30, 7, 1], 98765, 2048)), { pid: 4242, ppid: 4000, start: 98765, cpuTicks: 180, reapedTicks: 8, rssPages: 2048 });
  t.is(parseStat('garbage'), null);
});

const stat = (pid: number, ppid: number, cpuTicks: number, rssPages: number, start = pid * 10): ProcStat => ({ pid, ppid, start, cpuTicks, reapedTicks: 0, rssPages });

test('the tree: the root, its descendants at any depth, and orphans already known; not the rest', (t) => {
  const snapshot = [stat(1, 0, 0, 1), stat(50, 1, 5, 5), stat(100, 50, 10, 10), stat(101, 100, 1, 1), stat(102, 101, 1, 1), stat(200, 1, 2, 2), stat(300, 1, 3, 3)];
  const pids = (members: ProcStat[]) => members.map((s) => s.pid).sort((a, b) => a - b);
  t.deepEqual(pids(treeMembers(snapshot, 100, new Set())), [100, 101, 102]);
  // 200 was a child of the run before its parent exited and init took it over.
  t.deepEqual(pids(treeMembers(snapshot, 100, new Set([processKey(stat(200, 1, 0, 0))]))), [100, 101, 102, 200]);
  // A reused pid (another start time) is another process.
  t.deepEqual(pids(treeMembers(snapshot, 100, new Set(['300@1']))), [100, 101, 102]);
});

test('usage: peak is the largest sum of one sample; CPU the larger of the sampled and the reaped counts', (t) => {
  const usage = emptyUsage();
  const kind = (s: ProcStat) => (s.pid === 100 ? 'main' : 'article workers');
  addSample(usage, [stat(100, 1, 10, 100), stat(101, 100, 5, 50)], 0, kind);
  addSample(usage, [stat(100, 1, 30, 120), stat(101, 100, 9, 20), stat(102, 100, 4, 70)], 75, kind);
  addSample(usage, [stat(100, 1, 40, 90)], 150, kind);
  t.is(usage.peakRssPages, 210);
  // Sampled: each process's last value, 40 + 9 + 4.
  t.is(treeCpuTicks(usage, 50, []), 53);
  // Reaped: short-lived children the samples missed, and a process left running after the run.
  t.is(treeCpuTicks(usage, 58, [stat(102, 1, 6, 70)]), 64);
});

test('by kind: sampled CPU per kind of process, and when the last of each was seen', (t) => {
  const usage = emptyUsage();
  const kinds: Record<number, 'main' | 'article workers' | 'page writers'> = { 100: 'main', 101: 'article workers', 102: 'article workers', 103: 'page writers' };
  const kind = (s: ProcStat) => kinds[s.pid]!;
  addSample(usage, [stat(100, 1, 10, 1), stat(101, 100, 5, 1), stat(102, 100, 6, 1)], 0, kind);
  addSample(usage, [stat(100, 1, 20, 1), stat(101, 100, 9, 1), stat(102, 100, 8, 1)], 75, kind);
  addSample(usage, [stat(100, 1, 30, 1), stat(103, 100, 3, 1)], 150, kind);
  t.deepEqual(usageByKind(usage), [
    { kind: 'main', processes: 1, cpuTicks: 30, lastSeenMs: 150 },
    { kind: 'article workers', processes: 2, cpuTicks: 17, lastSeenMs: 75 },
    { kind: 'page writers', processes: 1, cpuTicks: 3, lastSeenMs: 150 },
  ]);
});

test('a process is told by its command line: the workers by their modules, the run itself by being the root', (t) => {
  t.is(kindOf('/usr/bin/node --import tsx /x/src/pipeline/article-worker.ts', false), 'article workers');
  t.is(kindOf('/usr/bin/node /x/dist/src/pipeline/page-worker.js', false), 'page writers');
  t.is(kindOf('/usr/bin/node --import tsx src/cli/analyze.ts --no-cache', true), 'main');
  t.is(kindOf('redis-server *:6379', false), 'other');
});

test('a process told as other is told again: a worker first seen between fork and exec shows its parent command line', (t) => {
  const usage = emptyUsage();
  let commandLine = 'node src/cli/analyze.ts';
  const kind = (s: ProcStat) => kindOf(commandLine, s.pid === 100);
  addSample(usage, [stat(100, 1, 1, 1), stat(101, 100, 0, 1)], 0, kind);
  commandLine = 'node src/pipeline/page-worker.ts';
  addSample(usage, [stat(100, 1, 2, 1), stat(101, 100, 5, 1)], 75, kind);
  t.deepEqual(
    usageByKind(usage).map((k) => [k.kind, k.processes]),
    [
      ['main', 1],
      ['page writers', 1],
    ],
  );
});
