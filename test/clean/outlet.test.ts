import test from 'ava';
import { resolveOutlet } from '../../src/clean/outlet.ts';
import { lookupOutlet, mastheadOutlet } from '../../src/clean/outlet-names.ts';
import type { FoundMeta } from '../../src/types.ts';

const fromText: FoundMeta = {
  outlet: { name: 'CNN', evidence: '"CNN —"', rule: 'masthead' },
};

test('metadata wins over the text and is canonicalised through the gazetteer', (t) => {
  t.deepEqual(resolveOutlet({ outlet: 'washingtonpost.com' }, fromText, 'a.txt'), {
    name: 'The Washington Post',
    known: true,
    source: 'metadata',
    evidence: 'front matter or story.json',
  });
  t.is(resolveOutlet({ outlet: 'national public radio' }, {}, 'a.txt').name, 'NPR');
});

test('metadata naming an outlet the gazetteer does not know is kept as given', (t) => {
  t.deepEqual(resolveOutlet({ outlet: 'Florida Today' }, fromText, 'a.txt'), {
    name: 'Florida Today',
    known: true,
    source: 'metadata',
    evidence: 'front matter or story.json',
  });
});

test('without metadata, the outlet the text names is used, with its rule and evidence', (t) => {
  t.deepEqual(resolveOutlet({ title: 'x' }, fromText, 'a.txt'), {
    name: 'CNN',
    known: true,
    source: 'text',
    evidence: 'masthead: "CNN —"',
  });
});

test('a repost found in the text is carried along', (t) => {
  const found: FoundMeta = {
    outlet: { name: 'SpaceNews', evidence: '"Source: spacenews.com"', rule: 'source-line' },
    repost: { on: 'NASASpaceflight forum', evidence: 'Forum › News' },
  };
  const ref = resolveOutlet({}, found, 'forum.txt');
  t.like(ref, { name: 'SpaceNews', source: 'text', repost: { on: 'NASASpaceflight forum', evidence: 'Forum › News' } });
  t.false('repost' in resolveOutlet({}, fromText, 'a.txt'));
});

test('with neither, the outlet is unknown and named after the file', (t) => {
  t.deepEqual(resolveOutlet({}, {}, 'sub/article-3.txt'), { name: 'unknown (sub/article-3.txt)', known: false, source: 'unknown' });
  // An empty outlet in the metadata does not count.
  t.is(resolveOutlet({ outlet: '' }, {}, 'a.md').source, 'unknown');
});

test('lookupOutlet finds an outlet by name, alias or domain, ignoring case, "www." and a trailing slash', (t) => {
  t.is(lookupOutlet('The New York Times')?.name, 'The New York Times');
  t.is(lookupOutlet('new york times')?.name, 'The New York Times');
  t.is(lookupOutlet('NYT')?.name, 'The New York Times');
  t.is(lookupOutlet('nytimes.com')?.name, 'The New York Times');
  t.is(lookupOutlet('www.nytimes.com')?.name, 'The New York Times');
  t.is(lookupOutlet('  WWW.NYTimes.com/ ')?.name, 'The New York Times');
  t.is(lookupOutlet('bbc.co.uk')?.name, 'BBC News');
  t.deepEqual(lookupOutlet('usatoday.com'), { name: 'USA TODAY', aliases: ['USA Today'], domains: ['usatoday.com'] });
});

test('lookupOutlet accepts a leading "the" the gazetteer does not print', (t) => {
  t.is(lookupOutlet('The Politico')?.name, 'Politico');
  t.is(lookupOutlet('the Associated Press')?.name, 'Associated Press');
});

test('lookupOutlet returns null for names it does not know, and never matches partially', (t) => {
  t.is(lookupOutlet('Florida Today'), null);
  t.is(lookupOutlet('CNN International'), null);
  t.is(lookupOutlet('edition.cnn'), null);
  t.is(lookupOutlet(''), null);
});

test('mastheadOutlet matches a name at the start of a line', (t) => {
  t.is(mastheadOutlet('USA TODAY US Edition')?.name, 'USA TODAY');
  t.is(mastheadOutlet('usatoday.com')?.name, 'USA TODAY');
  t.is(mastheadOutlet('The Washington Post')?.name, 'The Washington Post');
  t.is(mastheadOutlet('the Guardian — International Edition')?.name, 'The Guardian');
  t.is(mastheadOutlet('Reuters')?.name, 'Reuters');
});

test('a sentence that starts with an outlet name is not a masthead', (t) => {
  t.is(mastheadOutlet('Time to launch the rocket'), null);
  t.is(mastheadOutlet('Insider trading charges were filed'), null);
});

test('mastheadOutlet prefers the longest name that starts the line', (t) => {
  t.is(mastheadOutlet('The Times of India, Mumbai')?.name, 'The Times of India');
  t.is(mastheadOutlet('The Times, London')?.name, 'The Times');
  t.is(mastheadOutlet('Washington Free Beacon')?.name, 'The Washington Free Beacon');
  t.is(mastheadOutlet('New York Post Exclusive')?.name, 'New York Post');
});

test('mastheadOutlet does not match a name later in the line or inside a longer word', (t) => {
  t.is(mastheadOutlet('Reporting by Reuters'), null);
  t.is(mastheadOutlet('He told CNN on Monday'), null);
  t.is(mastheadOutlet('CNNMoney'), null);
  t.is(mastheadOutlet('APNewsroom'), null);
  t.is(mastheadOutlet(''), null);
});
