import test from 'ava';
import { join } from 'node:path';
import { jsonLines, runScript, type Run as ScriptRun } from '../helpers/run-analyze.ts';

const fixture = (name: string) => join('test/fixtures/sentiment', name);

interface Run extends ScriptRun {
  lines: Array<Record<string, unknown>>;
}

async function sentiment(args: string[]): Promise<Run> {
  const run = await runScript('src/cli/sentiment.ts', args);
  return { ...run, lines: jsonLines<Record<string, unknown>>(run.stdout) };
}

test('a TSV file: one record per line, in order, exit 0', async (t) => {
  const run = await sentiment([fixture('snippets.tsv')]);
  t.is(run.code, 0, run.stderr);
  t.deepEqual(
    run.lines.map((l) => Object.keys(l)),
    [0, 1, 2].map(() => ['id', 'score', 'polarity']),
  );
  t.deepEqual(
    run.lines.map((l) => [l.id, l.polarity]),
    [
      ['a1', 1],
      ['a2', -1],
      ['a3', 0],
    ],
  );
});

test('a JSONL file: targets in input order, evidence with --evidence', async (t) => {
  const run = await sentiment(['--evidence', fixture('mentions.jsonl')]);
  t.is(run.code, 0, run.stderr);
  t.deepEqual(
    run.lines.map((l) => l.id),
    ['m1', 'm2', 'm3'],
  );
  const [m1, m2, m3] = run.lines as Array<{ evidence: string[]; targets: Array<Record<string, unknown>> }>;
  t.deepEqual(
    m1!.targets.map((x) => [x.from, x.to]),
    [
      [0, 9],
      [22, 28],
    ],
  );
  t.deepEqual(Object.keys(m1!.targets[0]!), ['from', 'to', 'polarity', 'score', 'evidence']);
  t.is(m1!.targets[0]!.polarity, 1);
  t.is(m2!.targets[0]!.polarity, -1);
  t.is(m3!.targets[0]!.polarity, 0);
  t.true(m1!.evidence.includes('praised'));
});

test('bad lines get an error line naming file and line; the run goes on; exit 1', async (t) => {
  const run = await sentiment([fixture('bad.tsv'), fixture('bad.jsonl'), fixture('snippets.tsv')]);
  t.is(run.code, 1);
  const errors = run.lines.filter((l) => 'error' in l).map((l) => [l.file, l.line, l.error]);
  t.deepEqual(
    errors.map(([file, line]) => `${file}:${line}`),
    ['bad.tsv:1', 'bad.tsv:2', 'bad.jsonl:2', 'bad.jsonl:3'].map(fixture),
  );
  t.regex(String(errors[0]![2]), /^test\/fixtures\/sentiment\/bad\.tsv:1: expected 3/);
  t.regex(String(errors[2]![2]), /invalid JSON/);
  t.regex(String(errors[3]![2]), /outside the text/);
  t.deepEqual(
    run.lines.filter((l) => !('error' in l)).map((l) => l.id),
    ['b3', 'x1', 'x4', 'a1', 'a2', 'a3'],
  );
});

test('a missing file is an error line and exit 1', async (t) => {
  const run = await sentiment([fixture('missing.tsv'), fixture('snippets.tsv')]);
  t.is(run.code, 1);
  t.like(run.lines[0], { file: fixture('missing.tsv') });
  t.regex(String(run.lines[0]!.error), /no such file/);
  t.is(run.lines.length, 4);
});

test('usage errors exit 2; --help prints the usage', async (t) => {
  for (const args of [[], ['notes.txt'], ['--bogus', fixture('snippets.tsv')]]) {
    const run = await sentiment(args);
    t.is(run.code, 2, args.join(' '));
    t.regex(run.stderr, /Usage:/);
    t.is(run.stdout, '');
  }
  const help = await sentiment(['--help']);
  t.is(help.code, 0);
  t.regex(help.stdout, /^Usage: npm run sentiment/);
});
