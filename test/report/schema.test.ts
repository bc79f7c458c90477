import test from 'ava';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../schema/report.schema.json' with { type: 'json' };
import articleSchema from '../../schema/article.schema.json' with { type: 'json' };
import type { ArticleRecord, StoryReport } from '../../src/types.ts';
import { sampleArticles, sampleRecord, sampleReport } from '../helpers/sample-report.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);
const validateArticle = ajv.compile(articleSchema);

/** The report as written to disk and read back, which is what the schema describes. */
function asJson(report: unknown): unknown {
  return JSON.parse(JSON.stringify(report));
}

function errorsOf(report: unknown, check = validate): string[] {
  return check(asJson(report)) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const records = (): ArticleRecord[] => sampleArticles().map(sampleRecord);

test('the sample report and its article records validate', (t) => {
  t.deepEqual(errorsOf(sampleReport()), []);
  for (const record of records()) t.deepEqual(errorsOf(record, validateArticle), []);
});

test('optional and nullable fields may be present or absent', (t) => {
  const report = sampleReport();
  report.story.generatedAt = '2024-03-14T09:00:00Z';
  report.articles[0]!.title = null;
  report.comparison.mostAlike = null;
  report.comparison.mostDifferent = null;
  t.deepEqual(errorsOf(report), []);
  const [record] = records();
  record!.article.title = null;
  record!.article.comments.push({ text: 'no author, no line' });
  t.deepEqual(errorsOf(record, validateArticle), []);
});

/** A difference between the sample's first two outlets, as the compare stage writes one. */
function withDifference(report: StoryReport): StoryReport {
  const [a, b] = report.comparison.outlets;
  report.comparison.differences = [
    { measure: 'frame:economic', label: 'Economic', higher: a!.name, lower: b!.name, effect: 0.6, low: 0.2, high: 0.9, p: 0.0004, pAdjusted: 0.012, n: { higher: 6, lower: 5 } },
  ];
  report.comparison.test = { ...report.comparison.test, comparisons: 30, untested: 0 };
  report.comparison.findings = ['Metro Daily carries the Economic frame in more of its articles than …'];
  return report;
}

test('presence, stances, intervals, differences, the test and findings are all described', (t) => {
  const report = withDifference(sampleReport());
  const [record] = records();
  const whole = record!.article.scores.whole;
  t.true(whole.presence.length > 0 && whole.presence.some((p) => p.present && p.evidence.length > 0));
  t.truthy(record!.article.actors[0]?.stance);
  t.truthy(report.comparison.outlets[0]!.actors[0]?.stance);
  t.deepEqual(errorsOf(report), []);
  t.deepEqual(errorsOf(record, validateArticle), []);
});

type Article = ArticleRecord['article'];

const brokenArticles: Array<[string, (a: Article) => void, string]> = [
  ['a strength above 1', (a) => (a.scores.whole.presence[0]!.strength = 1.2), '/article/scores/whole/presence/0/strength'],
  ['a presence without its evidence', (a) => delete (a.scores.body.presence[0] as Partial<Article['scores']['body']['presence'][number]>).evidence, '/article/scores/body/presence/0'],
  ['a top frame that is not a string or null', (a) => (a.scores.headline.top.policy = 3 as never), '/article/scores/headline/top/policy'],
  ['an unknown stance label', (a) => (a.actors[0]!.stance.label = 'hostile' as never), '/article/actors/0/stance/label'],
  ['a missing article field', (a) => delete (a as Partial<Article>).text, '/article'],
  ['an unknown part in a span', (a) => (a.scores.body.sentiment.hits[0]!.span.part = 'lede' as never), '/article/scores/body/sentiment/hits/0/span/part'],
  ['an unknown input kind', (a) => (a.kind = 'pdf' as never), '/article/kind'],
  ['an unknown outlet source', (a) => (a.outlet.source = 'guess' as never), '/article/outlet/source'],
  ['an extra property on an article', (a) => Object.assign(a, { html: '<p>' }), '/article'],
  ['an extra property on a frame hit', (a) => Object.assign(a.scores.body.frames[0]!.evidence[0]!, { weight: 1 }), '/article/scores/body/frames/0/evidence/0'],
  ['a negative offset', (a) => (a.sentences.body[0]!.start = -1), '/article/sentences/body/0/start'],
];

for (const [name, breakIt, path] of brokenArticles) {
  test(`rejects an article record with ${name}`, (t) => {
    const [record] = records();
    breakIt(record!.article);
    const errors = errorsOf(record, validateArticle);
    t.true(
      errors.some((e) => e.startsWith(`${path} `)),
      errors.join('\n'),
    );
  });
}

const broken: Array<[string, (r: StoryReport) => void, string]> = [
  ['an index entry without its record', (r) => delete (r.articles[0] as Partial<StoryReport['articles'][number]>).record, '/articles/0'],
  ['an index entry whose page is not under articles/', (r) => (r.articles[1]!.page = '../index.html'), '/articles/1/page'],
  [
    'an outlet stance without its interval',
    (r) => delete (r.comparison.outlets[0]!.actors[0]!.stance as Partial<StoryReport['comparison']['outlets'][number]['actors'][number]['stance']>).low,
    '/comparison/outlets/0/actors/0/stance',
  ],
  ['an interval over something else', (r) => (r.comparison.outlets[0]!.sentimentInterval.over = 'words' as never), '/comparison/outlets/0/sentimentInterval/over'],
  ['a presence share above 1', (r) => (r.comparison.outlets[0]!.presence['economic']!.high = 1.1), '/comparison/outlets/0/presence/economic/high'],
  ['an outlet without its quoted-share interval', (r) => delete (r.comparison.outlets[1] as Partial<StoryReport['comparison']['outlets'][number]>).quotedShareInterval, '/comparison/outlets/1'],
  ['a difference with a p above 1', (r) => (withDifference(r).comparison.differences[0]!.pAdjusted = 1.5), '/comparison/differences/0/pAdjusted'],
  ['a difference on an unknown measure', (r) => (withDifference(r).comparison.differences[0]!.measure = 'mood'), '/comparison/differences/0/measure'],
  ['a negative effect (higher is the side that scores higher)', (r) => (withDifference(r).comparison.differences[0]!.effect = -0.6), '/comparison/differences/0/effect'],
  ['a difference with no articles on a side', (r) => (withDifference(r).comparison.differences[0]!.n.lower = 0), '/comparison/differences/0/n/lower'],
  ['a test without its seed', (r) => delete (r.comparison.test as Partial<StoryReport['comparison']['test']>).seed, '/comparison/test'],
  ['missing findings', (r) => delete (r.comparison as Partial<StoryReport['comparison']>).findings, '/comparison'],
  ['a missing top-level field', (r) => delete (r as Partial<StoryReport>).diagnostics, ''],
  ['an unknown outlet source', (r) => (r.articles[0]!.outlet.source = 'guess' as never), '/articles/0/outlet/source'],
  ['an unknown diagnostic level', (r) => (r.diagnostics[0]!.level = 'info' as never), '/diagnostics/0/level'],
  ['an unknown stage', (r) => (r.diagnostics[0]!.stage = 'render' as never), '/diagnostics/0/stage'],
  ['an unknown frame family', (r) => (r.frames[0]!.family = 'episodic' as never), '/frames/0/family'],
  ['another schema version', (r) => (r.schemaVersion = 1 as never), '/schemaVersion'],
  ['an extra property on an article', (r) => Object.assign(r.articles[2]!, { html: '<p>' }), '/articles/2'],
  ['a share above 1', (r) => (r.comparison.outlets[0]!.profile['economic'] = 1.5), '/comparison/outlets/0/profile/economic'],
  ['a NaN written as null', (r) => (r.comparison.outlets[0]!.sentiment.mean = NaN), '/comparison/outlets/0/sentiment/mean'],
];

for (const [name, breakIt, path] of broken) {
  test(`rejects ${name}`, (t) => {
    const report = sampleReport();
    breakIt(report);
    const errors = errorsOf(report);
    t.true(errors.length > 0);
    t.true(
      errors.some((e) => e.startsWith(`${path} `)),
      errors.join('\n'),
    );
  });
}
