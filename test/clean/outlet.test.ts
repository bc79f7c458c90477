import test from 'ava';
import { extractHtml } from '../../src/clean/html/extract.ts';
import { resolveOutlet, withStatedSource } from '../../src/clean/outlet.ts';
import { lookupOutlet, mastheadOutlet, outletKey, outletOfHost } from '../../src/clean/outlet-names.ts';
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

test('a page’s own spelling of its site is canonicalised through the gazetteer too, its evidence kept', (t) => {
  const found: FoundMeta = { outlet: { name: 'the Guardian', evidence: 'og:site_name "the Guardian"', rule: 'meta:og:site_name' } };
  t.like(resolveOutlet({}, found, 'a.html'), { name: 'The Guardian', evidence: 'meta:og:site_name: og:site_name "the Guardian"' });
  const address: FoundMeta = { outlet: { name: 'https://www.newsnation.in/', evidence: 'og:site_name "https://www.newsnation.in/"', rule: 'meta:og:site_name' } };
  t.is(resolveOutlet({}, address, 'b.html').name, 'newsnation.in', 'a site named by its address is named by its host');
  t.is(resolveOutlet({ outlet: 'https://www.washingtonpost.com/politics/' }, {}, 'c.txt').name, 'The Washington Post');
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

test('a line shaped like a page title inside a page does not name its outlet unless its headline is the page’s', (t) => {
  const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the tyre maker said on Tuesday that its new compound lasts longer in the wet.</p>`).join('');
  const page = (first: string): string =>
    `<!doctype html><html><head><title>Tyres that last longer in the wet</title><meta property="og:site_name" content="Tyre Weekly"></head><body><article><h1>Tyres that last longer in the wet</h1><p>${first}</p>${body}</article></body></html>`;
  const byline = withStatedSource(extractHtml(page('Bridgestone Team | 5 min read')));
  t.like(byline.found.outlet, { name: 'Tyre Weekly' });
  t.false('repost' in byline.found);
  const tab = withStatedSource(extractHtml(page('Tyres that last longer in the wet | Rubber Daily')));
  t.like(tab.found, { outlet: { name: 'Rubber Daily', rule: 'title-site-date' }, repost: { on: 'Tyre Weekly' } });
});

test('with neither, the site its address is on: the address given (a fetched URL), else the page’s own', (t) => {
  t.deepEqual(resolveOutlet({ url: 'https://www.catchitkansas.com/content/news/a.html' }, { url: 'https://mirror.example/a' }, 'a.html'), {
    name: 'catchitkansas.com',
    known: true,
    source: 'metadata',
    evidence: 'page address catchitkansas.com',
  });
  t.like(resolveOutlet({}, { url: 'https://blog.comwrap.com/epa' }, 'a.html'), { name: 'blog.comwrap.com', source: 'text' });
  t.is(resolveOutlet({}, { url: 'https://edition.cnn.com/2021/a' }, 'a.html').name, 'CNN', 'a listed outlet’s domain is that outlet');
  t.like(resolveOutlet({ url: 'https://example.com/x' }, fromText, 'a.txt'), { name: 'CNN', source: 'text' }, 'what the text names comes first');
  t.is(resolveOutlet({ url: 'not an address' }, {}, 'a.txt').source, 'unknown');
});

test('with none of these, the outlet is unknown and named after the file', (t) => {
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

test('outletOfHost finds the known outlet of a host or of a domain it lies under, and nothing else', (t) => {
  t.is(outletOfHost('uk.reuters.com')?.name, 'Reuters');
  t.is(outletOfHost('cnn.com')?.name, 'CNN');
  t.is(outletOfHost('notcnn.com'), null);
  t.is(outletOfHost('com'), null);
  t.is(outletOfHost(undefined), null);
});

test('outletKey: a web address meets the name it is made from', (t) => {
  t.is(outletKey('politifact.com'), outletKey('PolitiFact'));
  t.is(outletKey('@politifact'), outletKey('PolitiFact'));
  t.is(outletKey('www.Express.co.uk'), outletKey('Express'));
  t.is(outletKey('thehill.com'), outletKey('The Hill'));
  t.not(outletKey('U.S.'), outletKey('U'));
});
