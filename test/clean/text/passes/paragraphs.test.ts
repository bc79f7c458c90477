import test from 'ava';
import { cleanText } from '../../../../src/clean/text/clean-text.ts';

const p1 = 'The band said on Monday that it would go on tour again next summer, for the first time in ten years.';
const p2 = 'Tickets go on sale on Friday, and the band said that prices would be the same as on its last tour.';

test("short lines announced by a line ending in a colon are the article's own list", (t) => {
  const r = cleanText(`A headline for the article goes here\n\n${p1}\n\nThe tour dates are:\n\nJune 9 -- Coral Hall, West Town\n\nJune 10 -- River Arena, East Town\n\n${p2}\n`);
  t.true(r.blocks.some((b) => b.text === 'June 10 -- River Arena, East Town'));
});

test('bullets between paragraphs are list items; one-word bullets there are share buttons', (t) => {
  const r = cleanText(`A headline for the article goes here\n\n${p1}\n\n• Bring your own chair\n\n• Facebook\n\n${p2}\n`);
  t.true(r.blocks.some((b) => b.text === '• Bring your own chair'));
  t.false(r.blocks.some((b) => b.text === '• Facebook'));
});
