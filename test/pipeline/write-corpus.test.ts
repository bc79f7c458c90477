import test from 'ava';
import { readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../schema/corpus.schema.json' with { type: 'json' };
import { digestOfWritten, writeCorpus, type CorpusOptions } from '../../src/pipeline/write-corpus.ts';
import { writeArticleReport, writeStoryReport } from '../../src/report/write-report.ts';
import { SETTINGS } from '../helpers/settings.ts';
import type { ArticleReport, StoryReport } from '../../src/types.ts';
import { forComparison } from '../../src/compare/for-comparison.ts';
import { sampleArticles, sampleRecord, sampleReport } from '../helpers/sample-report.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** The sample story written under `id`, its article index pointing at the records written; the report and its articles by record. */
async function writeStory(outDir: string, id: string): Promise<{ report: StoryReport; byRecord: Map<string, ArticleReport> }> {
  const report: StoryReport = sampleReport();
  report.story = { ...report.story, id };
  const dir = join(outDir, id);
  const articles = sampleArticles();
  // As the pipeline holds them: the lean copies the comparison read.
  const byRecord = new Map<string, ArticleReport>();
  for (let i = 0; i < articles.length; i++) {
    const files = await writeArticleReport(dir, { ...sampleRecord(articles[i]!), story: report.story });
    report.articles[i] = { ...report.articles[i]!, ...files };
    byRecord.set(files.record, forComparison(articles[i]!));
  }
  await writeStoryReport(outDir, report);
  return { report, byRecord };
}

async function setUp(t: Parameters<typeof tempDir>[0]) {
  const out = await tempDir(t);
  await writeStory(out, 'river-2024');
  await writeStory(out, 'harbor-2024');
  const warnings: string[] = [];
  const options: CorpusOptions = {
    outDir: out,
    cacheDir: join(out, '.cache'),
    filters: { since: null, until: null, outlets: [], stories: [] },
    settings: SETTINGS,
    version: 'test',
    onWarning: (m) => warnings.push(m),
  };
  return { out, options, warnings };
}

async function files(out: string): Promise<Map<string, string>> {
  const names = ['corpus.json', 'index.html', ...(await readdir(join(out, 'corpus'))).map((f) => `corpus/${f}`)];
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(out, n), 'utf8')] as [string, string])));
}

test('corpus.json (valid against its schema), index.html and six CSV files, for every story reported', async (t) => {
  const { out, options, warnings } = await setUp(t);
  const report = await writeCorpus(options);
  t.deepEqual(warnings, []);
  t.deepEqual(
    report.stories.map((s) => s.id),
    ['harbor-2024', 'river-2024'],
  );
  t.true(validate(JSON.parse(await readFile(join(out, 'corpus.json'), 'utf8'))), JSON.stringify(validate.errors));
  const written = await files(out);
  t.deepEqual([...written.keys()].filter((n) => n.endsWith('.csv')).sort(), [
    'corpus/actors.csv',
    'corpus/articles.csv',
    'corpus/claims.csv',
    'corpus/frames.csv',
    'corpus/outlets.csv',
    'corpus/voices.csv',
  ]);
  t.is(written.get('corpus/articles.csv')!.trim().split('\n').length, 1 + 2 * sampleArticles().length);
  t.true(written.get('index.html')!.includes('harbor-2024/index.html'));
});

test('a story this run wrote gives the corpus its digest from the lean copies in memory: the same corpus, its records never read', async (t) => {
  const { out, options } = await setUp(t);
  await writeCorpus({ ...options, cacheDir: null });
  const fromRecords = await files(out);
  const { report, byRecord } = await writeStory(out, 'river-2024');
  const fresh = new Map([['river-2024', await digestOfWritten(out, report, byRecord, SETTINGS.uncertainty, options.version)]]);
  await rm(join(out, 'river-2024', 'articles'), { recursive: true });
  const warnings: string[] = [];
  await writeCorpus({ ...options, cacheDir: null, fresh, onWarning: (m) => warnings.push(m) });
  t.deepEqual(warnings, []);
  t.deepEqual(await files(out), fromRecords);
});

test('an unchanged story is read from its digest, not from its records; a changed one is read again', async (t) => {
  const { out, options } = await setUp(t);
  await writeCorpus(options);
  const before = await files(out);
  // The records are gone: only the cached digests can give the same corpus.
  await rm(join(out, 'river-2024', 'articles'), { recursive: true });
  await writeCorpus(options);
  t.deepEqual(await files(out), before);
  // report.json rewritten: its records are read again, and the missing ones named.
  const path = join(out, 'river-2024', 'report.json');
  const { mtime } = await stat(path);
  await writeFile(path, await readFile(path));
  await utimes(path, mtime, new Date(mtime.getTime() + 5000));
  const warnings: string[] = [];
  const again = await writeCorpus({ ...options, onWarning: (m) => warnings.push(m) });
  t.true(warnings.length > 0 && warnings.every((w) => w.includes('left out of the corpus')));
  t.is(
    again.coverage.reduce((n, c) => n + (c.byStory['river-2024'] ?? 0), 0),
    0,
  );
});

test('stories outside --story patterns, and reports of another version, are named as left out', async (t) => {
  const { out, options } = await setUp(t);
  await writeFile(join(out, 'harbor-2024', 'report.json'), '{"schemaVersion":1}');
  const report = await writeCorpus({ ...options, cacheDir: null, filters: { ...options.filters, stories: ['river-*', 'harbor-*'] } });
  t.deepEqual(
    report.excluded.map((e) => [e.story, e.reason]),
    [['harbor-2024', 'no-report']],
  );
  t.regex(report.excluded[0]!.detail, /another version or shape/);
  const filtered = await writeCorpus({ ...options, filters: { ...options.filters, stories: ['river-*'] } });
  t.deepEqual(
    filtered.excluded.map((e) => [e.story, e.reason]),
    [['harbor-2024', 'filtered']],
  );
  t.deepEqual(
    filtered.stories.map((s) => s.id),
    ['river-2024'],
  );
});

test('a cached digest or an article record that is not one of this version is named and made anew', async (t) => {
  const { out, options, warnings } = await setUp(t);
  await writeCorpus(options);
  const before = await files(out);
  const digest = join(out, '.cache', 'corpus', 'river-2024.json');
  await writeFile(digest, '{"source": 1}');
  await writeCorpus(options);
  t.deepEqual(await files(out), before);
  t.true(
    warnings.some((w) => w.startsWith(`${digest} is not a corpus digest of this version (at /: must have required property`)),
    warnings.join('\n'),
  );
  const records = join(out, 'harbor-2024', 'articles');
  const [first] = (await readdir(records)).filter((f) => f.endsWith('.json'));
  await writeFile(join(records, first!), '{"article": {"id": 3}}');
  await writeCorpus({ ...options, cacheDir: null });
  t.true(
    warnings.some((w) => w.includes(`${first} is not an article record of this version`)),
    warnings.join('\n'),
  );
});
