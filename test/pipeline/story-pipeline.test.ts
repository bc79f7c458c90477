import test, { type ExecutionContext } from 'ava';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { localRunner } from '../../src/pipeline/runner.ts';
import { runStory } from '../../src/pipeline/story-pipeline.ts';
import { SCHEMA_VERSION, type StoryReport } from '../../src/types.ts';
import { readArticle, readRecord } from '../helpers/read-record.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { SETTINGS } from '../helpers/settings.ts';

/** A story folder `moon` holding `files` (sub-folders made as needed), and a reports folder for it. */
async function story(t: ExecutionContext, files: Record<string, string>): Promise<{ dir: string; outDir: string }> {
  const root = await tempDir(t, 'framelens-story-');
  const dir = join(root, 'moon');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return { dir, outDir: join(root, 'reports') };
}

/** One run of the pipeline on the main thread, with the cache in `cacheDir` (null: none); its outcome and the warnings it gave. */
async function cachedRun(t: ExecutionContext, s: { dir: string; outDir: string }, cacheDir: string | null) {
  const runner = localRunner(1, SETTINGS.limits);
  t.teardown(() => runner.close());
  const warnings: string[] = [];
  const outcome = await runStory(s.dir, 'moon', { outDir: s.outDir, cacheDir, timestamp: false, runner, settings: SETTINGS, onWarning: (m) => warnings.push(m) });
  return { outcome, warnings };
}

/** One run without a cache; its report. */
const run = async (t: ExecutionContext, s: { dir: string; outDir: string }): Promise<StoryReport> => (await cachedRun(t, s, null)).outcome.current;

const english = `---
outlet: Orbit Daily
---
# Russia and China agree to build a lunar station

Russia and China signed an agreement on Tuesday to build a research station on the moon, the space agencies said.

The station will be open to other countries, officials said in a statement.
`;

const german = `---
outlet: Mondpost
---
# Russland und China bauen eine Mondstation

Russland und China haben am Dienstag vereinbart, gemeinsam eine Forschungsstation auf dem Mond zu bauen, teilten die Raumfahrtbehörden mit.

Die Station soll auch anderen Ländern offenstehen, hieß es in einer Erklärung.
`;

const second = `---
outlet: Lunar Ledger
---
# Moon base deal signed

Russia and China agreed on Tuesday to build a joint research station on the moon, officials said.

Critics warned the plan could start a dangerous new race in space.
`;

test('an article not in English is kept and marked, not scored, not compared, with a warning naming it', async (t) => {
  const s = await story(t, { 'a.md': english, 'b.md': german });
  const report = await run(t, s);
  const entry = report.articles.find((a) => a.file === 'b.md')!;
  t.deepEqual(entry.lang, { code: 'deu', name: 'German', scored: false });
  const b = (await readArticle(join(s.outDir, 'moon'), entry.id))!;
  t.deepEqual(b.lang, entry.lang);
  t.regex(b.text, /Forschungsstation/);
  t.is(b.scores.whole.sentiment.hits.length, 0);
  t.deepEqual(b.actors, []);
  t.true(b.sentences.body.length > 0, 'sentences still shown');
  t.deepEqual(
    report.comparison.outlets.map((o) => o.name),
    ['Orbit Daily'],
  );
  t.true(report.diagnostics.some((d) => d.file === 'b.md' && d.level === 'warning' && /German \(deu\), not English/.test(d.message)));
});

test('report.json keeps an index of the articles; each article has its record and its page under articles/', async (t) => {
  const s = await story(t, { 'a.md': english, 'wire/c.md': second, 'empty.txt': '' });
  const report = await run(t, s);
  const out = join(s.outDir, 'moon');
  const written = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as StoryReport;
  t.deepEqual(written, JSON.parse(JSON.stringify(report)));
  t.deepEqual(
    report.articles.map((a) => a.file),
    ['a.md', 'wire/c.md'],
    'the file that could not be read is not indexed',
  );
  const [a, c] = report.articles.map((e) => [e.record, e.page]);
  t.regex(a![0]!, /^articles\/a\.md-[0-9a-f]{12}\.json$/);
  t.regex(c![0]!, /^articles\/wire_c\.md-[0-9a-f]{12}\.json$/, 'a file in a sub-folder gets a flat, portable name');
  t.is(a![1], a![0]!.replace(/\.json$/, '.html'));
  t.deepEqual((await readdir(join(out, 'articles'))).sort(), [...a!, ...c!].map((f) => f.slice('articles/'.length)).sort());
  for (const entry of report.articles) {
    t.false('text' in entry || 'scores' in entry || 'blocks' in entry, 'the index carries no article text or scores');
    const record = await readRecord(out, entry.id);
    t.like(record, { schemaVersion: SCHEMA_VERSION, generator: report.generator, story: { id: 'moon', title: report.story.title } });
    t.deepEqual(record.frames, report.frames);
    const { article } = record;
    t.like(entry, { id: article.id, file: article.file, sha256: article.sha256, title: article.title, url: article.url, published: article.published });
    t.deepEqual(entry.outlet, article.outlet);
    t.is(entry.tokens, article.scores.whole.tokens);
    t.is(entry.sentiment, article.scores.whole.sentiment.comparative);
    t.deepEqual(entry.top, article.scores.whole.top);
    const page = await readFile(join(out, entry.page), 'utf8');
    t.true(page.includes('<a href="../index.html">'), `${entry.page} links back to the story`);
    t.true(page.includes('id="article"'), `${entry.page} shows the article`);
  }
  const storyPage = await readFile(join(out, 'index.html'), 'utf8');
  t.true(storyPage.includes(`href="${c![1]}"`), 'the story page links to each page');
  t.false(storyPage.includes('id="article"'), 'and inlines none');
});

const third = `---
outlet: Orbit Daily
---
# Space agencies sign lunar research pact

The two space agencies said the lunar research base would be built in stages over the next decade.

Scientists welcomed the pact but asked how the costs would be shared.
`;

test('one outlet spelled two ways is one outlet, under the spelling most of its articles use, in the comparison, the index and the records', async (t) => {
  const spelled = (text: string, outlet: string): string => text.replace(/^outlet: .*$/m, `outlet: ${outlet}`);
  const s = await story(t, { 'a.md': spelled(english, 'orbit-daily'), 'b.md': spelled(second, 'Orbit Daily'), 'c.md': third });
  const report = await run(t, s);
  t.deepEqual(
    report.comparison.outlets.map((o) => [o.name, o.articles.length]),
    [['Orbit Daily', 3]],
  );
  for (const entry of report.articles) {
    t.is(entry.outlet.name, 'Orbit Daily');
    t.is((await readArticle(join(s.outDir, 'moon'), entry.id))!.outlet.name, 'Orbit Daily');
  }
});

test('a rerun without an article removes its record and page', async (t) => {
  const s = await story(t, { 'a.md': english, 'c.md': second });
  await run(t, s);
  const articles = join(s.outDir, 'moon', 'articles');
  t.true((await readdir(articles)).some((f) => f.startsWith('c.md-')));
  await rm(join(s.dir, 'c.md'));
  const report = await run(t, s);
  t.deepEqual(
    report.articles.map((a) => a.file),
    ['a.md'],
  );
  t.deepEqual((await readdir(articles)).sort(), [report.articles[0]!.page, report.articles[0]!.record].map((f) => f.slice('articles/'.length)).sort());
});

test('an unchanged story reads none of its cached records; a changed one with a broken record reads the story again and analyzes that article anew', async (t) => {
  const s = await story(t, { 'a.md': english, 'c.md': second });
  const cacheDir = join(s.outDir, '..', 'cache');
  const first = await cachedRun(t, s, cacheDir);
  const records = join(cacheDir, 'moon', 'articles');
  const [broken] = (await readdir(records)).sort();
  await writeFile(join(records, broken!), '{"not": "a record"');
  const unchanged = await cachedRun(t, s, cacheDir);
  t.true(unchanged.outcome.unchanged);
  t.deepEqual(unchanged.warnings, [], 'the broken record was not read');
  t.deepEqual(unchanged.outcome.current, first.outcome.current);
  await writeFile(join(s.dir, 'b.md'), english.replace('Orbit Daily', 'Crater Courier'));
  const changed = await cachedRun(t, s, cacheDir);
  t.false(changed.outcome.unchanged);
  t.is(changed.outcome.analyzed, 2, 'the new article and the one whose record was broken');
  t.is(changed.warnings.length, 1);
  t.regex(changed.warnings[0]!, /is not a cached result of this version/);
  const fresh = await story(t, { 'a.md': english, 'b.md': english.replace('Orbit Daily', 'Crater Courier'), 'c.md': second });
  t.deepEqual(changed.outcome.current.comparison, (await run(t, fresh)).comparison, 'the same comparison as a run without the cache');
});

test('with the cache, a story that gains an article writes that page only; a page gone from the folder is written again', async (t) => {
  const s = await story(t, { 'a.md': english, 'c.md': second });
  const cacheDir = join(s.outDir, '..', 'cache');
  const first = (await cachedRun(t, s, cacheDir)).outcome.current;
  const folder = join(s.outDir, 'moon');
  // A file written anew is a new file (written beside, then renamed over the old one).
  const inodes = async (files: string[]) => Promise.all(files.map(async (f) => (await stat(join(folder, f))).ino));
  const [a, c] = first.articles.map((e) => [e.record, e.page]);
  const before = await inodes([...a!, ...c!]);
  await rm(join(folder, c![1]!));
  await writeFile(join(s.dir, 'b.md'), english.replace('Orbit Daily', 'Crater Courier'));
  const changed = (await cachedRun(t, s, cacheDir)).outcome.current;
  t.deepEqual(
    changed.articles.map((e) => e.file),
    ['a.md', 'b.md', 'c.md'],
  );
  t.deepEqual(changed.articles[0]!.record, a![0]);
  t.deepEqual(await inodes(a!), before.slice(0, 2), 'the unchanged page and record were not written again');
  t.notDeepEqual((await inodes(c!))[0], before[2], 'the page that was gone is written again, with its record');
  const fresh = await story(t, { 'a.md': english, 'b.md': english.replace('Orbit Daily', 'Crater Courier'), 'c.md': second });
  await run(t, fresh);
  for (const entry of changed.articles) {
    t.is(await readFile(join(folder, entry.page), 'utf8'), await readFile(join(fresh.outDir, 'moon', entry.page), 'utf8'), `${entry.file}: the page a run without the cache writes`);
  }
});
