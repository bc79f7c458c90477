import test from 'ava';
import { summarize } from '../../src/compare/summary.ts';
import { frames } from './build.ts';
import type { DistinctiveWord, OutletComparison, PairDistance } from '../../src/types.ts';
import { emptyClaims, emptyOutletParts } from '../helpers/empty-parts.ts';

function outlet(
  name: string,
  mean: number,
  policy: string[],
  words: string[] = [],
  articles = [`${name}.txt`],
): OutletComparison {
  const distinctive: DistinctiveWord[] = words.map((word) => ({ word, count: 5, restCount: 0, logOdds: 2, z: 2.5 }));
  return {
    name,
    known: !name.startsWith('unknown ('),
    articles,
    sentiment: { n: articles.length, mean, sd: 0, min: mean, max: mean },
    profile: {},
    dominant: { policy, generic: [] },
    distinctive,
    ...emptyOutletParts(),
  };
}

function pairsOf(outlets: OutletComparison[], distances: number[]): {
  pairs: PairDistance[];
  mostAlike: PairDistance | null;
  mostDifferent: PairDistance | null;
} {
  const pairs: PairDistance[] = [];
  outlets.forEach((a, i) => outlets.slice(i + 1).forEach((b) => pairs.push({ a: a.name, b: b.name, distance: distances[pairs.length]! })));
  const sorted = [...pairs].sort((x, y) => x.distance - y.distance);
  return { pairs, mostAlike: sorted[0] ?? null, mostDifferent: sorted.at(-1) ?? null };
}

function summary(outlets: OutletComparison[], distances: number[] = []): string {
  return summarize({ outlets, ...pairsOf(outlets, distances), reuse: [], claims: emptyClaims() }, frames);
}

const dw = outlet('DW', 0.03, ['capacity'], ['funding', 'aid']);
const usa = outlet('USA TODAY', -0.01, ['security', 'political'], ['authoritarian', 'battleground', 'swing', 'ballots']);
const wj = outlet('The Western Journal', -0.05, [], []);

test('no outlets', (t) => {
  t.is(summary([]), 'There are no articles to compare.');
});

test('one outlet', (t) => {
  t.is(
    summary([outlet('DW', 0.031, ['capacity'], [], ['a.txt', 'b.txt'])]),
    'Only DW covers the story here (2 articles), so there is nothing to compare it with. It leans on Capacity and resources; its mean sentiment is +0.03.',
  );
});

test('one unknown outlet', (t) => {
  t.is(
    summary([outlet('unknown (003_x.txt)', -0.2, [])]),
    'Only an article of unknown outlet (003_x.txt) covers the story here (1 article), so there is nothing to compare it with. It has no dominant frame; its mean sentiment is −0.20.',
  );
});

test('two outlets', (t) => {
  t.is(
    summary([dw, usa], [0.2149]),
    'DW leans on Capacity and resources; USA TODAY on Security and defense and Political. ' +
      'USA TODAY is the most negative (mean −0.01), DW the most positive (+0.03). ' +
      'DW and USA TODAY frame the story at a JS distance of 0.21 (0 = the same mix of policy frames, 1 = none in common). ' +
      'Words that set outlets apart: DW — “funding”, “aid”; USA TODAY — “authoritarian”, “battleground”, “swing”.',
  );
});

test('three outlets, one without a dominant frame or words', (t) => {
  t.is(
    summary([dw, wj, usa], [0.58, 0.21, 0.4]),
    'DW leans on Capacity and resources; The Western Journal has no dominant frame; USA TODAY leans on Security and defense and Political. ' +
      'The Western Journal is the most negative (mean −0.05), DW the most positive (+0.03). ' +
      'DW and USA TODAY frame the story most alike (JS distance 0.21); DW and The Western Journal most differently (0.58). ' +
      'Words that set outlets apart: DW — “funding”, “aid”; USA TODAY — “authoritarian”, “battleground”, “swing”.',
  );
});

test('an unknown outlet is named by its file', (t) => {
  const unknown = outlet('unknown (003_x.txt)', -0.1, [], ['rigged']);
  t.is(
    summary([unknown, dw], [0.9]),
    'An article of unknown outlet (003_x.txt) has no dominant frame; DW leans on Capacity and resources. ' +
      'An article of unknown outlet (003_x.txt) is the most negative (mean −0.10), DW the most positive (+0.03). ' +
      'An article of unknown outlet (003_x.txt) and DW frame the story at a JS distance of 0.90 (0 = the same mix of policy frames, 1 = none in common). ' +
      'Words that set outlets apart: an article of unknown outlet (003_x.txt) — “rigged”; DW — “funding”, “aid”.',
  );
});

test('sentiment ties and all-positive outlets', (t) => {
  const a = outlet('A', 0.02, []);
  const b = outlet('B', 0.02, []);
  const c = outlet('C', 0.05, []);
  t.regex(summary([a, b], [0]), /Both outlets have the same mean sentiment \(\+0\.02\)\./);
  t.regex(summary([a, b, c], [0, 0, 0]), / A and B are the least positive \(mean \+0\.02\), C the most positive \(\+0\.05\)\. /);
  t.regex(summary([a, b, c], [0, 0, 0]), /Every pair of outlets frames the story at the same JS distance \(0\.00\)\./);
  t.regex(summary([a, b, c], [0, 0, 0]), /No word sets any outlet clearly apart\.$/);
});

test('more decimals when two decimals would print the same figure', (t) => {
  t.regex(summary([outlet('A', -0.012, []), outlet('B', -0.0149, [])], [0.5]), /B is the most negative \(mean −0\.015\), A the least negative \(−0\.012\)/);
});

test('labels come from the frame list', (t) => {
  const renamed = frames.map((f) => ({ ...f, label: f.label.toUpperCase() }));
  t.regex(summarize({ outlets: [dw], pairs: [], mostAlike: null, mostDifferent: null, reuse: [], claims: emptyClaims() }, renamed), /CAPACITY AND RESOURCES/);
});

/** An outlet with one quoted speaker, one actor scored twice and a share of quotation. */
function voiced(o: OutletComparison, speaker: string, words: number, share: number, actorMean: number): OutletComparison {
  return {
    ...o,
    voices: {
      speakers: [{ name: speaker, category: 'expert', role: null, quotes: 1, words, verbs: { said: 1 }, articles: o.articles }],
      categories: { expert: words },
      verbs: { said: 1 },
      quotedShare: share,
    },
    actors: [{ name: 'Russia', kind: 'country', aliases: ['Russia'], listed: false, mentions: 3, articles: 1, sentenceShare: 0.3, sentiment: { mean: actorMean, n: 2, evidence: [] }, descriptors: [] }],
  };
}

test('names who each outlet quotes, the actor judged most differently, the core claims and who leaves them out', (t) => {
  const a = voiced(dw, 'Dmitry Rogozin', 23, 0.12, 0.4);
  const b = voiced(usa, 'Harry Kazianis', 48, 0.44, -1.2);
  const claim = (id: string, outlets: string[]) => ({ id, text: id, outlets, members: [], shared: [] });
  const claims = {
    claims: [claim('c1', ['DW', 'USA TODAY']), claim('c2', ['USA TODAY'])],
    core: ['c1'],
    outlets: [
      { name: 'DW', omits: [], only: [] },
      { name: 'USA TODAY', omits: [], only: ['c2'] },
    ],
  };
  const text = summarize({ outlets: [a, b], ...pairsOf([a, b], [0.2]), reuse: [], claims }, frames);
  t.regex(text, /Outlets judge Russia most differently: mean sentiment toward it is −1\.20 in USA TODAY and \+0\.40 in DW\./);
  t.regex(text, /Quoted most: DW — Dmitry Rogozin; USA TODAY — Harry Kazianis\. Quotation makes up 44% of USA TODAY's text and 12% of DW's\./);
  t.regex(text, /1 claim is made by at least half of the outlets, the story's core\. Every outlet makes all of them\. USA TODAY makes the most claims no other outlet makes \(1\)\./);
  const omitting = { ...claims, outlets: [{ name: 'DW', omits: ['c1'], only: [] }, claims.outlets[1]!] };
  t.regex(summarize({ outlets: [a, b], ...pairsOf([a, b], [0.2]), reuse: [], claims: omitting }, frames), /DW leaves out 1\./);
});

test('a repost is said to be counted as the outlet it copies', (t) => {
  const reposted = { ...dw, reposts: ['forum.html'] };
  t.regex(summary([reposted, usa], [0.2]), /forum\.html reprints DW and is counted as it\./);
});
