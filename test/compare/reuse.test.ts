import test from 'ava';
import { findReuse } from '../../src/compare/reuse.ts';
import { SETTINGS } from '../helpers/settings.ts';

const WIRE =
  'The two space agencies signed a memorandum on Tuesday to build a research station on the surface of the Moon, ' +
  'open to other countries that wish to take part. Construction is planned to start within the next decade, ' +
  'and the station would be run jointly from Beijing and Moscow once the first modules are in place.';
const QUOTE = '“This mirrors what both countries are doing on sharing weapons technology and economic ties,” the analyst said.';

test('a reprint with a few added lines is a repost of the original, with the copied span and its opening', (t) => {
  const forum = `Posted by moonfan: interesting news today.\n\n${WIRE}\n\nWhat do you all think?`;
  const [link] = findReuse(
    [
      { id: 'agency', text: WIRE },
      { id: 'forum', text: forum },
    ],
    SETTINGS.reuse,
  );
  t.truthy(link);
  t.is(link!.kind, 'repost');
  t.is(link!.contained, 'agency');
  t.is(link!.containment.a, 1);
  t.true(link!.containment.b < 1);
  // A passage runs from its first word to its last; the closing period is not a word.
  const copied = WIRE.slice(0, -1);
  const [passage] = link!.passages;
  // The text kept is the opening, cut after a word; the offsets give the whole passage.
  t.true(copied.length > SETTINGS.reuse.excerpt.maxChars);
  t.true(passage!.text.length <= SETTINGS.reuse.excerpt.maxChars + 1);
  t.regex(passage!.text, /\w…$/);
  t.true(copied.startsWith(passage!.text.slice(0, -1)));
  t.regex(copied.charAt(passage!.text.length - 1), /\s/);
  t.is(forum.slice(passage!.b.start, passage!.b.end), copied);
  t.is(WIRE.slice(passage!.a.start, passage!.a.end), copied);
});

test('two reports that run the same quote share a passage but are not reposts', (t) => {
  const links = findReuse(
    [
      { id: 'a', text: `Officials met in Geneva on Monday. ${QUOTE} Talks continue next week.` },
      { id: 'b', text: `A new alliance is forming in space, critics warn. ${QUOTE} Others disagree entirely.` },
    ],
    SETTINGS.reuse,
  );
  t.is(links.length, 1);
  t.is(links[0]!.kind, 'shared passages');
  t.is(links[0]!.contained, undefined);
  t.true(links[0]!.passages[0]!.text.startsWith('This mirrors what both countries'));
});

test('a shared phrase shorter than the passage minimum is not reuse', (t) => {
  t.true(SETTINGS.reuse.passage.minWords > 9);
  t.deepEqual(
    findReuse(
      [
        { id: 'a', text: 'The agency said in a statement on Tuesday that the launch went well.' },
        { id: 'b', text: 'Another agency said in a statement on Tuesday that nothing changed.' },
      ],
      SETTINGS.reuse,
    ),
    [],
  );
});

test('a shingle found in too many articles is boilerplate and links nobody', (t) => {
  const credit = 'Copyright the news agency all rights reserved this material may not be published broadcast rewritten or redistributed';
  const many = Array.from({ length: SETTINGS.reuse.commonShingle.maxArticles + 1 }, (_, i) => ({ id: `n${i}`, text: `Story number ${i} about topic ${i * 7}. ${credit}` }));
  t.deepEqual(findReuse(many, SETTINGS.reuse), []);
});

test('links come strongest first, and a passage repeated inside one article counts once', (t) => {
  const links = findReuse(
    [
      { id: 'x', text: `${QUOTE} ${QUOTE}` },
      { id: 'y', text: QUOTE },
      { id: 'z', text: `${WIRE} ${QUOTE}` },
      { id: 'w', text: WIRE },
    ],
    SETTINGS.reuse,
  );
  t.deepEqual(
    links.map((l) => [l.a, l.b]),
    [
      ['z', 'w'],
      ['x', 'y'],
      ['x', 'z'],
      ['y', 'z'],
    ],
  );
  t.is(links.find((l) => l.a === 'x' && l.b === 'y')!.containment.b, 1);
});

test('only runs of identical words are shared: texts that differ in every eighth word share nothing', (t) => {
  const words = Array.from({ length: 64 }, (_, i) => `word${i}`);
  const changed = words.map((w, i) => (i % 8 === 7 ? `other${i}` : w));
  const copied = [...words.slice(0, 20), 'then', ...words.slice(40)];
  const links = findReuse(
    [
      { id: 'a', text: words.join(' ') },
      { id: 'b', text: changed.join(' ') },
      { id: 'c', text: copied.join(' ') },
    ],
    SETTINGS.reuse,
  );
  t.deepEqual(
    links.map((l) => [l.a, l.b, l.passages.map((p) => p.words)]),
    [['a', 'c', [20, 24]]],
  );
});

test('articles with no words, or fewer than a shingle, sit between two copies without moving their passage', (t) => {
  const links = findReuse(
    [
      { id: 'empty', text: '' },
      { id: 'agency', text: WIRE },
      { id: 'short', text: 'Too short.' },
      { id: 'copy', text: `${QUOTE}\n\n${WIRE}` },
    ],
    SETTINGS.reuse,
  );
  t.deepEqual(
    links.map((l) => [l.a, l.b, l.kind]),
    [['agency', 'copy', 'repost']],
  );
  const [passage] = links[0]!.passages;
  t.is(WIRE.slice(passage!.a.start, passage!.a.end), WIRE.slice(0, -1));
  t.is(`${QUOTE}\n\n${WIRE}`.slice(passage!.b.start, passage!.b.end), WIRE.slice(0, -1));
});
