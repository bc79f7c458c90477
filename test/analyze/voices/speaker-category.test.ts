import test from 'ava';
import { speakerCategory } from '../../../src/analyze/voices/speaker-category.ts';

test('no speaker is unknown', (t) => {
  t.is(speakerCategory(null, null, null), 'unknown');
  t.is(speakerCategory(null, 'person', 'a senior analyst'), 'unknown');
});

test('news agencies and known outlets are media, whatever their kind', (t) => {
  t.is(speakerCategory('Reuters', 'organisation', null), 'media');
  t.is(speakerCategory('Associated Press', 'organisation', null), 'media');
  // From data/outlets.json by an alias.
  t.is(speakerCategory('Deutsche Welle', 'other', null), 'media');
});

test('a newspaper by its masthead is media, and so is a reporter of one', (t) => {
  t.is(speakerCategory('Hindustan Times', 'organisation', null), 'media');
  t.is(speakerCategory('San Francisco Chronicle', 'organisation', null), 'media');
  t.is(speakerCategory('Alex Horton', 'person', 'of The Washington Post'), 'media');
  // Not a star or a press secretary.
  t.is(speakerCategory('Ann Lee', 'person', 'the NBA star'), 'other');
});

test('a country speaking (through its capital or an agency) is official', (t) => {
  t.is(speakerCategory('China', 'country', 'CNSA'), 'official');
  t.is(speakerCategory('Russia', 'country', null), 'official');
});

test('an official body is official though its name holds no official word; another organisation is not', (t) => {
  t.is(speakerCategory('FBI', 'organisation', null), 'official');
  t.is(speakerCategory('United Nations', 'organisation', null), 'official');
  t.is(speakerCategory('Hamas', 'organisation', null), 'organisation');
  t.is(speakerCategory('Apple', 'organisation', null), 'organisation');
});

test('role words decide between officials, experts and media', (t) => {
  t.is(speakerCategory('Dmitry Rogozin', 'person', 'Roscosmos chief'), 'official');
  t.is(speakerCategory('Bill Nelson', 'person', 'former senator'), 'official');
  t.is(speakerCategory('Karine Jean-Pierre', 'person', 'Press Secretary'), 'official');
  t.is(speakerCategory('Maria Lopez', 'person', 'a professor of astronomy at Rice University'), 'expert');
  t.is(speakerCategory('Tom Baker', 'person', 'a reporter for the Lunar Times'), 'media');
});

test('a director of a think tank is an expert; a chief of operations is an official', (t) => {
  t.is(speakerCategory('Harry Kazianis', 'person', 'a senior director at the Center for the National Interest'), 'expert');
  t.is(speakerCategory('John W. Raymond', 'person', 'chief of space operations'), 'official');
});

test('on a tie between expert and official words the expert wins', (t) => {
  // "director" (expert) against "agency" (official).
  t.is(speakerCategory('Ann Ortiz', 'person', 'director of the agency'), 'expert');
});

test('the name itself counts: a foundation or a ministry speaking', (t) => {
  t.is(speakerCategory('Secure World Foundation', 'organisation', null), 'expert');
  t.is(speakerCategory('Foreign Ministry', 'organisation', null), 'official');
});

test('without telling words, an organisation is an organisation and anyone else other', (t) => {
  t.is(speakerCategory('Lunar Gateway Consortium', 'organisation', null), 'organisation');
  t.is(speakerCategory('Smith', 'person', null), 'other');
  t.is(speakerCategory('Smith', null, null), 'other');
});
