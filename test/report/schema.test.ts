import test from 'ava';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../schema/report.schema.json' with { type: 'json' };
import type { StoryReport } from '../../src/types.ts';
import { sampleReport } from '../helpers/sample-report.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** The report as written to disk and read back, which is what the schema describes. */
function asJson(report: unknown): unknown {
  return JSON.parse(JSON.stringify(report));
}

function errorsOf(report: unknown): string[] {
  return validate(asJson(report)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

test('the sample report validates', (t) => {
  t.deepEqual(errorsOf(sampleReport()), []);
});

test('optional and nullable fields may be present or absent', (t) => {
  const report = sampleReport();
  report.story.generatedAt = '2024-03-14T09:00:00Z';
  const article = report.articles[0]!;
  article.title = null;
  article.comments.push({ text: 'no author, no line' });
  report.comparison.mostAlike = null;
  report.comparison.mostDifferent = null;
  t.deepEqual(errorsOf(report), []);
});

const broken: Array<[string, (r: StoryReport) => void, string]> = [
  ['a missing article field', (r) => delete (r.articles[0] as Partial<StoryReport['articles'][number]>).text, '/articles/0'],
  ['a missing top-level field', (r) => delete (r as Partial<StoryReport>).diagnostics, ''],
  ['an unknown part in a span', (r) => (r.articles[0]!.scores.body.sentiment.hits[0]!.span.part = 'lede' as never), '/articles/0/scores/body/sentiment/hits/0/span/part'],
  ['an unknown input kind', (r) => (r.articles[1]!.kind = 'pdf' as never), '/articles/1/kind'],
  ['an unknown outlet source', (r) => (r.articles[0]!.outlet.source = 'guess' as never), '/articles/0/outlet/source'],
  ['an unknown diagnostic level', (r) => (r.diagnostics[0]!.level = 'info' as never), '/diagnostics/0/level'],
  ['an unknown stage', (r) => (r.diagnostics[0]!.stage = 'render' as never), '/diagnostics/0/stage'],
  ['an unknown frame family', (r) => (r.frames[0]!.family = 'episodic' as never), '/frames/0/family'],
  ['another schema version', (r) => (r.schemaVersion = 2 as never), '/schemaVersion'],
  ['an extra property on an article', (r) => Object.assign(r.articles[2]!, { html: '<p>' }), '/articles/2'],
  ['an extra property on a frame hit', (r) => Object.assign(r.articles[0]!.scores.body.frames[0]!.evidence[0]!, { weight: 1 }), '/articles/0/scores/body/frames/0/evidence/0'],
  ['a share above 1', (r) => (r.comparison.outlets[0]!.profile['economic'] = 1.5), '/comparison/outlets/0/profile/economic'],
  ['a NaN written as null', (r) => (r.comparison.outlets[0]!.sentiment.mean = NaN), '/comparison/outlets/0/sentiment/mean'],
  ['a negative offset', (r) => (r.articles[0]!.sentences.body[0]!.start = -1), '/articles/0/sentences/body/0/start'],
];

for (const [name, breakIt, path] of broken) {
  test(`rejects ${name}`, (t) => {
    const report = sampleReport();
    breakIt(report);
    const errors = errorsOf(report);
    t.true(errors.length > 0);
    t.true(errors.some((e) => e.startsWith(`${path} `)), errors.join('\n'));
  });
}
