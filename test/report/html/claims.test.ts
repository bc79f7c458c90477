import test from 'ava';
import { renderClaims } from '../../../src/report/html/claims.ts';
import type { Claim, ClaimCoverage, ClaimMember, Part } from '../../../src/types.ts';
import { sampleReport } from '../../helpers/sample-report.ts';

const { articles } = sampleReport();
// Metro Daily, the unnamed blog (notes/c-blog.txt), Harbor Tribune.
const OUTLETS = articles.map((a) => ({ name: a.outlet.name, known: a.outlet.known }));
const [METRO, BLOG, HARBOR] = OUTLETS.map((o) => o.name) as [string, string, string];

function member(article: number, sentence: number, similarity: number, part: Part = 'body'): ClaimMember {
  const a = articles[article]!;
  return { article: a.id, outlet: a.outlet.name, part, sentence, start: 0, end: 1, similarity };
}

function claim(id: string, text: string, members: ClaimMember[], shared: string[] = []): Claim {
  const outlets = OUTLETS.map((o) => o.name).filter((n) => members.some((m) => m.outlet === n));
  return { id, text, outlets, members, shared };
}

const COVERAGE: ClaimCoverage = {
  claims: [
    claim('c1', 'The council approved the <charge> & the fee', [member(0, 1, 0.62), member(1, 0, 1), member(2, 0, 0.7)], ['council', 'charge', '£5']),
    claim('c2', 'Drivers will pay from "May"', [member(0, 2, 1), member(2, 1, 0.5, 'body')]),
    claim('c3', 'Residents oppose the plan', [member(0, 0, 1, 'headline')]),
    claim('c4', 'Buses will run more often', [member(1, 2, 1)]),
  ],
  core: ['c1', 'c2'],
  outlets: [
    { name: METRO, omits: [], only: ['c3'] },
    { name: BLOG, omits: ['c2'], only: ['c4'] },
    { name: HARBOR, omits: [], only: [] },
  ],
};

function matrixRow(html: string, text: string): string {
  return html.split('\n').find((line) => line.startsWith('<tr') && line.includes(text))!;
}

test('claims are escaped, in the matrix and in the lists', (t) => {
  const html = renderClaims(COVERAGE, OUTLETS, OUTLETS.length, articles, 0.5);
  t.false(html.includes('<charge>'));
  t.regex(html, /The council approved the &lt;charge&gt; &amp; the fee/);
  t.regex(html, /Drivers will pay from &quot;May&quot;/);
  t.regex(html, /Shared: council, charge, £5/);
});

test('one row per claim two or more outlets make, one cell per outlet, core marked', (t) => {
  const html = renderClaims(COVERAGE, OUTLETS, OUTLETS.length, articles, 0.5);
  t.is((html.match(/<tr(?: class="core")?><th scope="row">/g) ?? []).length, 2);
  const first = matrixRow(html, 'council approved');
  t.regex(first, /^<tr class="core">/);
  t.regex(first, /<span class="tag">core<\/span>/);
  t.is((first.match(/<td class="yes"/g) ?? []).length, 3);
  const second = matrixRow(html, 'Drivers will pay');
  // Metro Daily and Harbor Tribune make it, the blog does not.
  t.deepEqual(
    [...second.matchAll(/<td class="(yes|no)"/g)].map((m) => m[1]),
    ['yes', 'no', 'yes'],
  );
  t.regex(second, /<td class="no" title="omits this claim"><span aria-hidden="true">—<\/span><span class="vh">omits<\/span><\/td>/);
  t.false(html.includes('Residents oppose the plan</th>'));
});

test('outlets head the columns in the order given, unknown outlets set apart', (t) => {
  const html = renderClaims(COVERAGE, OUTLETS, OUTLETS.length, articles, 0.5);
  t.regex(html, /<th scope="col">Metro Daily<\/th><th scope="col"><span class="unknown">unknown \(notes\/c-blog\.txt\)<\/span><\/th><th scope="col">Harbor Tribune<\/th>/);
});

test("claims and cells link to the sentence on its article's page", (t) => {
  const html = renderClaims(COVERAGE, OUTLETS, OUTLETS.length, articles, 0.5);
  const first = matrixRow(html, 'council approved');
  const [metro, blog, forum] = articles.map((a) => a.page);
  // The shown text is the blog's (article 2, body sentence 0).
  t.true(first.includes(`the fee <span class="muted">(<a href="${blog}#article-body-s0"><span class="unknown">`));
  t.true(first.includes(`<td class="yes" title="makes this claim"><a href="${metro}#article-body-s1">`));
  t.true(first.includes(`<a href="${forum}#article-body-s0"><span aria-hidden="true">✓</span>`));
  t.true(html.includes(`Residents oppose the plan <span class="muted">(<a href="${metro}#article-headline-s0">Metro Daily</a>)`));
});

test('a member of an article the report does not have is named, not linked', (t) => {
  const stray: ClaimMember = { article: 'gone.txt', outlet: 'Elsewhere', part: 'body', sentence: 0, start: 0, end: 1, similarity: 1 };
  const coverage: ClaimCoverage = {
    claims: [{ id: 'c1', text: 'A lost claim', outlets: [METRO, 'Elsewhere'], members: [member(0, 3, 0.5), stray], shared: [] }],
    core: [],
    outlets: [],
  };
  const html = renderClaims(coverage, OUTLETS, OUTLETS.length, articles, 0.5);
  t.regex(html, /A lost claim <span class="muted">\(Elsewhere\)<\/span>/);
});

test('per outlet: the core claims it leaves out and the claims only it makes', (t) => {
  const html = renderClaims(COVERAGE, OUTLETS, OUTLETS.length, articles, 0.5);
  const cards = html.slice(html.indexOf('<div class="cards">'));
  const blog = cards.slice(cards.indexOf('notes/c-blog.txt'), cards.indexOf('<h3>Harbor Tribune'));
  t.regex(blog, /Leaves out 1 core claim:<\/p>\n<ol><li>Drivers will pay/);
  t.regex(blog, /1 claim only unknown \(notes\/c-blog\.txt\) makes:<\/p>\n<ol><li>Buses will run more often/);
  const harbor = cards.slice(cards.indexOf('<h3>Harbor Tribune'));
  t.regex(harbor, /Makes every core claim\./);
  t.regex(harbor, /No claim only Harbor Tribune makes\./);
});

test("a long list of an outlet's own claims is folded, with the count in the summary", (t) => {
  const many = Array.from({ length: 8 }, (_, i) => claim(`c${i + 1}`, `Own claim ${i + 1}`, [member(0, i, 1)]));
  const coverage: ClaimCoverage = {
    claims: many,
    core: [],
    outlets: OUTLETS.map((o) => ({ name: o.name, omits: [], only: o.name === METRO ? many.map((c) => c.id) : [] })),
  };
  const html = renderClaims(coverage, OUTLETS, OUTLETS.length, articles, 0.5);
  t.regex(html, /<details><summary>8 claims only Metro Daily makes<\/summary>/);
  t.regex(html, /No claim is made by more than one outlet\./);
  // No core: nothing to leave out.
  t.false(html.includes('Leaves out'));
});

test('no claims says so', (t) => {
  t.regex(renderClaims({ claims: [], core: [], outlets: [] }, OUTLETS, OUTLETS.length, articles, 0.5), /No sentence is long enough to make a claim/);
});
