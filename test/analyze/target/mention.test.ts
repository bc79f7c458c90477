import test from 'ava';
import { tokenize } from '../../../src/text/segment.ts';
import { mentionTokens } from '../../../src/analyze/target/mention.ts';

test('the tokens a mention covers, first and last', (t) => {
  const tokens = tokenize('Critics blamed Mayor Jo Lee today.');
  t.deepEqual(mentionTokens(tokens, { from: 15, to: 26 }), { inMention: [2, 3, 4], first: 2, last: 4 });
});

test('a mention that covers no whole token stands at the token after it', (t) => {
  const tokens = tokenize('They met - then left.');
  t.deepEqual(mentionTokens(tokens, { from: 9, to: 10 }), { inMention: [], first: 2, last: 2 });
  t.deepEqual(mentionTokens(tokens, { from: 30, to: 31 }), { inMention: [], first: 0, last: 0 });
});
