// `npm run analyze` across several stories: the corpus report, its CSV files and its filters, as a
// user runs them.
import test from 'ava';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../schema/corpus.schema.json' with { type: 'json' };
import { analyze } from '../helpers/run-analyze.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import type { CorpusReport } from '../../src/types.ts';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const TEXTS = {
  cost: 'The council said the new bus plan would cost taxpayers $40 million over ten years, and critics called the budget a waste of money.',
  calm: 'Residents gathered at the library on Monday to hear how the bus plan would change their daily commute to work and school.',
};

/** Three stories; in each, Metro Daily and the Harbor Gazette write two articles (one undated). */
async function corpusFolder(t: Parameters<typeof tempDir>[0]): Promise<{ articles: string; out: string }> {
  const dir = await tempDir(t);
  for (const story of ['bus-2021', 'bus-2022', 'port-2022']) {
    await mkdir(join(dir, 'articles', story), { recursive: true });
    for (const [i, outlet] of ['Metro Daily', 'Harbor Gazette', 'Metro Daily', 'Harbor Gazette'].entries()) {
      const published = i < 2 ? `published: "${story.slice(-4)}-0${i + 3}-15"\n` : '';
      const text = `${TEXTS[i % 2 ? 'calm' : 'cost']} Story ${story}, article ${i}: officials promised an answer next week.`;
      await writeFile(join(dir, 'articles', story, `a${i}.md`), `---\noutlet: ${outlet}\n${published}---\n# ${outlet} on the ${story} plan, part ${i}\n\n${text}\n`);
    }
  }
  return { articles: join(dir, 'articles'), out: join(dir, 'reports') };
}

const readCorpus = async (out: string): Promise<CorpusReport> => JSON.parse(await readFile(join(out, 'corpus.json'), 'utf8')) as CorpusReport;

test('a run writes corpus.json (valid), index.html and the six CSV files across every story', async (t) => {
  const { articles, out } = await corpusFolder(t);
  const run = await analyze(['--articles', articles, '--out', out]);
  t.is(run.code, 0, run.stderr);
  t.regex(run.stderr, /corpus: 3 stories, 2 outlets/);
  const corpus = await readCorpus(out);
  t.true(validate(corpus), JSON.stringify(validate.errors));
  t.deepEqual(
    corpus.coverage.map((c) => [c.outlet, c.stories, c.articles]),
    [
      ['Harbor Gazette', 3, 6],
      ['Metro Daily', 3, 6],
    ],
  );
  const csv = await readFile(join(out, 'corpus', 'articles.csv'), 'utf8');
  t.is(csv.split('\n')[0], 'story,article,file,outlet,original_outlet,title,url,published,lang,words,sentiment,sentiment_lo,sentiment_hi');
  t.is(csv.trim().split('\n').length, 13);
  const frames = (await readFile(join(out, 'corpus', 'frames.csv'), 'utf8')).trim().split('\n');
  t.is(frames.length, 1 + 12 * 20, 'twenty frames per article');
  t.true((await readFile(join(out, 'index.html'), 'utf8')).includes('<h1>Corpus</h1>'));
});

test('filters: --since and --until on publication dates, --outlet, --story patterns; the report states them', async (t) => {
  const { articles, out } = await corpusFolder(t);
  const run = await analyze(['--articles', articles, '--out', out, '--quiet', '--story', 'bus-*', '--since', '2021-01-01', '--until', '2021-12-31', '--outlet', 'metro daily']);
  t.is(run.code, 0, run.stderr);
  const corpus = await readCorpus(out);
  t.deepEqual(corpus.filters, { since: '2021-01-01', until: '2021-12-31', outlets: ['metro daily'], stories: ['bus-*'] });
  t.deepEqual(
    corpus.stories.map((s) => s.id),
    ['bus-2021'],
  );
  t.deepEqual(
    corpus.excluded.map((e) => [e.story, e.reason]),
    [['bus-2022', 'filtered']],
    'port-2022 was not analyzed: it has no report',
  );
  t.deepEqual(
    corpus.coverage.map((c) => [c.outlet, c.articles]),
    [['Metro Daily', 1]],
  );
  t.is(corpus.filteredArticles, 3 + 4);
  const csv = (await readFile(join(out, 'corpus', 'articles.csv'), 'utf8')).trim().split('\n');
  t.is(csv.length, 2);
});

test('usage errors: a date that is not one, a range that is empty, a pattern that matches no story, a story called corpus', async (t) => {
  const { articles, out } = await corpusFolder(t);
  const bad = await analyze(['--articles', articles, '--out', out, '--since', '2021-02-30']);
  t.is(bad.code, 2);
  t.regex(bad.stderr, /--since: "2021-02-30" is not a calendar date/);
  const empty = await analyze(['--articles', articles, '--out', out, '--since', '2022-01-01', '--until', '2021-01-01']);
  t.is(empty.code, 2);
  t.regex(empty.stderr, /--since 2022-01-01 is after --until 2021-01-01/);
  const none = await analyze(['--articles', articles, '--out', out, '--story', 'rail-*']);
  t.is(none.code, 2);
  t.regex(none.stderr, /no story matches "rail-\*"/);
  await mkdir(join(articles, 'corpus'));
  await writeFile(join(articles, 'corpus', 'a.md'), '# A\n\nText of an article that is long enough to read.\n');
  const clash = await analyze(['--articles', articles, '--out', out]);
  t.not(clash.code, 0);
  t.regex(clash.stderr, /may not be called "corpus"/);
});
