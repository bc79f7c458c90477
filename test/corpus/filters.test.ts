import test from 'ava';
import { articleWanted, dateProblem, globPattern, publishedDay, selectStories, storyWanted } from '../../src/corpus/filters.ts';
import type { CorpusFilters } from '../../src/types.ts';

const none: CorpusFilters = { since: null, until: null, outlets: [], stories: [] };

test('dates are calendar days written YYYY-MM-DD', (t) => {
  t.is(dateProblem('2021-03-09'), null);
  t.regex(dateProblem('2021-02-30') ?? '', /not a calendar date/);
  t.regex(dateProblem('9 March 2021') ?? '', /YYYY-MM-DD/);
});

test('story patterns: * any run, ? one character, [..] a set, the rest literal', (t) => {
  t.true(globPattern('climate-*').test('climate-2019-05'));
  t.false(globPattern('climate-*').test('weather-2019'));
  t.true(globPattern('20??-q[12]').test('2021-q2'));
  t.false(globPattern('20??-q[12]').test('2021-q3'));
  t.true(globPattern('a.b+(c)').test('a.b+(c)'), 'regular-expression characters are literal');
  t.false(globPattern('a.b').test('axb'));
  t.true(storyWanted(none, 'anything'));
  t.true(storyWanted({ ...none, stories: ['x', 'lunar-*'] }, 'lunar-2021'));
  t.false(storyWanted({ ...none, stories: ['x'] }, 'lunar-2021'));
});

test('the publication day is read from ISO dates and common date strings, in UTC', (t) => {
  t.is(publishedDay('2021-03-09'), '2021-03-09');
  t.is(publishedDay('2021-03-09T23:30:00-05:00'), '2021-03-09', 'the date as the outlet wrote it');
  t.is(publishedDay('Tue, 09 Mar 2021 10:00:00 GMT'), '2021-03-09');
  t.is(publishedDay('last Tuesday'), null);
  t.is(publishedDay(null), null);
});

test('date filters include both ends and leave out undated articles; outlets match however they are spelt', (t) => {
  const range: CorpusFilters = { ...none, since: '2021-03-01', until: '2021-03-31' };
  t.true(articleWanted(range, { published: '2021-03-01', outlet: 'A' }));
  t.true(articleWanted(range, { published: '2021-03-31T20:00:00Z', outlet: 'A' }));
  t.false(articleWanted(range, { published: '2021-04-01', outlet: 'A' }));
  t.false(articleWanted(range, { published: null, outlet: 'A' }));
  t.true(articleWanted(none, { published: null, outlet: 'A' }));
  const outlets: CorpusFilters = { ...none, outlets: ['The Huffington Post'] };
  t.true(articleWanted(outlets, { published: null, outlet: 'thehuffingtonpost' }));
  t.false(articleWanted(outlets, { published: null, outlet: 'Breitbart' }));
});

test('stories are selected by name or pattern, in the order named, each once; a pattern that matches none is named', (t) => {
  const available = ['bus-2021', 'bus-2022', 'port-2022'];
  t.deepEqual(selectStories(available, undefined), { wanted: available });
  t.deepEqual(selectStories(available, ['port-2022', 'bus-*', 'bus-2021']), { wanted: ['port-2022', 'bus-2021', 'bus-2022'] });
  t.deepEqual(selectStories(available, ['bus-2021', 'rail-*']), { wanted: ['bus-2021'], unmatched: 'rail-*' });
});
