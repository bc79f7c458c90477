import test from 'ava';
import { buildCorpus, mergeSpellings } from '../../src/corpus/build-corpus.ts';
import { SETTINGS } from '../helpers/settings.ts';
import type { CorpusFilters } from '../../src/types.ts';
import { handStory, type HandArticle } from '../helpers/corpus-digest.ts';

const none: CorpusFilters = { since: null, until: null, outlets: [], stories: [] };
const build = (stories: ReturnType<typeof handStory>[], filters = none) => buildCorpus(stories, filters, [], SETTINGS, 'test').report;

/** Eight stories both outlets covered: A carries the economic frame in every article, B in none. */
function planted(): ReturnType<typeof handStory>[] {
  return Array.from({ length: 8 }, (_, s) => {
    const articles: HandArticle[] = [
      { outlet: 'Alpha Times', frames: ['generic.economic'], sentiment: 0.01 * s, published: `2021-0${1 + (s % 6)}-10` },
      { outlet: 'Alpha Times', frames: ['generic.economic', 'generic.conflict'], sentiment: -0.01 * s, published: `2021-0${1 + (s % 6)}-11` },
      { outlet: 'Beta Post', frames: s % 2 ? ['generic.conflict'] : [], sentiment: 0.005 * s, published: null },
      { outlet: 'Beta Post', sentiment: -0.005 * s },
    ];
    return handStory(`story-${s}`, articles);
  });
}

test('a planted difference is found, tested within shared stories, and said in words', (t) => {
  const report = build(planted());
  const economic = report.differences.find((d) => d.measure === 'frame:generic.economic');
  // Strength 0.9 where the hand digest marks the frame, 0.1 where not: 80 points apart.
  t.like(economic, { higher: 'Alpha Times', lower: 'Beta Post', effect: 0.8, stories: 8, n: { higher: 16, lower: 16 } });
  t.true(economic!.pAdjusted < 0.05);
  t.false(
    report.differences.some((d) => d.measure === 'sentiment'),
    'sentiment is the same within the stories',
  );
  t.regex(report.findings[0]!, /^Alpha Times carries the Economic frame in more of its articles than Beta Post: \+80 points within the 8 stories both covered/);
  t.regex(report.findings[0]!, /Holm's correction over \d+ comparisons/);
});

test('with no difference, the findings say the articles show none', (t) => {
  const same = Array.from({ length: 4 }, (_, s) =>
    handStory(`s${s}`, [
      { outlet: 'A', sentiment: 0.1 * s },
      { outlet: 'B', sentiment: 0.1 * s + 0.01 },
      { outlet: 'A', sentiment: -0.1 },
      { outlet: 'B', sentiment: -0.1 },
    ]),
  );
  const report = build(same);
  t.deepEqual(report.differences, []);
  t.regex(report.findings[0]!, /^Across 4 stories, the articles show no clear difference between outlets \(\d+ comparisons? within shared stories/);
  const one = build([handStory('x', [{ outlet: 'A' }])]);
  t.regex(one.findings[0]!, /one outlet of known name/);
});

test('coverage, pooled figures and rankings per frame', (t) => {
  const report = build(planted());
  t.deepEqual(
    report.coverage.map((c) => [c.outlet, c.stories, c.articles]),
    [
      ['Alpha Times', 8, 16],
      ['Beta Post', 8, 16],
    ],
  );
  t.is(report.coverage[0]!.byStory['story-3'], 2);
  const economic = report.rankings.find((r) => r.frame === 'generic.economic')!;
  t.deepEqual(
    economic.outlets.map((o) => [o.outlet, o.value]),
    // A generic frame counts its calibrated strength (0.9 where the hand digest marks it, 0.1 where not).
    [
      ['Alpha Times', 0.9],
      ['Beta Post', 0.1],
    ],
  );
  const alpha = report.outlets.find((o) => o.name === 'Alpha Times')!;
  t.like(
    alpha.figures.find((f) => f.measure === 'frame:generic.conflict'),
    { value: 0.5, articles: 16, stories: 8, over: 'stories' },
  );
});

test('filters: dates and outlets narrow the articles; a story with none left is named', (t) => {
  const stories = [...planted(), handStory('undated', [{ outlet: 'Alpha Times', published: null }])];
  const report = build(stories, { ...none, since: '2021-01-01', until: '2021-03-31' });
  t.deepEqual(
    report.excluded.map((e) => [e.story, e.reason]),
    [
      ['story-3', 'filtered'],
      ['story-4', 'filtered'],
      ['story-5', 'filtered'],
      ['undated', 'filtered'],
    ],
    'published April to June, or undated',
  );
  t.is(report.coverage.map((c) => c.outlet).join(), 'Alpha Times', 'Beta Post has no dated article');
  t.true(report.filteredArticles > 0);
  t.deepEqual(report.filters, { ...none, since: '2021-01-01', until: '2021-03-31' });
  const beta = build(planted(), { ...none, outlets: ['beta post'] });
  t.deepEqual(
    beta.outlets.map((o) => o.name),
    ['Beta Post'],
  );
});

test('a story with no analyzed article is named as failed', (t) => {
  const report = build([...planted(), handStory('empty', [])]);
  t.deepEqual(report.excluded, [{ story: 'empty', reason: 'failed', detail: 'no article of the story could be analyzed', href: 'empty/index.html' }]);
  t.false(report.stories.some((s) => s.id === 'empty'));
});

test('one outlet spelt two ways across stories is one outlet, under the spelling most of its articles use', (t) => {
  const merged = mergeSpellings([handStory('a', [{ outlet: 'drudgereport' }, { outlet: 'drudgereport' }]), handStory('b', [{ outlet: 'Drudge Report' }])]);
  t.deepEqual(
    merged.flatMap((s) => s.digest.articles.map((a) => a.outlet)),
    ['drudgereport', 'drudgereport', 'drudgereport'],
  );
  t.true(merged[1]!.digest.frameRows.every((r) => r.outlet === 'drudgereport'));
});

test('the same stories give the same report', (t) => {
  t.deepEqual(JSON.stringify(build(planted())), JSON.stringify(build(planted())));
});
