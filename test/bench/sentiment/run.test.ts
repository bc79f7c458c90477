import test from 'ava';
import { join } from 'node:path';
import { runScript, type Run } from '../../helpers/run-analyze.ts';

const bench = (args: string[]): Promise<Run> => runScript('bench/sentiment/run.ts', args);

const files = ['--nyt', 'test/fixtures/sentiment/snippets.tsv', '--newsmtsc', 'test/fixtures/sentiment/mentions.jsonl'];

test('--json on small files: every peer on both datasets, and the goals', async (t) => {
  const run = await bench([...files, '--json']);
  t.is(run.code, 0, run.stderr);
  const summary = JSON.parse(run.stdout) as { goals: Array<{ label: string; met: boolean | null }>; results: Record<string, Record<string, { sentences: number }>> };
  t.deepEqual(Object.keys(summary.results.nyt!), ['framelens', 'sentiment', 'vader']);
  t.is(summary.results.newsmtsc!.vader!.sentences, 3);
  t.deepEqual(
    summary.goals.map((g) => g.label),
    ['NYT Pearson r', 'NYT 3-class macro-F1', 'NewsMTSC target macro-F1 (CV)', 'NewsMTSC article stance, AUC of negative portrayals (CV)'],
  );
});

test('the tables name every peer and the goals', async (t) => {
  const run = await bench(files);
  t.is(run.code, 0, run.stderr);
  t.regex(run.stdout, /framelens\s+sentiment\s+vader\s+goal/);
  t.regex(run.stdout, /Goals:\n {2}NYT Pearson r \(>= 0\.585\)/);
  t.regex(run.stdout, /5-fold CV grouped by article/);
});

test('missing data names the path and exits 2', async (t) => {
  const run = await bench(['--data', 'no/such/folder']);
  t.is(run.code, 2);
  t.is(run.stderr, `benchmark data not found: ${join('no/such/folder', 'nyt-editorial-snippets.dev.tsv')}\n`);
  const swapped = await bench(['--nyt', files[3]!, '--newsmtsc', files[1]!]);
  t.is(swapped.code, 2);
  t.regex(swapped.stderr, /mentions\.jsonl: the nyt data must be a \.tsv file/);
});
