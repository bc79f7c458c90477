// The library entry gives what the commands give: the same reports, records and scores.
import test from 'ava';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeStories, extract, scoreFrames, scoreSentences, VERSION } from '../../src/index.ts';
import { analyze, jsonLines, root, runScript } from '../helpers/run-analyze.ts';
import { BUNDLED_STORY } from '../helpers/story-copies.ts';
import { tempDir } from '../helpers/temp-dir.ts';

test('analyzeStories writes the reports `framelens analyze` writes, byte for byte', async (t) => {
  t.timeout(5 * 60_000);
  const tmp = await tempDir(t);
  const articles = join(tmp, 'articles');
  await cp(BUNDLED_STORY, join(articles, 'lunar'), { recursive: true });
  const warnings: string[] = [];
  const result = await analyzeStories({ articles, out: join(tmp, 'api'), jobs: 1, onWarning: (m) => warnings.push(m) });
  t.deepEqual(warnings, []);
  t.deepEqual(
    result.stories.map((s) => [s.id, s.dir, s.report.articles.length, s.unchanged]),
    [['lunar', join(tmp, 'api/lunar'), 5, false]],
  );
  t.is(result.corpus.stories.length, 1, JSON.stringify(result.corpus.excluded));
  t.is(result.summary, await readFile(join(tmp, 'api/summary.md'), 'utf8'));
  const cli = await analyze(['--articles', articles, '--out', join(tmp, 'cli'), '--quiet']);
  t.is(cli.code, 0, cli.stderr);
  for (const file of ['lunar/report.json', 'lunar/index.html', 'corpus.json', 'index.html', 'summary.md']) {
    t.is(await readFile(join(tmp, 'api', file), 'utf8'), await readFile(join(tmp, 'cli', file), 'utf8'), file);
  }
  // A second run takes everything from the cache.
  t.true((await analyzeStories({ articles, out: join(tmp, 'api') })).stories[0]!.unchanged);
  await t.throwsAsync(analyzeStories({ articles, out: join(tmp, 'api'), stories: ['nope'] }), { message: /no story matches "nope"/ });
  t.is(VERSION, JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version);
});

test('extract gives the record `framelens extract` prints, from a string or bytes (gzipped too)', async (t) => {
  const page = 'test/fixtures/html/news-article/page.html';
  const run = await runScript('src/cli/extract.ts', [page]);
  t.is(run.code, 0, run.stderr);
  const [expected] = jsonLines(run.stdout);
  const bytes = await readFile(join(root, page));
  t.deepEqual(extract(bytes, { path: page }), expected);
  t.deepEqual(extract(bytes.toString('utf8'), { path: page }), expected);
  t.deepEqual(extract(gzipSync(bytes), { path: page }), expected);
  const text = extract('---\noutlet: The Example\n---\nFirst paragraph of the article, long enough to be kept as text.\n', { kind: 'markdown' });
  t.is(text.siteName, 'The Example');
  t.regex(text.text, /^First paragraph/);
  t.regex(extract('---\nbroken', { kind: 'text' }).error ?? '', /front matter/);
});

test('scoreSentences and scoreFrames give the records `framelens sentiment` and `framelens frames` print', async (t) => {
  const tmp = await tempDir(t);
  const mentions = 'test/fixtures/sentiment/mentions.jsonl';
  const sentiment = await runScript('src/cli/sentiment.ts', ['--evidence', mentions]);
  const items = (await readFile(join(root, mentions), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { primary_gid: string; sentence_normalized: string; targets: Array<{ from: number; to: number }> })
    .map((o) => ({ id: o.primary_gid, text: o.sentence_normalized, targets: o.targets }));
  t.deepEqual(scoreSentences(items, { evidence: true }), jsonLines(sentiment.stdout));
  t.deepEqual(
    scoreSentences(['What a wonderful, generous gift.', 'A cruel and disastrous failure.']).map((r) => [r.id, r.polarity]),
    [
      ['1', 1],
      ['2', -1],
    ],
  );

  const texts = [
    ['e1', 'The tax cut will cost the economy billions of dollars and thousands of jobs, economists warned.'],
    ['c1', 'Police arrested the suspect and prosecutors charged him with murder in federal court.'],
  ] as const;
  await writeFile(join(tmp, 'texts.tsv'), texts.map(([id, text]) => `${id}\t${text}\n`).join(''));
  const frames = await runScript('src/cli/frames.ts', [join(tmp, 'texts.tsv')]);
  t.is(frames.code, 0, frames.stderr);
  t.deepEqual(
    texts.map(([id, text]) => scoreFrames(text, { id })),
    jsonLines(frames.stdout),
  );
  t.is(scoreFrames(texts[0][1]).top.policy, 'policy.economic');
});
