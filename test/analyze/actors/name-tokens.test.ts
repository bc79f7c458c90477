import test from 'ava';
import { nameKey, nameTokens, phraseKey } from '../../../src/analyze/actors/name-tokens.ts';

const texts = (s: string) => nameTokens(s).map((t) => t.text);

test('dotted acronyms stay whole and keep their capitals in the key', (t) => {
  const [us] = nameTokens('U.S. officials');
  t.is(us!.text, 'U.S.');
  t.is(us!.key, 'U.S.');
  t.true(us!.capital);
});

test('"US" the country and "us" the pronoun have different keys', (t) => {
  t.is(nameKey('US'), 'US');
  t.is(nameKey('us'), 'us');
  t.is(nameKey('NASA'), 'NASA');
  // A capitalised ordinary word is lower-cased: only all-capital words are acronyms.
  t.is(nameKey('Beijing'), 'beijing');
  t.is(nameKey('A'), 'a');
});

test('a hyphen joining two names splits them; an ordinary hyphenated word stays whole', (t) => {
  t.deepEqual(texts('Russian-U.S. ties'), ['Russian', 'U.S.', 'ties']);
  t.deepEqual(texts('U.S.-China trade'), ['U.S.', 'China', 'trade']);
  t.deepEqual(texts('a long-term plan'), ['a', 'long-term', 'plan']);
  t.deepEqual(texts('Karine Jean-Pierre'), ['Karine', 'Jean-Pierre']);
});

test('"Washington-based" is one word but not a capitalised name', (t) => {
  const [w] = nameTokens('Washington-based analysts');
  t.is(w!.text, 'Washington-based');
  t.false(w!.capital);
  t.true(nameTokens('Jean-Pierre')[0]!.capital);
});

test('possessives are marked and dropped from the key, straight or curly', (t) => {
  const [russia, roscosmos] = nameTokens("Russia's Roscosmos");
  t.true(russia!.possessive);
  t.is(russia!.key, 'russia');
  t.false(roscosmos!.possessive);
  const [curly] = nameTokens('Beijing’s plan');
  t.true(curly!.possessive);
  t.is(curly!.key, 'beijing');
  t.is(nameKey("NASA's"), 'NASA');
});

test('a curly apostrophe inside a name is straightened in the key', (t) => {
  t.is(nameKey('O’Brien'), "o'brien");
  t.is(nameKey("O'Brien"), "o'brien");
});

test('offsets point into the text, shifted by the offset given', (t) => {
  const text = 'Analysts at the Secure World Foundation disagreed.';
  for (const tok of nameTokens(text)) t.is(text.slice(tok.start, tok.end), tok.text);
  const shifted = nameTokens(text, 100);
  t.is(shifted[0]!.start, 100);
  t.is(text.slice(shifted[3]!.start - 100, shifted[3]!.end - 100), 'Secure');
});

test('phraseKey joins the keys of a phrase with spaces', (t) => {
  t.is(phraseKey(nameTokens('China National Space Administration')), 'china national space administration');
  t.is(phraseKey(nameTokens('the U.S. Senate')), 'the U.S. senate');
  t.is(phraseKey([]), '');
});

test('an Arabic article joined by a hyphen makes a name word, and the key leaves it out', (t) => {
  const [assad, qaeda, based] = nameTokens('al-Assad al-Qaeda well-Known');
  t.deepEqual([assad!.capital, assad!.key, assad!.text], [true, 'assad', 'al-Assad']);
  t.deepEqual([qaeda!.capital, qaeda!.key], [true, 'qaeda']);
  // Only the listed articles: a lower-case word before a hyphen is otherwise no name.
  t.false(based!.capital);
});
