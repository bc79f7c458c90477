import test from 'ava';
import { renderPairwise } from '../../../src/report/html/pairwise.ts';
import type { Comparison, OutletComparison, PairDistance } from '../../../src/types.ts';
import { emptyClaims, emptyOutletParts, noTest } from '../../helpers/empty-parts.ts';

function comparison(n: number): Comparison {
  const outlets = Array.from({ length: n }, (_, i): OutletComparison => ({
    name: `Outlet ${String(i).padStart(2, '0')}`,
    known: true,
    articles: [`${i}.txt`],
    sentiment: { n: 1, mean: 0, sd: 0, min: 0, max: 0 },
    profile: {},
    dominant: { policy: [], generic: [] },
    distinctive: [],
    ...emptyOutletParts(),
  }));
  const pairs: PairDistance[] = [];
  outlets.forEach((a, i) => outlets.slice(i + 1).forEach((b, j) => pairs.push({ a: a.name, b: b.name, distance: ((i * 7 + j * 3) % 100) / 100 })));
  return { outlets, pairs, mostAlike: pairs[0]!, mostDifferent: pairs[1]!, reuse: [], claims: emptyClaims(), differences: [], test: noTest(), findings: [], summary: '' };
}

test('a few outlets get the full distance matrix', (t) => {
  const html = renderPairwise(comparison(4));
  t.is((html.match(/<tr><th scope="row">/g) ?? []).length, 4);
});

test('many outlets get the closest and farthest pairs instead of a quadratic matrix', (t) => {
  const c = comparison(40);
  const html = renderPairwise(c);
  t.false(html.includes('scope="row"'));
  t.regex(html, /10 closest and 10 farthest of 780 pairs/);
  t.is((html.match(/<td class="num"/g) ?? []).length, 20);
});
