import test from 'ava';
import { articleRuns, proseRuns } from '../../../../src/clean/text/passes/article-run.ts';
import { cleanText } from '../../../../src/clean/text/clean-text.ts';

test('a run lasts while its sum stays positive and ends where it peaked', (t) => {
  t.deepEqual(proseRuns([30, -5, 20, -10, -10, 3, -40, 12]), [
    { start: 0, end: 2, sum: 45 },
    { start: 7, end: 7, sum: 12 },
  ]);
  t.deepEqual(proseRuns([-3, -1]), []);
});

test('a second run is kept only when it is nearly as heavy as the densest', (t) => {
  const runs = articleRuns([50, -60, 40, -60, 5]);
  t.deepEqual(
    runs.map((r) => r.start),
    [0, 2],
  );
});

const para = (n: number) => `Paragraph ${n} of the report says that the council will meet again on Monday to decide what it should do about the new bridge and the road.`;

test('teasers far below the article, each under its own date line, are not the article', (t) => {
  const teasers = [1, 2, 3].map((n) => `Someone Else\n\nMarch ${n}, 2021\n\nA different story ${n} that the site wants you to read next, because it is also about something.`).join('\n\n');
  const chrome = Array.from({ length: 12 }, (_, i) => `• Section ${i}`).join('\n');
  const r = cleanText(`A headline for the article goes here\n\n${para(1)}\n\n${para(2)}\n\n${para(3)}\n\n${chrome}\n\n${teasers}\n`);
  t.deepEqual(
    r.blocks.map((b) => b.text),
    [para(1), para(2), para(3)],
  );
  t.true(r.removed.some((x) => x.rule === 'outside-article'));
});
