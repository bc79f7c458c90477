import test from 'ava';
import { cleanText } from '../../../../src/clean/text/clean-text.ts';

const p1 = 'The council said on Monday that the new bridge over the river would open in the spring, two years later than planned.';
const p2 = 'Engineers had found that the foundations needed more work than expected, and the contractor asked for more time.';

test('the article flattened into one line, a repeated paragraph and a truncated teaser are copies', (t) => {
  const r = cleanText(`A headline for the article goes here\n\n${p1}\n\n${p2}\n\n${p1} ${p2}\n\n${p1}\n\nThe council said on Monday that the new bridge…\n`);
  t.deepEqual(
    r.blocks.map((b) => b.text),
    [p1, p2],
  );
  t.deepEqual(
    r.removed.map((x) => x.rule),
    ['repeat', 'repeat', 'repeat'],
  );
});

test('short lines may repeat inside the article', (t) => {
  const r = cleanText(`A headline for the article goes here\n\n${p1}\n\nStir in one cup of water.\n\n${p2}\n\nStir in one cup of water.\n\n${p1.replace('Monday', 'Friday')}\n`);
  t.is(r.blocks.filter((b) => b.text === 'Stir in one cup of water.').length, 2);
});
