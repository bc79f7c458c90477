import test from 'ava';
import { compareOutlets, type ArticleWords } from '../../src/compare/compare-outlets.ts';
import { testDifferences } from '../../src/compare/differences.ts';
import { SETTINGS, UNCERTAINTY } from '../helpers/settings.ts';
import { article, counts, frames } from './build.ts';

const repeat = (text: string, n: number): string => Array(n).fill(text).join(' ');
const shared = repeat('The election campaign continued as voters weighed the candidates and their policies.', 8);

const input: ArticleWords[] = [
  {
    article: article('b.txt', 'USA TODAY', { comparative: -0.02, shares: { security: 0.6, political: 0.4, conflict: 1 }, present: ['security', 'conflict'] }),
    words: counts(shared + repeat(' An authoritarian turn in battleground states.', 8)),
  },
  {
    article: article('a.txt', 'USA TODAY', { comparative: 0.01, shares: { security: 0.4, political: 0.6 }, present: ['political', 'security'] }),
    words: counts(shared),
  },
  {
    article: article('c.txt', 'DW', { comparative: 0.03, shares: { capacity: 0.7, security: 0.3 } }),
    words: counts(shared + repeat(' Funding for aid agencies.', 8)),
  },
  {
    article: article('d.txt', 'unknown (d.txt)', { comparative: -0.05, shares: { political: 1 } }),
    words: counts(shared),
  },
];

test('outlets by name, each described', (t) => {
  const { outlets } = compareOutlets(input, frames, SETTINGS);
  t.deepEqual(
    outlets.map((o) => [o.name, o.known, o.articles]),
    [
      ['DW', true, ['c.txt']],
      ['unknown (d.txt)', false, ['d.txt']],
      ['USA TODAY', true, ['a.txt', 'b.txt']],
    ],
  );
  const usa = outlets[2]!;
  t.deepEqual(usa.sentiment, { n: 2, mean: -0.005, sd: 0.0212, min: -0.02, max: 0.01 });
  t.deepEqual(usa.profile, { security: 0.5, political: 0.5, capacity: 0, conflict: 0.5, human: 0 });
  // Dominance follows presence: present in at least half of the outlet's articles.
  t.deepEqual(usa.dominant, { policy: ['security', 'political'], generic: ['conflict'] });
});

test('distinctive words against the rest of the story', (t) => {
  const { outlets } = compareOutlets(input, frames, SETTINGS);
  const words = (name: string): string[] => outlets.find((o) => o.name === name)!.distinctive.map((w) => w.word);
  // Equal z, so alphabetical.
  t.deepEqual(words('USA TODAY'), ['authoritarian', 'battleground', 'states', 'turn']);
  t.deepEqual(words('DW'), ['agencies', 'aid', 'funding']);
  t.deepEqual(words('unknown (d.txt)'), []);
  const authoritarian = outlets[2]!.distinctive.find((w) => w.word === 'authoritarian')!;
  t.deepEqual([authoritarian.count, authoritarian.restCount], [8, 0]);
});

test('pairs, extremes and summary', (t) => {
  const c = compareOutlets(input, frames, SETTINGS);
  t.deepEqual(
    c.pairs.map((p) => [p.a, p.b]),
    [
      ['DW', 'unknown (d.txt)'],
      ['DW', 'USA TODAY'],
      ['unknown (d.txt)', 'USA TODAY'],
    ],
  );
  t.is(c.mostDifferent?.distance, 1);
  t.deepEqual([c.mostAlike?.a, c.mostAlike?.b], ['unknown (d.txt)', 'USA TODAY']);
  // Two articles against one: too few to test, so nothing is claimed and the summary says so.
  t.deepEqual(c.differences, []);
  t.is(c.test.comparisons, 0);
  t.true(c.test.untested > 0);
  t.true(c.findings.length > 0);
  t.true(c.summary.length > 0);
});

test('every outlet figure carries its interval; a lone article is resampled over its sentences', (t) => {
  const { outlets } = compareOutlets(input, frames, SETTINGS);
  const usa = outlets[2]!;
  t.deepEqual(usa.sentimentInterval, { n: 2, estimate: -0.005, low: -0.02, high: 0.01, over: 'articles' });
  t.deepEqual(
    Object.keys(usa.presence),
    frames.map((f) => f.id),
  );
  // The fixture's lone DW article has no sentences: its figure is all there is.
  t.deepEqual(outlets[0]!.sentimentInterval, { n: 0, estimate: 0.03, low: 0.03, high: 0.03, over: 'sentences' });
});

test('a clear difference between outlets is found, tested and sized', (t) => {
  const many = (outlet: string, n: number, comparative: number, present: string[]): ArticleWords[] =>
    Array.from({ length: n }, (_, i) => ({
      article: article(`${outlet}-${i}.txt`, outlet, { comparative: comparative + (i % 3) * 0.001, present }),
      words: counts('words'),
    }));
  const c = compareOutlets([...many('Fox News', 8, -0.03, ['conflict']), ...many('HuffPost', 8, 0.02, [])], frames, SETTINGS);
  // Sentiment and conflict: the other frames and the quoted share are 0 in every article, nothing to compare.
  t.is(c.test.comparisons, 2);
  t.deepEqual(
    c.differences.map((d) => [d.measure, d.higher, d.lower, d.effect]),
    [
      ['frame:conflict', 'Fox News', 'HuffPost', 1],
      ['sentiment', 'HuffPost', 'Fox News', 0.05],
    ],
  );
  t.deepEqual(c.outlets[0]!.presence.conflict, { n: 8, estimate: 1, low: 1, high: 1, over: 'articles' });
});

test('deterministic: input order does not matter', (t) => {
  const once = JSON.stringify(compareOutlets(input, frames, SETTINGS));
  t.is(JSON.stringify(compareOutlets([...input].reverse(), frames, SETTINGS)), once);
  t.is(JSON.stringify(compareOutlets([input[2]!, input[0]!, input[3]!, input[1]!], frames, SETTINGS)), once);
});

test('no articles', (t) => {
  t.deepEqual(compareOutlets([], frames, SETTINGS), {
    outlets: [],
    pairs: [],
    mostAlike: null,
    mostDifferent: null,
    reuse: [],
    claims: { claims: [], core: [], outlets: [] },
    differences: [],
    test: { ...testDifferences([], UNCERTAINTY).test, comparisons: 0, untested: 0 },
    findings: ['There are no articles to compare.'],
    summary: 'There are no articles to compare.',
  });
});
