import test from 'ava';
import { summarize } from '../../src/compare/summary.ts';
import { frames } from './build.ts';
import type { DistinctiveWord, OutletComparison, PairDistance } from '../../src/types.ts';

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
  return summarize({ outlets, ...pairsOf(outlets, distances) }, frames);
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
  t.regex(summarize({ outlets: [dw], pairs: [], mostAlike: null, mostDifferent: null }, renamed), /CAPACITY AND RESOURCES/);
});
