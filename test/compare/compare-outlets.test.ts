import test from 'ava';
import { compareOutlets, type ArticleWords } from '../../src/compare/compare-outlets.ts';
import { article, counts, frames } from './build.ts';

const repeat = (text: string, n: number): string => Array(n).fill(text).join(' ');
const shared = repeat('The election campaign continued as voters weighed the candidates and their policies.', 8);

const input: ArticleWords[] = [
  {
    article: article('b.txt', 'USA TODAY', { comparative: -0.02, shares: { security: 0.6, political: 0.4, conflict: 1 } }),
    words: counts(shared + repeat(' An authoritarian turn in battleground states.', 8)),
  },
  {
    article: article('a.txt', 'USA TODAY', { comparative: 0.01, shares: { security: 0.4, political: 0.6 } }),
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
  const { outlets } = compareOutlets(input, frames);
  t.deepEqual(outlets.map((o) => [o.name, o.known, o.articles]), [
    ['DW', true, ['c.txt']],
    ['unknown (d.txt)', false, ['d.txt']],
    ['USA TODAY', true, ['a.txt', 'b.txt']],
  ]);
  const usa = outlets[2]!;
  t.deepEqual(usa.sentiment, { n: 2, mean: -0.005, sd: 0.0212, min: -0.02, max: 0.01 });
  t.deepEqual(usa.profile, { security: 0.5, political: 0.5, capacity: 0, conflict: 0.5, human: 0 });
  t.deepEqual(usa.dominant, { policy: ['security', 'political'], generic: ['conflict'] });
});

test('distinctive words against the rest of the story', (t) => {
  const { outlets } = compareOutlets(input, frames);
  const words = (name: string): string[] => outlets.find((o) => o.name === name)!.distinctive.map((w) => w.word);
  // Equal z, so alphabetical.
  t.deepEqual(words('USA TODAY'), ['authoritarian', 'battleground', 'states', 'turn']);
  t.deepEqual(words('DW'), ['agencies', 'aid', 'funding']);
  t.deepEqual(words('unknown (d.txt)'), []);
  const authoritarian = outlets[2]!.distinctive.find((w) => w.word === 'authoritarian')!;
  t.deepEqual([authoritarian.count, authoritarian.restCount], [8, 0]);
});

test('pairs, extremes and summary', (t) => {
  const c = compareOutlets(input, frames);
  t.deepEqual(c.pairs.map((p) => [p.a, p.b]), [
    ['DW', 'unknown (d.txt)'],
    ['DW', 'USA TODAY'],
    ['unknown (d.txt)', 'USA TODAY'],
  ]);
  t.is(c.mostDifferent?.distance, 1);
  t.deepEqual([c.mostAlike?.a, c.mostAlike?.b], ['unknown (d.txt)', 'USA TODAY']);
  t.regex(c.summary, /^DW leans on Capacity and resources and Security and defense; an article of unknown outlet \(d\.txt\) /);
  t.regex(c.summary, /USA TODAY — “authoritarian”/);
});

test('deterministic: input order does not matter', (t) => {
  const once = JSON.stringify(compareOutlets(input, frames));
  t.is(JSON.stringify(compareOutlets([...input].reverse(), frames)), once);
  t.is(JSON.stringify(compareOutlets([input[2]!, input[0]!, input[3]!, input[1]!], frames)), once);
});

test('no articles', (t) => {
  t.deepEqual(compareOutlets([], frames), {
    outlets: [],
    pairs: [],
    mostAlike: null,
    mostDifferent: null,
    reuse: [],
    claims: { claims: [], core: [], outlets: [] },
    summary: 'There are no articles to compare.',
  });
});
