import test from 'ava';
import { storyDigest } from '../../src/corpus/story-digest.ts';
import { UNCERTAINTY } from '../helpers/settings.ts';
import { sampleArticles, sampleReport } from '../helpers/sample-report.ts';
import { round } from '../../src/round.ts';

async function digest(drop: string[] = []) {
  const report = sampleReport();
  const byRecord = new Map(report.articles.map((e, i) => [e.record, sampleArticles()[i]!]));
  const d = await storyDigest(report, 'src', async (record) => (drop.includes(record) ? null : byRecord.get(record)!), UNCERTAINTY);
  return { report, d };
}

test('one row per article, per article and frame, per named actor and per speaker', async (t) => {
  const { report, d } = await digest();
  const articles = sampleArticles();
  t.deepEqual(d.story, { id: report.story.id, title: report.story.title });
  t.deepEqual(
    d.articles.map((a) => a.article),
    articles.map((a) => a.id),
  );
  t.is(d.frameRows.length, articles.length * report.frames.length);
  t.is(
    d.actorRows.length,
    articles.reduce((n, a) => n + a.actors.filter((x) => x.mentions > 0).length, 0),
  );
  const speakers = new Set(articles[0]!.voices.quotes.map((q) => q.speaker ?? `\0${q.category}`));
  t.is(d.voiceRows.filter((v) => v.article === articles[0]!.id).length, speakers.size);
  const first = d.articles[0]!;
  t.is(first.sentiment, round(articles[0]!.scores.whole.sentiment.comparative));
  t.true(first.sentiment_lo <= first.sentiment && first.sentiment <= first.sentiment_hi);
  t.true(first.words > 0);
  t.is(d.pooling[0]!.quotedShare, articles[0]!.voices.quotedShare);
});

test('claims give one row per member sentence, with its text', async (t) => {
  const { report, d } = await digest();
  const members = report.comparison.claims.claims.reduce((n, c) => n + c.members.length, 0);
  t.is(d.claimRows.length, members);
  const [m] = report.comparison.claims.claims[0]!.members;
  const row = d.claimRows[0]!;
  t.is(row.sentence, `${m!.part}:${m!.sentence}`);
  t.is(row.text, sampleArticles().find((a) => a.id === m!.article)!.sentences[m!.part][m!.sentence]!.text);
});

test('an article whose record cannot be read is left out', async (t) => {
  const { report, d } = await digest([sampleReport().articles[1]!.record]);
  t.is(d.articles.length, report.articles.length - 1);
  t.false(d.articles.some((a) => a.article === report.articles[1]!.id));
});
