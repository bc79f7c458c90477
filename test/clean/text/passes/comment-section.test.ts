import test from 'ava';
import { cleanText } from '../../../../src/clean/text/clean-text.ts';

const article = [
  'The council said on Monday that the new bridge over the river would open in the spring, two years later than planned.',
  'Engineers had found that the foundations needed more work than expected, and the contractor asked for more time and money.',
  'The mayor said she was disappointed but that safety had to come first, and that the city would not pay more than agreed.',
].join('\n\n');

test('comments after a comment-count heading are kept apart, one per "says:" header', (t) => {
  const r = cleanText(
    `A headline for the article goes here\n\n${article}\n\n12 Comments\n\nJane Doe says:\n\nMarch 3, 2021 at 6:34 am\n\nI have waited for this bridge for years and I am not surprised that it is late again.\n\nJohn Roe says:\n\nThe contractor should pay for the delay, not the people of this city who use the road.\n`,
  );
  t.is(r.blocks.length, 3);
  t.deepEqual(
    r.comments.map((c) => c.author),
    ['Jane Doe', 'John Roe'],
  );
  t.true(r.comments[1]!.text.startsWith('The contractor should pay'));
});

test('a comments link before the article has been read does not end it', (t) => {
  const r = cleanText(`A headline for the article goes here\n\n3 Comments\n\n${article}\n`);
  t.is(r.blocks.length, 3);
  t.deepEqual(r.comments, []);
});
