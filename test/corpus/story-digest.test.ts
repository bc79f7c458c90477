import test from 'ava';
import { storyDigest } from '../../src/corpus/story-digest.ts';
import { UNCERTAINTY } from '../helpers/settings.ts';
import { sampleArticles, sampleReport } from '../helpers/sample-report.ts';
import { round } from '../../src/round.ts';
import { outletInterval } from '../../src/compare/intervals.ts';
import { sentenceSentiment, sentimentOf } from '../../src/compare/measures.ts';
import type { ArticleReport, StoryReport } from '../../src/types.ts';

async function digest(drop: string[] = [], report: StoryReport = sampleReport(), articles: ArticleReport[] = sampleArticles()) {
  const byRecord = new Map(report.articles.map((e, i) => [e.record, articles[i]!]));
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

test("an article alone in its outlet has the outlet's intervals from the comparison; one of several is bootstrapped over its own sentences", async (t) => {
  const { report, d } = await digest();
  for (const o of report.comparison.outlets) {
    const i = d.articles.findIndex((a) => a.article === o.articles[0]);
    const row = d.articles[i]!;
    t.deepEqual([row.sentiment, row.sentiment_lo, row.sentiment_hi], [o.sentimentInterval.estimate, o.sentimentInterval.low, o.sentimentInterval.high], o.name);
    const lone = d.pooling[i]!.lone!;
    t.deepEqual(lone['quotedShare'], { low: o.quotedShareInterval.low, high: o.quotedShareInterval.high });
    for (const [frame, iv] of Object.entries(o.presence)) t.deepEqual(lone[`frame:${frame}`], { low: iv.low, high: iv.high }, frame);
    for (const actor of o.actors.filter((a) => a.mentions > 0)) t.deepEqual(lone[`stance:${actor.name}`], { low: actor.stance.low, high: actor.stance.high }, actor.name);
  }
  // The first two articles as one outlet: neither is alone, so each gets its own resamples.
  const merged = sampleReport();
  const [first, second] = merged.comparison.outlets;
  first!.articles.push(...second!.articles);
  second!.articles = [];
  const { d: apart } = await digest([], merged);
  for (const a of sampleArticles().slice(0, 2)) {
    const own = outletInterval([sentimentOf(a)], () => sentenceSentiment(a), UNCERTAINTY, `${merged.story.id}\0${a.id}\0sentiment`);
    const row = apart.articles.find((r) => r.article === a.id)!;
    t.deepEqual([row.sentiment_lo, row.sentiment_hi], [own.low, own.high], a.id);
    t.is(apart.pooling[apart.articles.indexOf(row)]!.lone, undefined, 'no outlet intervals for an article of several');
  }
});

test('an article alone in its outlet: its shares of voiced words by kind are bootstrapped over its quotes', async (t) => {
  // The story reports voiced words as counts, so the digest resamples the article's quotes itself.
  const articles = sampleArticles();
  const [quote] = articles[1]!.voices.quotes;
  const quotes = [
    { ...quote!, category: 'official' as const, words: 12 },
    { ...quote!, category: 'other' as const, words: 8 },
    { ...quote!, category: 'official' as const, words: 4 },
  ];
  articles[1] = { ...articles[1]!, voices: { ...articles[1]!.voices, quotes } };
  const { d } = await digest([], sampleReport(), articles);
  const ranges = d.pooling[1]!.lone!;
  t.deepEqual(ranges['voices:media'], { low: 0, high: 0 }, 'a kind no quote has');
  const official = ranges['voices:official']!;
  t.true(official.low < 16 / 24 && 16 / 24 < official.high, `its share, 16 of 24 words, lies inside a range that moves: ${JSON.stringify(official)}`);
  t.true(official.low >= 0 && official.high <= 1);
  // A single voiced quote leaves nothing to resample.
  const { d: one } = await digest();
  t.false(Object.keys(one.pooling[1]!.lone!).some((k) => k.startsWith('voices:')));
});
