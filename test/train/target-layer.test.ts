import test from 'ava';
import { articleOf, bestBand, crossValidatedStances, crossValidatedTargets, fitTargetLayer, groupStances, personOf, stanceGroups, targetExamples, targetFolds } from '../../train/target-layer.ts';
import type { Polarity, SentimentItem } from '../../src/load/sentiment-lines.ts';

test('NewsMTSC ids: the article is the first three parts, the person the last capitalised word of the name', (t) => {
  t.is(articleOf('allsides_1000_401_25_Reality Leigh Winner_0_6'), 'allsides_1000_401');
  t.is(articleOf('polusa_v1_4333948_-1_6_NBC_96_99'), 'polusa_v1_4333948');
  t.is(personOf('allsides_1000_401_3_Reality Leigh Winner_0_3'), 'winner');
  t.is(personOf('polusa_v1_38913901_-1_21_President Donald Trump_43_55'), 'trump');
  t.is(personOf("allsides_1943_789_38_Hillary Clinton's_15_22"), 'clinton');
  t.is(personOf('allsides_1280_512_3_Senate Minority Leader Chuck Schumer (D-N.Y.)_0_9'), 'schumer');
});

// Written for these tests: three articles, each naming one person in sentences of one polarity.
const WORDS: Record<Polarity, string[]> = {
  [-1]: ['Critics blamed', 'Voters condemned', 'Reporters accused', 'Officials denounced'],
  [0]: ['Aides met', 'Staff called', 'Guests visited', 'Writers interviewed'],
  [1]: ['Critics praised', 'Voters cheered', 'Reporters admired', 'Officials thanked'],
};
const items: SentimentItem[] = ([-1, 0, 1] as Polarity[]).flatMap((gold, a) =>
  WORDS[gold].map((lead, s) => {
    const text = `${lead} Halvorsen on day ${s + 1}.`;
    const from = text.indexOf('Halvorsen');
    return { id: `allsides_${a}_9_${s}_Halvorsen_${from}_${from + 9}`, text, targets: [{ from, to: from + 9, gid: `allsides_${a}_9_${s}_Halvorsen_${from}_${from + 9}`, gold }] };
  }),
);

test('targetExamples: one per target with gold, keyed by article and person', (t) => {
  const examples = targetExamples([...items, { id: 'x', text: 'No gold here.', targets: [{ from: 0, to: 2 }] }]);
  t.is(examples.length, 12);
  t.deepEqual([...new Set(examples.map((e) => `${e.article} ${e.person}`))], ['allsides_0_9 halvorsen', 'allsides_1_9 halvorsen', 'allsides_2_9 halvorsen']);
  t.true(examples[0]!.terms.window.includes('l:blame'));
});

test('folds keep an article together; the fit is deterministic and names its outputs', (t) => {
  const examples = targetExamples(items);
  const fold = targetFolds(examples);
  for (const a of new Set(examples.map((e) => e.article))) t.is(new Set(examples.flatMap((e, i) => (e.article === a ? [fold[i]] : []))).size, 1);
  const model = fitTargetLayer(examples);
  t.deepEqual(JSON.stringify(model), JSON.stringify(fitTargetLayer(examples)));
  t.deepEqual(
    model.outputs.map((o) => o.id),
    ['negative', 'neutral', 'positive'],
  );
  t.is(crossValidatedTargets(examples, fold).length, examples.length);
});

test('stance groups: two or more targets with a strict majority of gold labels', (t) => {
  const examples = targetExamples(items);
  const groups = stanceGroups(examples);
  t.deepEqual(
    groups.map((g) => [g.members.length, g.gold]),
    [
      [4, -1],
      [4, 0],
      [4, 1],
    ],
  );
  const tied = stanceGroups([examples[0]!, { ...examples[4]!, article: examples[0]!.article }]);
  t.deepEqual(tied, []);
});

test('the band: the mean score labels a group; the best band is chosen on other folds', (t) => {
  const groups = [
    { members: [0, 1], gold: -1 as Polarity },
    { members: [2, 3], gold: 0 as Polarity },
    { members: [4, 5], gold: 1 as Polarity },
  ];
  const scores = [-0.5, -0.3, 0.2, -0.1, 0.6, 0.2];
  t.deepEqual(groupStances(groups, scores, 0.1), [-1, 0, 1]);
  t.deepEqual(groupStances(groups, scores, 0.45), [0, 0, 0]);
  t.is(bestBand(groups, scores), 0.05);
  const fold = [0, 0, 1, 1, 2, 2];
  t.deepEqual(crossValidatedStances(groups, scores, fold), [-1, 0, 1]);
});
