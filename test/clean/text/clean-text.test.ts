import test from 'ava';
import { readFileSync } from 'node:fs';
import { cleanText } from '../../../src/clean/text/clean-text.ts';
import { normalizeText } from '../../../src/text/normalize.ts';

const normalizeSpace = (text: string): string => normalizeText(text, false);

interface GoldEntry {
  title: string;
  body: string[];
  headings: string[];
  chrome: string[];
  comments: string[];
  ambiguous: string[];
}

const story = new URL('../../../articles/lunar-research-station-2021/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('../../fixtures/seeds/gold.json', import.meta.url), 'utf8')) as Record<string, GoldEntry>;

for (const [file, g] of Object.entries(gold)) {
  test(`seed ${file} matches gold`, (t) => {
    const r = cleanText(readFileSync(new URL(file, story), 'utf8'));
    const paragraphs = r.blocks.filter((b) => b.kind === 'paragraph').map((b) => normalizeSpace(b.text));
    const headings = r.blocks.filter((b) => b.kind === 'heading').map((b) => normalizeSpace(b.text));
    const kept = new Set([...paragraphs, ...headings]);
    t.is(r.title, g.title, 'title');
    for (const line of g.body) t.true(paragraphs.includes(normalizeSpace(line)), `body line kept: ${line.slice(0, 60)}`);
    for (const line of g.headings) t.true(headings.includes(normalizeSpace(line)), `heading kept: ${line}`);
    for (const line of g.chrome) t.false(kept.has(normalizeSpace(line)), `chrome removed: ${line.slice(0, 60)}`);
    for (const line of g.comments) {
      t.true(
        r.comments.some((c) => normalizeSpace(c.text).includes(normalizeSpace(line))),
        `comment kept apart: ${line.slice(0, 60)}`,
      );
    }
    const allowed = new Set([...g.body, ...g.headings, ...g.ambiguous].map(normalizeSpace));
    for (const k of kept) t.true(allowed.has(k), `nothing else kept: ${k.slice(0, 60)}`);
    for (const rm of r.removed) t.truthy(rm.rule, 'every removed line names its rule');
  });
}

test('removed lines keep their source line numbers and text', (t) => {
  const r = cleanText('Top NewsWorld News\n\nA headline that is long enough here\n\nThe first paragraph of the article says something, and it does so in a full sentence.\n\nRelated Articles\n');
  t.deepEqual(
    r.removed.map((x) => [x.line, x.rule]),
    [
      [1, 'before-title'],
      [7, 'list-heading'],
    ],
  );
  t.is(r.title, 'A headline that is long enough here');
});

test('outlet clues: masthead, attribution, forum repost of a named source', (t) => {
  const usa = cleanText('USA TODAY World Edition\n\nSomething happened in a place today\n\nA long enough sentence of the body that says what happened, with words.\n');
  t.is(usa.found.outlet?.name, 'USA TODAY');
  t.is(usa.found.outlet?.rule, 'masthead');
  const attributed = cleanText(
    'A headline for the article goes here\n\nA long enough sentence of the body that says what happened, with words.\n\nThis article appeared originally on The Daily Example.\n',
  );
  t.is(attributed.found.outlet?.name, 'The Daily Example');
  const unnamed = cleanText('A headline for the article goes here\n\nA long enough sentence of the body that says what happened, with words.\n');
  t.is(unnamed.found.outlet, undefined);
});

const BODY = 'A long enough sentence of the body that says what happened, with words.';

test('an attribution names the outlet up to the end of its sentence, and an abbreviation does not end it', (t) => {
  const futurism = cleanText(`A headline for the article goes here\n\n${BODY}\n\nThis article was originally published by Futurism. Read the original article.\n`);
  t.is(futurism.found.outlet?.name, 'Futurism');
  const stLouis = cleanText(`A headline for the article goes here\n\n${BODY}\n\nOriginally published in the St. Louis Post-Dispatch.\n`);
  t.is(stLouis.found.outlet?.name, 'the St. Louis Post-Dispatch');
});

test('a page-title line names the outlet and date only when its headline is the article’s, whole or cut short', (t) => {
  const tab = (line: string): ReturnType<typeof cleanText> => cleanText(`${line}\n\nRussia, China agree to build lunar station together\n\n${BODY}\n`);
  const whole = tab('Russia, China agree to build lunar station together | DW | 09.03.2021');
  t.is(whole.found.outlet?.name, 'DW');
  t.is(whole.found.published, '2021-03-09');
  t.is(tab('Russia, China agree to build lu | DW').found.outlet?.name, 'DW');
  // Same shape, another headline: a byline with a reading time, a product's specs.
  for (const line of ['Bridgestone Team | 5 min read', 'Brushing Modes: 1 | # of Brush Heads: 11 | 01.02.2024']) {
    const r = tab(line);
    t.is(r.found.outlet, undefined, line);
    t.is(r.found.published, undefined, line);
  }
});

test('a source line names a domain only when the domain is written in one case', (t) => {
  const at = (line: string): ReturnType<typeof cleanText> => cleanText(`A headline for the article goes here\n\n${BODY}\n\n${line}\n`);
  t.is(at('www.techzine.eu').found.outlet?.name, 'techzine.eu');
  t.is(at('WWW.TECHZINE.EU').found.outlet?.name, 'TECHZINE.EU');
  t.is(at('Alyio.Extensions.Http.Logging').found.outlet, undefined);
});

test('byline and dateline become metadata, not body', (t) => {
  const r = cleanText('A headline for the article goes here\n\nBy Jane Smith\n\nMarch 9, 2021\n\nA long enough sentence of the body that says what happened, with words.\n');
  t.is(r.found.author, 'Jane Smith');
  t.is(r.found.published, '2021-03-09');
  t.deepEqual(
    r.blocks.map((b) => b.kind),
    ['paragraph'],
  );
});

test('hard-wrapped prose is joined back into one paragraph', (t) => {
  const r = cleanText(
    'A headline for the article goes here\n\nThe minister said on Tuesday that the plan, which has been debated for\nmonths, would go ahead despite the objections of several groups.\n',
  );
  t.is(r.blocks.length, 1);
  t.is(r.blocks[0]!.line, 3);
  t.true(r.blocks[0]!.text.includes('for months'));
});

test('a Title Case line inside the article is a promo, a short one between paragraphs a heading', (t) => {
  const body = (n: number) => `The minister said on Tuesday that plan ${n} would go ahead despite objections from groups.`;
  const r = cleanText(`A headline for the article goes here\n\n${body(1)}\n\nShocking Report Reveals What Celebrities Eat For Breakfast Every Day\n\n${body(2)}\n\nWhat comes next\n\n${body(3)}\n`);
  t.deepEqual(
    r.removed.map((x) => x.rule),
    ['promo-headline'],
  );
  t.deepEqual(
    r.blocks.map((b) => b.kind),
    ['paragraph', 'paragraph', 'heading', 'paragraph'],
  );
});

test('text without a headline keeps every paragraph', (t) => {
  const r = cleanText('The minister said on Tuesday that the plan would go ahead despite objections.\n\nShe added that the budget was already approved by the cabinet last week.\n');
  t.is(r.title, null);
  t.is(r.blocks.length, 2);
});
