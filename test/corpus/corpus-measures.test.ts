import test from 'ava';
import { corpusMeasures, pooledFigure } from '../../src/corpus/corpus-measures.ts';
import type { KeptStory } from '../../src/types.ts';
import { SETTINGS, UNCERTAINTY } from '../helpers/settings.ts';
import { CORPUS_FRAMES, handDigest, type HandArticle } from '../helpers/corpus-digest.ts';

const kept = (story: string, articles: HandArticle[]): KeptStory => ({ digest: handDigest(story, articles), kept: articles.map(() => true) });
const measure = (stories: KeptStory[], id: string) => corpusMeasures(stories, CORPUS_FRAMES, SETTINGS.corpus).find((m) => m.id === id);

test('values are kept per outlet and story; reprints and unknown outlets are not pooled; a generic frame counts its strength', (t) => {
  const stories = [
    kept('s1', [{ outlet: 'A', frames: ['generic.conflict'] }, { outlet: 'A' }, { outlet: 'B', reprintOf: 'A' }, { outlet: 'unknown (x.txt)', known: false }]),
    kept('s2', [{ outlet: 'A', frames: ['generic.conflict'] }]),
  ];
  const conflict = measure(stories, 'frame:generic.conflict')!;
  t.deepEqual([...conflict.values.keys()], ['A']);
  t.deepEqual(
    [...conflict.values.get('A')!],
    [
      ['s1', [0.9, 0.1]],
      ['s2', [0.9]],
    ],
  );
});

test('an article the filters leave out is not pooled', (t) => {
  const story = kept('s1', [
    { outlet: 'A', sentiment: 1 },
    { outlet: 'A', sentiment: -1 },
  ]);
  const filtered: KeptStory = { ...story, kept: [true, false] };
  t.deepEqual([...measure([filtered], 'sentiment')!.values.get('A')!], [['s1', [1]]]);
});

test('voices by kind are shares of the voiced words, over articles that voice anyone', (t) => {
  const stories = [kept('s1', [{ outlet: 'A', voices: { official: 30, expert: 10 } }, { outlet: 'A' }])];
  t.deepEqual([...measure(stories, 'voices:official')!.values.get('A')!], [['s1', [0.75]]]);
  t.deepEqual([...measure(stories, 'voices:expert')!.values.get('A')!], [['s1', [0.25]]]);
  t.is(measure(stories, 'voices:media'), undefined, 'a kind no article voices is no measure');
});

test('the stance toward an actor is pooled only when several stories name it; the most-named are tested', (t) => {
  const stories = [
    kept('s1', [
      {
        outlet: 'A',
        actors: [
          ['Ann Lee', -0.4],
          ['Bo Ray', 0.2],
        ],
      },
    ]),
    kept('s2', [
      {
        outlet: 'B',
        actors: [
          ['Ann Lee', -0.2],
          ['Cy Dow', 0.1],
        ],
      },
    ]),
    kept('s3', [{ outlet: 'B', actors: [['Cy Dow', 0.3]] }]),
  ];
  const ids = corpusMeasures(stories, CORPUS_FRAMES, SETTINGS.corpus)
    .map((m) => m.id)
    .filter((id) => id.startsWith('stance:'));
  t.deepEqual(ids, ['stance:Ann Lee', 'stance:Cy Dow']);
  const one = corpusMeasures(stories, CORPUS_FRAMES, { ...SETTINGS.corpus, maxActors: 1 }).filter((m) => m.id.startsWith('stance:'));
  t.deepEqual(
    one.map((m) => [m.id, m.tested]),
    [
      ['stance:Ann Lee', true],
      ['stance:Cy Dow', false],
    ],
    'as many stories and articles: by name',
  );
});

test('a pooled figure: the mean over all articles, the interval over stories; one story, over its articles; one article, over its sentences where the digest keeps that (sentiment), else none', (t) => {
  const stories = [
    kept('s1', [
      { outlet: 'A', sentiment: 0.2 },
      { outlet: 'A', sentiment: 0.4 },
    ]),
    kept('s2', [
      { outlet: 'A', sentiment: -0.3 },
      { outlet: 'B', sentiment: 0.1 },
    ]),
  ];
  const sentiment = measure(stories, 'sentiment')!;
  const a = pooledFigure(sentiment, 'A', UNCERTAINTY)!;
  t.like(a, { measure: 'sentiment', value: 0.1, articles: 3, stories: 2, over: 'stories' });
  t.true(a.low <= a.value && a.value <= a.high && a.low < a.high);
  // The hand-made digest gives each article the interval sentiment ± 0.1.
  t.like(pooledFigure(sentiment, 'B', UNCERTAINTY), { value: 0.1, low: 0, high: 0.2, articles: 1, over: 'sentences' });
  t.like(pooledFigure(measure(stories, 'quotedShare')!, 'B', UNCERTAINTY), { low: 0, high: 0, articles: 1, over: 'articles' });
  const oneStory = measure([stories[0]!], 'sentiment')!;
  t.like(pooledFigure(oneStory, 'A', UNCERTAINTY), { value: 0.3, over: 'articles', stories: 1 });
  t.is(pooledFigure(sentiment, 'C', UNCERTAINTY), null);
});

test("an outlet of one article alone in its story's outlet: each measure the digest gives an interval for is over its sentences", (t) => {
  const lone = { quotedShare: { low: 0.1, high: 0.5 }, 'frame:generic.conflict': { low: 0.6, high: 1 }, 'stance:Ann Lee': { low: -0.6, high: -0.1 } };
  const stories = [kept('s1', [{ outlet: 'A', frames: ['generic.conflict'], quotedShare: 0.3, actors: [['Ann Lee', -0.4]], lone }]), kept('s2', [{ outlet: 'B', actors: [['Ann Lee', 0.2]] }])];
  const figure = (id: string, outlet: string) => pooledFigure(measure(stories, id)!, outlet, UNCERTAINTY);
  t.like(figure('quotedShare', 'A'), { value: 0.3, low: 0.1, high: 0.5, over: 'sentences' });
  t.like(figure('frame:generic.conflict', 'A'), { value: 0.9, low: 0.6, high: 1, over: 'sentences' });
  t.like(figure('stance:Ann Lee', 'A'), { value: -0.4, low: -0.6, high: -0.1, over: 'sentences' });
  t.like(figure('frame:generic.economic', 'A'), { low: 0.1, high: 0.1, over: 'articles' }, 'a measure it has no interval for');
  t.like(figure('stance:Ann Lee', 'B'), { low: 0.2, high: 0.2, over: 'articles' }, 'an article the digest gives none');
});

test('an outlet of one article: its shares of voiced words take the intervals the digest made over its quotes', (t) => {
  const lone = { 'voices:official': { low: 0.5, high: 1 }, 'voices:expert': { low: 0, high: 0.5 } };
  const stories = [kept('s1', [{ outlet: 'A', voices: { official: 30, expert: 10 }, lone }])];
  t.like(pooledFigure(measure(stories, 'voices:official')!, 'A', UNCERTAINTY), { value: 0.75, low: 0.5, high: 1, over: 'quotes' });
  t.like(pooledFigure(measure(stories, 'voices:expert')!, 'A', UNCERTAINTY), { value: 0.25, low: 0, high: 0.5, over: 'quotes' });
});
