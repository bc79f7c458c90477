import test from 'ava';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../schema/report.schema.json' with { type: 'json' };
import articleSchema from '../../schema/article.schema.json' with { type: 'json' };
import corpusSchema from '../../schema/corpus.schema.json' with { type: 'json' };
import { analyze, root } from '../helpers/run-analyze.ts';
import type { StoryReport } from '../../src/types.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { readRecord } from '../helpers/read-record.ts';

// The run's own notes (summary.md, the cache, the lock) are not reports: they are not committed.
const perRun = (name: string, prefix: string): boolean => name.startsWith('.') || (!prefix && name === 'summary.md');

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true })) {
    if (perRun(e.name, prefix)) continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

test('the bundled story regenerates the committed reports byte for byte', async (t) => {
  const out = await tempDir(t);
  const run = await analyze(['--out', out, '--quiet']);
  t.is(run.code, 0, run.stderr);
  const committed = await listFiles(join(root, 'reports'));
  t.deepEqual(await listFiles(out), committed, 'same files');
  for (const file of committed) {
    const [a, b] = await Promise.all([readFile(join(out, file), 'utf8'), readFile(join(root, 'reports', file), 'utf8')]);
    t.true(a === b, `${file} differs from the committed report: run \`npm run analyze\` and review the diff`);
  }
});

test('the bundled corpus report validates against its JSON Schema', async (t) => {
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(corpusSchema);
  t.true(validate(JSON.parse(await readFile(join(root, 'reports/corpus.json'), 'utf8'))), JSON.stringify(validate.errors));
});

test('the bundled report and its article records validate against their JSON Schemas, and name the outlets', async (t) => {
  const dir = join(root, 'reports/lunar-research-station-2021');
  const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as StoryReport;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const validateArticle = ajv.compile(articleSchema);
  t.true(validate(report), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  t.is(report.articles.length, 5);
  for (const entry of report.articles) {
    const record = await readRecord(dir, entry.id);
    t.true(validateArticle(record), `${entry.record}: ${JSON.stringify(validateArticle.errors?.slice(0, 5), null, 2)}`);
    t.deepEqual(record.article.outlet, entry.outlet);
  }
  const outlets = Object.fromEntries(report.articles.map((a) => [a.file, a.outlet]));
  t.is(outlets['000_222f9cba74c784a1.txt']?.name, 'USA TODAY');
  t.is(outlets['002_5897ebab3c82f283.txt']?.name, 'DW');
  t.is(outlets['002_5897ebab3c82f283.txt']?.repost?.on, 'a forum');
  t.is(outlets['004_3faecae054f459c0.txt']?.name, 'The Western Journal');
  t.false(outlets['001_c960022149833136.txt']?.known);
  t.is(outlets['003_27e0a95a17c3f4aa.txt']?.name, 'unknown (003_27e0a95a17c3f4aa.txt)');
  t.is(report.comparison.outlets.length, 5);
  t.true(report.comparison.summary.length > 0);
});

test('the bundled report shows who each outlet quotes, the main actors with sentiment, and shared and lone claims', async (t) => {
  const report = JSON.parse(await readFile(join(root, 'reports/lunar-research-station-2021/report.json'), 'utf8')) as StoryReport;
  const outlet = (name: string) => report.comparison.outlets.find((o) => o.name === name)!;
  const speakers = (name: string) => outlet(name).voices.speakers.map((s) => s.name);
  for (const name of ['Harry Kazianis', 'John W. Raymond']) t.true(speakers('USA TODAY').includes(name), name);
  for (const name of ['Zhang Ming', 'Brian Weeden']) t.true(speakers('The Western Journal').includes(name), name);
  t.true(speakers('DW').includes('Dmitry Rogozin'));
  for (const o of report.comparison.outlets) {
    for (const name of ['China', 'Russia', 'United States']) {
      const actor = o.actors.find((a) => a.name === name);
      t.true(actor !== undefined && actor.mentions > 0 && actor.sentiment.n > 0, `${o.name}: ${name}`);
    }
  }
  const { claims, core } = report.comparison.claims;
  t.true(
    claims.some((c) => c.outlets.length === report.comparison.outlets.length),
    'a claim every outlet makes',
  );
  t.true(core.length > 0);
  t.true(claims.some((c) => c.outlets.length === 1));
});

test('bad files are reported by name and the rest of the batch completes', async (t) => {
  const dir = await tempDir(t);
  const story = join(dir, 'articles', 'mixed');
  await mkdir(story, { recursive: true });
  await writeFile(join(story, 'good.md'), '---\noutlet: Example News\n---\n# A headline for this test article\n\nThe council approved the new budget on Monday after a long debate about schools.\n');
  await writeFile(join(story, 'empty.txt'), '');
  await writeFile(join(story, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  await writeFile(join(story, 'latin1.txt'), Buffer.from('Caf\xe9 society met on Monday.', 'latin1'));
  await writeFile(join(story, 'broken.md'), '---\noutlet: [unclosed\n---\nText.\n');
  await writeFile(join(story, 'notes.docx'), 'x');
  const run = await analyze(['--articles', join(dir, 'articles'), '--out', join(dir, 'reports')]);
  t.is(run.code, 0, run.stderr);
  for (const file of ['empty.txt', 'image.txt', 'latin1.txt', 'broken.md']) t.regex(run.stderr, new RegExp(`error: .*${file.replace('.', '\\.')}(:\\d+)?: `));
  t.regex(run.stderr, /error: .*broken\.md:\d+: front matter is not valid YAML/, 'the line of the file, as compilers print it');
  t.regex(run.stderr, /warning: .*notes\.docx: skipped: unknown extension/);
  const report = JSON.parse(await readFile(join(dir, 'reports/mixed/report.json'), 'utf8')) as StoryReport;
  t.deepEqual(
    report.articles.map((a) => a.file),
    ['good.md'],
  );
  t.is(report.articles[0]!.outlet.name, 'Example News');
  t.deepEqual(
    report.diagnostics
      .filter((d) => d.level === 'error')
      .map((d) => d.file)
      .sort(),
    ['broken.md', 'empty.txt', 'image.txt', 'latin1.txt'],
  );
  const strict = await analyze(['--articles', join(dir, 'articles'), '--out', join(dir, 'reports'), '--strict', '--quiet']);
  t.is(strict.code, 1);
});

test('exit status: non-zero when nothing could be analyzed, 2 on usage errors', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'articles', 'bad'), { recursive: true });
  await writeFile(join(dir, 'articles', 'bad', 'empty.txt'), '   \n');
  const nothing = await analyze(['--articles', join(dir, 'articles'), '--out', join(dir, 'reports'), '--quiet']);
  t.is(nothing.code, 1);
  t.regex(nothing.stderr, /empty\.txt: no text/);
  t.regex(nothing.stderr, /nothing could be analyzed/);
  t.is((await analyze(['--bogus'])).code, 2);
  const missing = await analyze(['--articles', join(dir, 'articles'), '--story', 'nope']);
  t.is(missing.code, 2);
  t.regex(missing.stderr, /no story "nope"/);
});

test('--story rewrites one story and keeps the others in the index', async (t) => {
  const dir = await tempDir(t);
  const article = '# Council backs the plan today\n\nThe council said on Monday that it would back the plan, despite strong criticism from residents.\n';
  for (const story of ['a', 'b']) {
    await mkdir(join(dir, 'articles', story), { recursive: true });
    await writeFile(join(dir, 'articles', story, 'x.md'), article);
  }
  const args = ['--articles', join(dir, 'articles'), '--out', join(dir, 'reports'), '--quiet'];
  t.is((await analyze(args)).code, 0);
  t.is((await analyze([...args, '--story', 'b'])).code, 0);
  const index = await readFile(join(dir, 'reports', 'index.html'), 'utf8');
  t.regex(index, /href="a\/index\.html"/);
  t.regex(index, /href="b\/index\.html"/);
});
