import test from 'ava';
import { buildGazetteer, DEFAULT_GAZETTEER, isDemonym } from '../../../src/analyze/actors/gazetteer.ts';
import { nameTokens, phraseKey } from '../../../src/analyze/actors/name-tokens.ts';

// Look a phrase up the way the mention finder does: by the key of its words.
const lookup = (name: string, g = DEFAULT_GAZETTEER) => g.get(phraseKey(nameTokens(name)));
const nameOf = (name: string, g = DEFAULT_GAZETTEER) => lookup(name, g)?.name;

test('a country is named by its common and official names, capital, demonym and agencies', (t) => {
  for (const alias of ['China', "People's Republic of China", 'Beijing', 'Chinese', 'CNSA', 'China National Space Administration', 'PRC']) {
    t.is(nameOf(alias), 'China', alias);
  }
  t.deepEqual(lookup('Beijing'), { name: 'China', kind: 'country', listed: false });
});

test('seats of government stand for their state', (t) => {
  t.is(nameOf('Kremlin'), 'Russia');
  t.is(nameOf('Moscow'), 'Russia');
  t.is(nameOf('Roscosmos'), 'Russia');
  t.is(nameOf('White House'), 'United States');
  t.is(nameOf('Downing Street'), 'United Kingdom');
});

test('"U.S.", "US" and "USA" are the United States, but "us" is a pronoun', (t) => {
  for (const alias of ['U.S.', 'US', 'USA', 'America', 'American', 'NASA']) t.is(nameOf(alias), 'United States', alias);
  t.is(nameOf('us'), undefined);
  // "usa" in lower case is not an acronym any more.
  t.is(DEFAULT_GAZETTEER.get('usa'), undefined);
});

test('a demonym belongs to its country and is known as a demonym', (t) => {
  t.true(isDemonym('chinese'));
  t.true(isDemonym('russian'));
  // The Northern Mariana Islands share "American"; the sovereign state takes it.
  t.true(isDemonym('american'));
  t.is(nameOf('American'), 'United States');
  t.false(isDemonym('china'));
  t.false(isDemonym('beijing'));
});

test('a demonym several states share names none of them', (t) => {
  t.is(nameOf('Korean'), undefined);
  t.false(isDemonym('korean'));
});

test('country names that are common words or given names are skipped', (t) => {
  // "Jordan" and "Georgia" are people's names as often as countries; "Chad" an ordinary word.
  for (const name of ['Jordan', 'Georgia', 'Chad']) t.is(lookup(name), undefined, name);
  // Only capitalised words are looked up: "Turkey" is the country, "turkey" the bird.
  t.is(lookup('Turkey')?.name, 'Türkiye');
});

test('blocs, places and news media have their own kinds', (t) => {
  t.deepEqual(lookup('EU'), { name: 'European Union', kind: 'country', listed: false });
  t.is(nameOf('Soviet'), 'Soviet Union');
  t.is(lookup('Europe')?.kind, 'place');
  t.is(lookup('South China Sea')?.kind, 'place');
  t.deepEqual(lookup('Reuters'), { name: 'Reuters', kind: 'organisation', listed: false });
  t.is(lookup('Associated Press')?.kind, 'organisation');
});

test('the default gazetteer lists no actors', (t) => {
  t.deepEqual(DEFAULT_GAZETTEER.listed, []);
  t.true(DEFAULT_GAZETTEER.longest >= 4);
});

test('a listed actor and its aliases are found, with kind "other" unless told', (t) => {
  const g = buildGazetteer([
    { name: 'Lunar Gateway Consortium', aliases: ['LGC', 'Gateway Consortium'] },
    { name: 'Halvorsen Grant', kind: 'person' },
  ]);
  const consortium = { name: 'Lunar Gateway Consortium', kind: 'other', listed: true };
  t.deepEqual(lookup('Lunar Gateway Consortium', g), consortium);
  t.deepEqual(lookup('LGC', g), consortium);
  t.deepEqual(lookup('Gateway Consortium', g), consortium);
  t.is(lookup('Consortium', g), undefined);
  t.deepEqual(lookup('Halvorsen Grant', g), { name: 'Halvorsen Grant', kind: 'person', listed: true });
  t.deepEqual(g.listed, [consortium, { name: 'Halvorsen Grant', kind: 'person', listed: true }]);
});

test('a listed built-in actor keeps its built-in kind and takes over every built-in alias', (t) => {
  const g = buildGazetteer([{ name: 'China', aliases: ['Middle Kingdom'] }]);
  const china = { name: 'China', kind: 'country', listed: true };
  for (const alias of ['China', 'Beijing', 'Chinese', 'CNSA', 'PRC', 'Middle Kingdom']) t.deepEqual(lookup(alias, g), china, alias);
  // Other countries stay as they were.
  t.deepEqual(lookup('Kremlin', g), { name: 'Russia', kind: 'country', listed: false });
});

test('a listed kind overrides the built-in kind', (t) => {
  const g = buildGazetteer([{ name: 'Reuters', kind: 'other' }]);
  t.deepEqual(lookup('Reuters', g), { name: 'Reuters', kind: 'other', listed: true });
});

test('building a gazetteer with listed actors leaves the default one alone', (t) => {
  buildGazetteer([{ name: 'China', aliases: ['Middle Kingdom'] }]);
  t.deepEqual(lookup('Beijing'), { name: 'China', kind: 'country', listed: false });
  t.is(lookup('Middle Kingdom'), undefined);
});

test('longest grows with a long listed alias', (t) => {
  const g = buildGazetteer([{ name: 'Orbital Watch', aliases: ['International Committee for the Peaceful Use of Outer Space and the Moon'] }]);
  t.is(g.longest, 12);
  t.is(nameOf('International Committee for the Peaceful Use of Outer Space and the Moon', g), 'Orbital Watch');
});
