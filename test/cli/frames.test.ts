import test from 'ava';
import { join } from 'node:path';
import { frameCatalog } from '../../src/analyze/frames.ts';
import { jsonLines, runScript, type Run as ScriptRun } from '../helpers/run-analyze.ts';

const fixture = (name: string) => join('test/fixtures/frames', name);

interface FramesLine {
  id?: string;
  frames?: Array<{ id: string; present: boolean; strength: number; evidence: unknown[] }>;
  top?: { policy: string | null; generic: string | null };
  file?: string;
  line?: number;
  error?: string;
}

interface Run extends ScriptRun {
  lines: FramesLine[];
}

async function frames(args: string[]): Promise<Run> {
  const run = await runScript('src/cli/frames.ts', args);
  return { ...run, lines: jsonLines<FramesLine>(run.stdout) };
}

const catalogIds = frameCatalog().map((f) => f.id);

test('TSV and JSONL lines: one record each with every catalog frame, bad lines reported, exit 1', async (t) => {
  const run = await frames([fixture('texts.tsv'), fixture('texts.jsonl')]);
  t.is(run.code, 1);
  const records = run.lines.filter((l) => !l.error);
  t.deepEqual(
    records.map((r) => r.id),
    ['e1', 'c1', 'j1', '2'],
  );
  for (const r of records) {
    t.deepEqual(Object.keys(r), ['id', 'frames', 'top']);
    t.deepEqual(
      r.frames!.map((f) => f.id),
      catalogIds,
    );
    for (const f of r.frames!) {
      t.deepEqual(Object.keys(f), ['id', 'present', 'strength', 'evidence']);
      t.true(f.strength >= 0 && f.strength <= 1);
    }
    // `top` is the strongest present frame of its family.
    for (const family of ['policy', 'generic'] as const) {
      const present = r.frames!.filter((f) => f.present && f.id.startsWith(family));
      const best = present.sort((a, b) => b.strength - a.strength)[0]?.id ?? null;
      t.is(r.top![family], best);
    }
  }
  t.is(records[0]!.top!.policy, 'policy.economic');
  t.is(records[1]!.top!.policy, 'policy.crime');
  const errors = run.lines.filter((l) => l.error).map((l) => `${l.file}:${l.line}`);
  t.deepEqual(errors, [`${fixture('texts.tsv')}:3`, `${fixture('texts.jsonl')}:3`, `${fixture('texts.jsonl')}:4`]);
});

test('an article file is read whole; a missing file or unknown extension is an error line', async (t) => {
  const article = 'articles/lunar-research-station-2021/000_222f9cba74c784a1.txt';
  const run = await frames([article, fixture('missing.txt'), fixture('notes.csv')]);
  t.is(run.code, 1);
  t.is(run.lines[0]!.id, article);
  t.deepEqual(
    run.lines[0]!.frames!.map((f) => f.id),
    catalogIds,
  );
  t.regex(run.lines[1]!.error!, /missing\.txt: cannot read/);
  t.regex(run.lines[2]!.error!, /notes\.csv: unknown extension/);
});

test('the same input gives the same output', async (t) => {
  const [a, b] = await Promise.all([frames([fixture('texts.jsonl')]), frames([fixture('texts.jsonl')])]);
  t.is(a.stdout, b.stdout);
});
