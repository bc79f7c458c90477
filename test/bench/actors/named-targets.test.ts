import test from 'ava';
import { articleFragments, isNamedMention, targetFigures, type Finder } from '../../../bench/actors/named-targets.ts';
import type { SentimentItem } from '../../../src/load/sentiment-lines.ts';

const item = (id: string, text: string, targets: Array<[number, number, string, string]>): SentimentItem => ({
  id,
  text,
  targets: targets.map(([from, to, mention, gid]) => ({ from, to, mention, gid, gold: 0 })),
});

const ITEMS = [
  item('allsides_1_2_0_Donald Trump_0_5', 'Trump spoke.', [[0, 5, 'Trump', 'allsides_1_2_0_Donald Trump_0_5']]),
  item('allsides_1_2_3_Joe Biden_0_3', 'She met Joe Biden.', [
    [0, 3, 'She', 'allsides_1_2_3_Joe Biden_0_3'],
    [8, 17, 'Joe Biden', 'allsides_1_2_3_Joe Biden_8_17'],
  ]),
  // The same sentence again, for another target: kept once.
  item('allsides_1_2_0_Donald Trump_0_5', 'Trump spoke.', [[0, 5, 'Trump', 'allsides_1_2_0_Donald Trump_0_5']]),
  item('polusa_v1_9_-1_0_Mr Ward_0_7', 'Mr Ward left.', [[0, 7, 'Mr Ward', 'polusa_v1_9_-1_0_Mr Ward_0_7']]),
];

test('named mentions: capitalised, not a pronoun or a description', (t) => {
  for (const m of ['Trump', 'Mr. Trump', 'President Trump']) t.true(isNamedMention(m), m);
  for (const m of ['She', 'The president', 'This man', 'his']) t.false(isNamedMention(m), m);
});

test('sentences are grouped by article, kept once, and the named targets placed in the joined text', (t) => {
  const fragments = articleFragments(ITEMS);
  t.deepEqual(
    fragments.map((f) => [f.id, f.text, f.targets.map((x) => [f.text.slice(x.from, x.to), x.person])]),
    [
      [
        'allsides_1_2',
        'Trump spoke.\n\nShe met Joe Biden.',
        [
          ['Trump', 'trump'],
          ['Joe Biden', 'biden'],
        ],
      ],
      ['polusa_v1_9', 'Mr Ward left.', [['Mr Ward', 'ward']]],
    ],
  );
});

test('a target is found when a name overlaps it, right when the name holds the person, a person when classed one', (t) => {
  const finder: Finder = (text) => {
    const at = (word: string, name: string, person: boolean) => {
      const start = text.indexOf(word);
      return start < 0 ? [] : [{ start, end: start + word.length, name, person }];
    };
    return [...at('Trump', 'Trump', false), ...at('Biden', 'Hunter Biden', true)];
  };
  t.deepEqual(targetFigures(articleFragments(ITEMS), finder), { articles: 2, targets: 3, found: 2 / 3, rightPerson: 2 / 3, asPerson: 1 / 3 });
});
