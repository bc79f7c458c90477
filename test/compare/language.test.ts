import test from 'ava';
import { segment } from '../../src/text/segment.ts';
import { scoreLanguage } from '../../src/analyze/language.ts';
import { outletLanguage } from '../../src/compare/language.ts';
import type { LanguageProfile } from '../../src/types.ts';

const profile = (body: string): LanguageProfile => scoreLanguage([segment('body', body)]);

test('an outlet sums its articles’ words and counts and recomputes the rates', (t) => {
  // 5 words, 2 loaded (regime ×2); 15 words, 1 loaded (slammed) and 1 hedge (perhaps).
  const a = profile('The regime fears the regime.');
  const b = profile('Critics slammed the plan on Monday. Perhaps the vote will be held again next week.');
  t.is(a.words, 5);
  t.is(b.words, 15);
  const outlet = outletLanguage([a, b]);
  t.is(outlet.words, 20);
  // Not the mean of the articles' rates (400 and 66.67): 3 in 20 words.
  t.deepEqual(outlet.loaded, {
    count: 3,
    rate: 150,
    examples: [
      { cue: 'regime', count: 2 },
      { cue: 'slammed', count: 1 },
    ],
  });
  t.deepEqual(outlet.hedge, { count: 1, rate: 50, examples: [{ cue: 'perhaps', count: 1 }] });
  t.deepEqual(outlet.intensifier, { count: 0, rate: 0, examples: [] });
});

test('examples are merged across articles, most frequent first, then alphabetical', (t) => {
  const outlet = outletLanguage([profile('Critics slammed it. It was a sham.'), profile('They slammed it again. A farce, a sham, a ploy.')]);
  t.deepEqual(outlet.loaded.examples, [
    { cue: 'sham', count: 2 },
    { cue: 'slammed', count: 2 },
    { cue: 'farce', count: 1 },
    { cue: 'ploy', count: 1 },
  ]);
});

test('the outlet profile carries no article hits', (t) => {
  const outlet = outletLanguage([profile('The regime fell.')]);
  t.false('hits' in outlet);
});

test('no articles: no words and zero rates', (t) => {
  t.deepEqual(outletLanguage([]), {
    words: 0,
    loaded: { count: 0, rate: 0, examples: [] },
    intensifier: { count: 0, rate: 0, examples: [] },
    hedge: { count: 0, rate: 0, examples: [] },
  });
});
