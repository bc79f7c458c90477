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

test('a short name is not renamed onto a full name the article already has', (t) => {
  const both = report('b.txt', { actors: [actor('Vladimir Putin'), actor('Putin', { kind: 'other' })] });
  const [, b] = unifyStoryNames([report('a.txt', { actors: [actor('Vladimir Putin')] }), both]);
  t.deepEqual(names(b!), ['Vladimir Putin', 'Putin']);
});
