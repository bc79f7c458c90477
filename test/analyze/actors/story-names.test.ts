import test from 'ava';
import { actor, analyzedReport, quote, report } from '../../helpers/article-fixture.ts';
import { renameActors, storyRenames } from '../../../src/analyze/actors/story-names.ts';
import type { ArticleReport } from '../../../src/types.ts';

// What the pipeline does with the story's reports: renames found over all of them, applied to each.
const unifyStoryNames = (reports: ArticleReport[]): ArticleReport[] => {
  const renames = storyRenames(reports);
  return reports.map((r, i) => renameActors(r, renames[i]!));
};

const names = (r: { actors: Array<{ name: string }> }) => r.actors.map((a) => a.name);

test('an article that only says "Putin" gets the full name another article gives', (t) => {
  const full = analyzedReport('a.txt', 'Orbit Daily', '', 'Russian President Vladimir Putin backed the lunar station plan.');
  const short = analyzedReport('b.txt', 'Space Wire', '', 'The plan was backed by Putin. Putin said the station would be open to all partners.');
  t.deepEqual(names(short), ['Putin']);
  t.is(short.voices.quotes[0]!.speaker, 'Putin');
  const [a, b] = unifyStoryNames([full, short]);
  // The article with the full name is left as it was.
  t.is(a, full);
  t.deepEqual(names(b!), ['Vladimir Putin']);
  t.is(b!.actors[0]!.kind, 'person');
  // Everything else about the actor stays: the article still wrote "Putin".
  t.deepEqual(b!.actors[0]!.aliases, ['Putin']);
  t.is(b!.actors[0]!.mentions, 2);
  t.is(b!.voices.quotes[0]!.speaker, 'Vladimir Putin');
});

test('the input reports are not changed', (t) => {
  const full = analyzedReport('a.txt', 'Orbit Daily', '', 'Russian President Vladimir Putin backed the lunar station plan.');
  const short = report('b.txt', { actors: [actor('Putin', { kind: 'other' })] });
  unifyStoryNames([full, short]);
  t.deepEqual(names(short), ['Putin']);
  t.is(short.actors[0]!.kind, 'other');
});

test('a renamed speaker is categorised again under the full name, with the role the quote gives', (t) => {
  const full = report('a.txt', { actors: [actor('Dmitry Rogozin')] });
  const short = report('b.txt', {
    actors: [actor('Rogozin', { kind: 'other' })],
    quotes: [quote('Rogozin', 12, { role: 'Roscosmos chief', category: 'other' }), quote('Rogozin', 6, { role: null, category: 'other' })],
  });
  const [, b] = unifyStoryNames([full, short]);
  t.deepEqual(
    b!.voices.quotes.map((q) => [q.speaker, q.category, q.role]),
    [
      ['Dmitry Rogozin', 'official', 'Roscosmos chief'],
      ['Dmitry Rogozin', 'other', null],
    ],
  );
});

test('a family name written first ("Zhang" for "Zhang Ming") is unified too', (t) => {
  const [, b] = unifyStoryNames([report('a.txt', { actors: [actor('Zhang Ming')] }), report('b.txt', { actors: [actor('Zhang')] })]);
  t.deepEqual(names(b!), ['Zhang Ming']);
});

test('not when two people of the story share the name', (t) => {
  const reports = [
    analyzedReport('a.txt', 'Orbit Daily', '', 'Former astronaut Mark Kelly praised the plan.'),
    analyzedReport('c.txt', 'Space Wire', '', 'His twin brother Scott Kelly was more cautious.'),
    report('b.txt', { actors: [actor('Kelly')], quotes: [quote('Kelly', 5)] }),
  ];
  t.deepEqual([names(reports[0]!), names(reports[1]!)], [['Mark Kelly'], ['Scott Kelly']]);
  const out = unifyStoryNames(reports);
  t.deepEqual(names(out[2]!), ['Kelly']);
  t.is(out[2]!.voices.quotes[0]!.speaker, 'Kelly');
});

test('listed actors, countries and organisations keep their names', (t) => {
  const full = report('a.txt', { actors: [actor('Jordan Hale'), actor('Halvorsen Grant'), actor('Moon Watch Group', { kind: 'organisation' })] });
  const short = report('b.txt', {
    actors: [actor('Jordan', { kind: 'country' }), actor('Halvorsen', { listed: true }), actor('Moon', { kind: 'organisation' })],
  });
  const [, b] = unifyStoryNames([full, short]);
  t.deepEqual(names(b!), ['Jordan', 'Halvorsen', 'Moon']);
});

test('a full name only a non-person carries is not used', (t) => {
  const [, b] = unifyStoryNames([report('a.txt', { actors: [actor('Secure World', { kind: 'organisation' })] }), report('b.txt', { actors: [actor('Secure')] })]);
  t.deepEqual(names(b!), ['Secure']);
});

test('an unclassed word is renamed onto a person\'s full name by the surname only ("Cook", not "Docker"), a common noun only where a lexicon knows the given name', (t) => {
  const full = report('a.txt', { actors: [actor('Tim Cook'), actor('Docker Registry'), actor('Taylor Swift'), actor('LinkedIn Learning')] });
  const short = report('b.txt', { actors: ['Cook', 'Docker', 'Swift', 'Learning'].map((name) => actor(name, { kind: 'other' })) });
  const [, b] = unifyStoryNames([full, short]);
  t.deepEqual(names(b!), ['Tim Cook', 'Docker', 'Taylor Swift', 'Learning']);
});

test('a short name is not renamed onto a full name the article already has', (t) => {
  const both = report('b.txt', { actors: [actor('Vladimir Putin'), actor('Putin', { kind: 'other' })] });
  const [, b] = unifyStoryNames([report('a.txt', { actors: [actor('Vladimir Putin')] }), both]);
  t.deepEqual(names(b!), ['Vladimir Putin', 'Putin']);
});

test('spellings that differ only in case, spacing or punctuation become the one most articles use', (t) => {
  const reports = [
    report('a.txt', { actors: [actor('Space News', { kind: 'organisation' })] }),
    report('b.txt', { actors: [actor('Space News', { kind: 'organisation' })] }),
    report('c.txt', { actors: [actor('SpaceNews', { kind: 'other' })], quotes: [quote('SpaceNews', 4, { category: 'other' })] }),
  ];
  const [a, , c] = unifyStoryNames(reports);
  t.is(a, reports[0]);
  t.deepEqual(
    c!.actors.map((x) => [x.name, x.kind]),
    [['Space News', 'organisation']],
  );
  t.deepEqual(c!.actors[0]!.aliases, ['SpaceNews']);
  // Its quote is categorised again under the story's name, which the outlet list knows.
  t.deepEqual([c!.voices.quotes[0]!.speaker, c!.voices.quotes[0]!.category], ['Space News', 'media']);
});

test('an unclassed name takes the kind the other articles give it; mixed case wins over capitals', (t) => {
  const spelled = unifyStoryNames([
    report('a.txt', { actors: [actor('HONOLULU', { kind: 'place' }), actor('InterFax', { kind: 'organisation' })] }),
    report('b.txt', { actors: [actor('HONOLULU', { kind: 'place' }), actor('InterFax', { kind: 'organisation' })] }),
    report('c.txt', { actors: [actor('Honolulu', { kind: 'other' }), actor('Interfax', { kind: 'other' })] }),
    report('d.txt', { actors: [actor('Honolulu', { kind: 'person' })] }),
  ]).map((r) => r.actors.map((x) => `${x.name}/${x.kind}`));
  // A classed name keeps its kind: d says "Honolulu" is a person, and so it stays in d.
  t.deepEqual(spelled, [['Honolulu/place', 'InterFax/organisation'], ['Honolulu/place', 'InterFax/organisation'], ['Honolulu/place', 'InterFax/organisation'], ['Honolulu/person']]);
});

test('an article with two spellings of one name keeps both; listed actors keep the list spelling', (t) => {
  const both = report('b.txt', { actors: [actor('Space News', { kind: 'organisation' }), actor('SpaceNews', { kind: 'organisation' })] });
  const listed = report('c.txt', { actors: [actor('SPACE NEWS', { listed: true })] });
  const [, b, c] = unifyStoryNames([report('a.txt', { actors: [actor('SpaceNews', { kind: 'organisation' })] }), both, listed]);
  t.deepEqual(names(b!), ['Space News', 'SpaceNews']);
  t.deepEqual(names(c!), ['SPACE NEWS']);
});

test('an acronym is no surname: "AI" is not renamed onto a person "AI Scientist"', (t) => {
  const [, b] = unifyStoryNames([report('a.txt', { actors: [actor('AI Scientist')] }), report('b.txt', { actors: [actor('AI', { kind: 'other' })] })]);
  t.deepEqual(names(b!), ['AI']);
});

test('the surname of "James P. Kennedy Jr" is Kennedy: a lone "Kennedy" with two Kennedys in the story stays as it is', (t) => {
  const reports = [report('a.txt', { actors: [actor('James P. Kennedy Jr')] }), report('b.txt', { actors: [actor('Thomas Kennedy')] }), report('c.txt', { actors: [actor('Kennedy')] })];
  t.deepEqual(names(unifyStoryNames(reports)[2]!), ['Kennedy']);
  t.deepEqual(names(unifyStoryNames([reports[0]!, reports[2]!])[1]!), ['James P. Kennedy Jr']);
});

test('two short names of one person in an article are not both renamed onto the full name', (t) => {
  const [, b] = unifyStoryNames([report('a.txt', { actors: [actor('Dmitry Rogozin')] }), report('b.txt', { actors: [actor('Rogozin'), actor('Dmitry')] })]);
  t.deepEqual(names(b!), ['Dmitry Rogozin', 'Dmitry']);
});

test('a person named with and without a middle name is one, under the name with it; two middle names are two people', (t) => {
  const [a, b] = unifyStoryNames([report('a.txt', { actors: [actor('Owen John Dempsey')] }), report('b.txt', { actors: [actor('Owen Dempsey'), actor('Dempsey', { kind: 'other' })] })]);
  t.deepEqual([names(a!), names(b!)], [['Owen John Dempsey'], ['Owen John Dempsey', 'Dempsey']]);
  const bushes = unifyStoryNames([
    report('a.txt', { actors: [actor('George W. Bush')] }),
    report('b.txt', { actors: [actor('George H. W. Bush')] }),
    report('c.txt', { actors: [actor('George Bush')] }),
  ]);
  t.deepEqual(names(bushes[2]!), ['George Bush']);
  // A suffix tells a son from his father.
  const trumps = unifyStoryNames([report('a.txt', { actors: [actor('Donald John Trump')] }), report('b.txt', { actors: [actor('Donald Trump Jr')] })]);
  t.deepEqual(names(trumps[1]!), ['Donald Trump Jr']);
});
