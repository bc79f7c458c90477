import test from 'ava';
import { findingsOf, summarize } from '../../src/compare/summary.ts';
import { MAX_FINDINGS, parseMeasure, shownDifferences } from '../../src/measure.ts';
import { frames } from './build.ts';
import type { Comparison, Difference, DifferenceTest, FrameInfo, Interval, OutletComparison } from '../../src/types.ts';
import { emptyClaims, emptyOutlet } from '../helpers/empty-parts.ts';

const TEST: DifferenceTest = { method: 'permutation test, Holm over outlets × measures', comparisons: 84, untested: 0, alpha: 0.05, seed: 13, resamples: 2000 };

const interval = (estimate: number, n: number, over: Interval['over'] = 'articles'): Interval => ({ n, estimate, low: estimate - 0.1, high: estimate + 0.1, over });

function outlet(name: string, articles: number, extra: Partial<OutletComparison> = {}): OutletComparison {
  const files = Array.from({ length: articles }, (_, i) => `${name}-${i + 1}.txt`);
  return emptyOutlet(name, { known: !name.startsWith('unknown ('), articles: files, ...extra });
}

function difference(measure: string, higher: string, lower: string, effect: number, extra: Partial<Difference> = {}): Difference {
  return { measure, label: measure, higher, lower, effect, low: effect / 2, high: effect * 1.5, p: 0.0005, pAdjusted: 0.01, n: { higher: 6, lower: 5 }, ...extra };
}

type Input = Pick<Comparison, 'outlets' | 'claims' | 'differences' | 'test'>;

function input(outlets: OutletComparison[], differences: Difference[] = [], extra: Partial<Input> = {}): Input {
  return { outlets, claims: emptyClaims(), differences, test: TEST, ...extra };
}

const dw = outlet('DW', 5, {
  sentimentInterval: interval(0.031, 5),
  quotedShareInterval: interval(0.06, 5),
  presence: { conflict: interval(0.2, 5) },
  dominant: { policy: ['capacity'], generic: [] },
});
const wj = outlet('The Western Journal', 6, {
  sentimentInterval: interval(-0.118, 6),
  quotedShareInterval: interval(0.43, 6),
  presence: { conflict: interval(0.83, 6) },
  actors: [],
});

test('no outlets', (t) => {
  t.is(summarize(input([]), frames), 'There are no articles to compare.');
  t.deepEqual(findingsOf(input([]), frames), ['There are no articles to compare.']);
});

test('one outlet: nothing to compare', (t) => {
  const presence = { capacity: interval(1, 2), security: interval(0.5, 2), political: interval(1, 2), conflict: interval(1, 2) };
  const only = outlet('DW', 2, { sentiment: { n: 2, mean: 0.031, sd: 0, min: 0, max: 0 }, presence, dominant: { policy: ['political', 'capacity'], generic: ['conflict'] } });
  t.is(
    summarize(input([only]), frames),
    'Only DW covers the story here (2 articles), so there is nothing to compare it with. The policy frames present in most of its articles: Political and Capacity and resources; its mean sentiment is +0.03.',
  );
  t.regex(summarize(input([outlet('DW', 1)]), frames), /\. No policy frame is present in most of its articles; /);
  t.deepEqual(findingsOf(input([only]), frames), ['Only DW covers the story here, so there is no difference between outlets to test.']);
  const unknown = outlet('unknown (003_x.txt)', 1);
  t.deepEqual(findingsOf(input([unknown]), frames), ['Only an article of unknown outlet (003_x.txt) covers the story here, so there is no difference between outlets to test.']);
});

test('no difference passes: one finding that says so, and why', (t) => {
  const singles = [outlet('DW', 1), outlet('USA TODAY', 1), outlet('unknown (003_x.txt)', 1)];
  t.deepEqual(findingsOf(input(singles, [], { test: { ...TEST, comparisons: 0, untested: 66 } }), frames), [
    "The articles show no clear difference between outlets. 66 comparisons could not be tested: a side has too few articles to reach p < 0.05. Every outlet has a single article: one article cannot tell an outlet's way of reporting from chance.",
  ]);
  t.deepEqual(findingsOf(input([outlet('A', 1), outlet('B', 1), outlet('C', 4)], [], { test: { ...TEST, untested: 20 } }), frames), [
    "The articles show no clear difference between outlets. None of the 84 comparisons of sentiment, frame presence, actor stance and quotation between outlets passes the test (p < 0.05 after Holm). 20 more could not be tested: a side has too few articles to reach p < 0.05. 2 of the 3 outlets have a single article: one article cannot tell an outlet's way of reporting from chance.",
  ]);
  t.regex(findingsOf(input([outlet('A', 3), outlet('B', 4)]), frames)[0]!, /\(p < 0\.05 after Holm\)\. With 7 articles over 2 outlets the intervals are wide and overlap\.$/);
});

test('one difference: told from the negative side, with its figures', (t) => {
  const d = difference('sentiment', 'DW', 'The Western Journal', 0.149, { low: 0.05, high: 0.25, n: { higher: 5, lower: 6 } });
  t.deepEqual(findingsOf(input([dw, wj], [d]), frames), [
    'The Western Journal is more negative than DW: −0.118 vs +0.031 comparative sentiment (difference −0.149, 95% CI −0.250 to −0.050; p = 0.01 after Holm over 84 comparisons; 6 vs 5 articles).',
  ]);
});

test('a difference between two positive outlets is told from the higher side', (t) => {
  const a = outlet('A', 4, { sentimentInterval: interval(0.09, 4) });
  const b = outlet('B', 4, { sentimentInterval: interval(0.01, 4) });
  const d = difference('sentiment', 'A', 'B', 0.08, { low: 0.02, high: 0.14, pAdjusted: 0.0004, n: { higher: 4, lower: 4 } });
  t.deepEqual(findingsOf(input([a, b], [d]), frames), [
    'A is more positive than B: +0.090 vs +0.010 comparative sentiment (difference +0.080, 95% CI +0.020 to +0.140; p < 0.001 after Holm over 84 comparisons; 4 articles each).',
  ]);
});

test('several differences: frame presence, actor stance, quotation, in the order given', (t) => {
  const stance = (estimate: number, n: number) => ({ ...interval(estimate, n), label: estimate < 0 ? ('negative' as const) : ('positive' as const) });
  const actor = (estimate: number, n: number) => ({
    name: 'China',
    kind: 'country' as const,
    aliases: ['China'],
    listed: false,
    mentions: 9,
    articles: n,
    sentenceShare: 0.2,
    sentiment: { mean: estimate, n: 4, evidence: [] },
    stance: stance(estimate, n),
    descriptors: [],
  });
  const a = { ...wj, actors: [actor(-1.31, 6)] };
  const b = { ...dw, actors: [actor(0.42, 5)] };
  const differences = [
    difference('frame:conflict', 'The Western Journal', 'DW', 0.63, { low: 0.2, high: 0.9, n: { higher: 6, lower: 5 }, pAdjusted: 0.0042 }),
    difference('stance:China', 'DW', 'The Western Journal', 1.73, { low: 0.9, high: 2.5, n: { higher: 5, lower: 6 }, pAdjusted: 0.03 }),
    difference('quotedShare', 'The Western Journal', 'DW', 0.37, { low: 0.21, high: 0.52, pAdjusted: 0.049 }),
    difference('wordCount', 'DW', 'The Western Journal', 120, { label: 'article length', low: 40, high: 200 }),
  ];
  t.deepEqual(findingsOf(input([a, b], differences), frames), [
    'The Western Journal carries the Conflict frame in more of its articles than DW: 83% vs 20% of articles (difference +63 points, 95% CI +20 to +90 points; p = 0.0042 after Holm over 84 comparisons; 6 vs 5 articles).',
    'The Western Journal portrays China more negatively than DW: −1.31 vs +0.42 mean stance (difference −1.73, 95% CI −2.50 to −0.90; p = 0.03 after Holm over 84 comparisons; 6 vs 5 articles).',
    'The Western Journal quotes more than DW: 43% vs 6% of the text in direct quotation (difference +37 points, 95% CI +21 to +52 points; p = 0.049 after Holm over 84 comparisons; 6 vs 5 articles).',
    'DW scores higher than The Western Journal on article length (difference +120.00, 95% CI +40.00 to +200.00; p = 0.01 after Holm over 84 comparisons; 6 vs 5 articles).',
  ]);
});

test('a frame label shared by two families is told apart; unknown outlets are named by their file', (t) => {
  const both: FrameInfo[] = [
    ...frames,
    { id: 'generic.economic', label: 'Economic', family: 'generic', description: '' },
    { id: 'policy.economic', label: 'Economic', family: 'policy', description: '' },
  ];
  const a = outlet('unknown (b.txt)', 1, { presence: { 'generic.economic': interval(1, 1, 'sentences') } });
  const b = outlet('USA TODAY', 1, { presence: { 'generic.economic': interval(0, 1, 'sentences') } });
  const d = difference('frame:generic.economic', 'unknown (b.txt)', 'USA TODAY', 1, { low: 0.5, high: 1, n: { higher: 1, lower: 1 } });
  t.deepEqual(findingsOf(input([a, b], [d], { test: { ...TEST, method: 'permutation, Benjamini–Hochberg' } }), both), [
    'An article of unknown outlet (b.txt) carries the Economic (generic) frame in more of its articles than USA TODAY: 100% vs 0% of articles (difference +100 points, 95% CI +50 to +100 points; p = 0.01 after Benjamini–Hochberg over 84 comparisons; 1 article each).',
  ]);
});

test('past MAX_FINDINGS differences, the last finding counts the rest', (t) => {
  const many = Array.from({ length: MAX_FINDINGS + 3 }, (_, i) => difference('sentiment', 'DW', 'The Western Journal', 0.1 + i / 100));
  const found = findingsOf(input([dw, wj], many), frames);
  t.is(found.length, MAX_FINDINGS);
  t.is(shownDifferences(many).length, MAX_FINDINGS - 1);
  t.is(found.at(-1), `4 more differences pass the test; report.json lists all ${MAX_FINDINGS + 3} under comparison.differences.`);
  t.is(shownDifferences(many.slice(0, MAX_FINDINGS)).length, MAX_FINDINGS);
});

test('measures are read from their names', (t) => {
  t.deepEqual(parseMeasure('sentiment'), { kind: 'sentiment' });
  t.deepEqual(parseMeasure('quotedShare'), { kind: 'quotedShare' });
  t.deepEqual(parseMeasure('frame:generic.conflict'), { kind: 'frame', frame: 'generic.conflict' });
  t.deepEqual(parseMeasure('stance:Xi Jinping'), { kind: 'stance', actor: 'Xi Jinping' });
  t.deepEqual(parseMeasure('words'), { kind: 'other' });
});

test('the summary gives context only: articles, outlets, core claims, reposts, how many differences pass', (t) => {
  const singles = [outlet('DW', 1), outlet('The Western Journal', 1, { reposts: ['forum.html'] }), outlet('unknown (003_x.txt)', 1)];
  const claim = (id: string, outlets: string[]) => ({ id, text: id, outlets, members: [], shared: [] });
  const claims = {
    claims: [claim('c1', ['DW', 'unknown (003_x.txt)']), claim('c2', ['DW'])],
    core: ['c1'],
    outlets: [
      { name: 'DW', omits: [], only: ['c2'] },
      { name: 'The Western Journal', omits: ['c1'], only: [] },
      { name: 'unknown (003_x.txt)', omits: [], only: [] },
    ],
  };
  t.is(
    summarize(input(singles, [], { claims }), frames),
    "3 articles from 3 outlets, one article each. 1 claim is made by at least half of the outlets, the story's core. The Western Journal leaves out 1. forum.html reprints The Western Journal and is counted as it. No difference between outlets passes the test.",
  );
  const two = [outlet('DW', 5), outlet('USA TODAY', 1)];
  const d = difference('sentiment', 'DW', 'USA TODAY', 0.1);
  t.is(
    summarize(input(two, [d]), frames),
    '6 articles from 2 outlets (1 of them with a single article). 1 difference between outlets passes the test (Holm over 84 comparisons); the findings give it with its figures.',
  );
  t.regex(summarize(input(two, [d, d]), frames), /2 differences between outlets pass the test \(Holm over 84 comparisons\); the findings give them/);
  // No superlative that was not tested.
  t.notRegex(summarize(input([dw, wj]), frames), /most|lean|sharpest/);
});

test('past five outlets or articles, the summary names those with the most and counts the rest', (t) => {
  // Outlet k leaves out k of the core claims and is reprinted by k articles.
  const many = Array.from({ length: 8 }, (_, k) => outlet(`Outlet ${k}`, 1, { reposts: Array.from({ length: k }, (_, i) => `copy-${k}-${i}.html`) }));
  const core = Array.from({ length: 7 }, (_, i) => `c${i + 1}`);
  const claims = {
    claims: core.map((id) => ({ id, text: id, outlets: [], members: [], shared: [] })),
    core,
    outlets: many.map((o, k) => ({ name: o.name, omits: core.slice(0, k), only: [] })),
  };
  const summary = summarize(input(many, [], { claims }), frames);
  t.regex(summary, /Outlet 7 leaves out 7, Outlet 6 leaves out 6, Outlet 5 leaves out 5, Outlet 4 leaves out 4 and Outlet 3 leaves out 3; 2 other outlets leave out at most 3 each\./);
  t.regex(summary, / copy-7-0\.html, copy-7-1\.html, copy-7-2\.html, copy-7-3\.html, copy-7-4\.html and 2 more articles reprint Outlet 7 and are counted as it; /);
  t.regex(summary, / copy-6-0\.html, copy-6-1\.html, copy-6-2\.html, copy-6-3\.html, copy-6-4\.html and 1 more article reprint Outlet 6 and/);
  t.regex(summary, /copy-3-0\.html, copy-3-1\.html and copy-3-2\.html reprint Outlet 3 and are counted as it; 3 more articles reprint 2 other outlets\./);
  t.notRegex(summary, /Outlet [012] /);
});
