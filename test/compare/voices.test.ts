import test from 'ava';
import { analyzedReport, quote, report } from '../helpers/article-fixture.ts';
import { outletVoices } from '../../src/compare/voices.ts';

test('speakers are merged over articles and sorted by quoted words', (t) => {
  const a = report('a.txt', {
    bodyTokens: 100,
    quotes: [
      quote('Harry Kazianis', 12, { category: 'expert', role: 'a senior director at the Center for the National Interest' }),
      quote('China', 20, { category: 'official', role: 'CNSA', verb: 'announced' }),
    ],
  });
  const b = report('b.txt', {
    bodyTokens: 60,
    quotes: [quote('Harry Kazianis', 15, { category: 'expert', role: null, verb: 'warned' }), quote('Reuters', 9, { category: 'media', direct: false, verb: 'according to' })],
  });
  const v = outletVoices([a, b]);
  t.deepEqual(
    v.speakers.map((s) => [s.name, s.words, s.quotes, s.articles]),
    [
      ['Harry Kazianis', 27, 2, ['a.txt', 'b.txt']],
      ['China', 20, 1, ['a.txt']],
      // Indirect speech: a quote, but no quoted words.
      ['Reuters', 0, 1, ['b.txt']],
    ],
  );
  const kazianis = v.speakers[0]!;
  t.is(kazianis.category, 'expert');
  // The first role given is kept.
  t.is(kazianis.role, 'a senior director at the Center for the National Interest');
  t.deepEqual(kazianis.verbs, { said: 1, warned: 1 });
});

test('verbs are counted over all quotes, categories by direct words, quotedShare over body tokens', (t) => {
  const a = report('a.txt', {
    bodyTokens: 100,
    quotes: [
      quote('Laura Chen', 10, { category: 'expert' }),
      quote('Laura Chen', 5, { category: 'expert', verb: null }),
      quote(null, 8),
      quote('Dmitry Rogozin', 7, { category: 'official', verb: 'claimed', direct: false }),
    ],
  });
  const b = report('b.txt', { bodyTokens: 50, quotes: [quote('Dmitry Rogozin', 12, { category: 'official', verb: 'claimed' })] });
  const v = outletVoices([a, b]);
  t.deepEqual(v.verbs, { said: 1, claimed: 2 });
  t.deepEqual(v.categories, { expert: 15, unknown: 8, official: 12 });
  // 35 directly quoted words of 150 body tokens.
  t.is(v.quotedShare, 0.2333);
  // An unattributed quote counts in the categories, not as a speaker.
  t.false(v.speakers.some((s) => s.name === null));
});

test('ties in words go to the speaker with more quotes, then by name', (t) => {
  const a = report('a.txt', {
    bodyTokens: 40,
    quotes: [quote('Zhang Ming', 6), quote('Brian Weeden', 6), quote('Ann Ortiz', 3), quote('Ann Ortiz', 3)],
  });
  t.deepEqual(
    outletVoices([a]).speakers.map((s) => s.name),
    ['Ann Ortiz', 'Brian Weeden', 'Zhang Ming'],
  );
});

test('no quotes, no voices', (t) => {
  t.deepEqual(outletVoices([report('a.txt', { bodyTokens: 30 })]), { speakers: [], categories: {}, verbs: {}, quotedShare: 0 });
  t.deepEqual(outletVoices([]), { speakers: [], categories: {}, verbs: {}, quotedShare: 0 });
});

test('from analysed text: quotes, speakers and the share of quotation', (t) => {
  const a = analyzedReport('a.txt', 'Orbit Daily', '', '“We will not accept a second-class role in orbit,” Laura Chen said.\n\nThe launch could slip by two years, according to Reuters.');
  const b = analyzedReport('b.txt', 'Orbit Daily', '', 'Laura Chen warned that “the budget will not cover a crewed landing at all.”');
  const v = outletVoices([a, b]);
  t.deepEqual(
    v.speakers.map((s) => [s.name, s.category, s.words, s.quotes, s.verbs]),
    [
      ['Laura Chen', 'other', 19, 2, { said: 1, warned: 1 }],
      ['Reuters', 'media', 0, 1, { 'according to': 1 }],
    ],
  );
  t.deepEqual(v.verbs, { said: 1, warned: 1, 'according to': 1 });
  // Reuters is cited, not quoted: no words for media.
  t.deepEqual(v.categories, { other: 19 });
  // 19 quoted words of 22 + 14 body tokens.
  t.is(a.scores.body.tokens + b.scores.body.tokens, 36);
  t.is(v.quotedShare, 0.5278);
});
