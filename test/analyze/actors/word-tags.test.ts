import test from 'ava';
import { isAdjective, isAttributive, isCommonWord, isEnglishWord, isForeignWord, lexiconKind, sentenceNameTokens, tagsOf } from '../../../src/analyze/actors/word-tags.ts';

test('a lone word takes its tags from the lexicon and the pre-tagger', (t) => {
  t.true(tagsOf('Obama').includes('LastName'));
  t.true(tagsOf('Texas').includes('Place'));
  t.true(tagsOf('angry').includes('Adjective'));
  t.true(tagsOf('said').includes('Verb'));
});

test('a hyphenated word is tagged as the post-tagger joins its terms', (t) => {
  t.true(tagsOf('cost-effective').includes('Adjective'));
  t.false(tagsOf('cost-effective').includes('Verb'));
});

test('a word is tagged once and then read from the cache', (t) => {
  t.is(tagsOf('Pentagon'), tagsOf('Pentagon'));
});

test('lexiconKind: places and organisations the lexicon names in more than one word, by their keys', (t) => {
  t.is(lexiconKind(['san', 'francisco']), 'place');
  t.is(lexiconKind(['Salt', 'Lake', 'City']), 'place');
  t.is(lexiconKind(['pittsburgh', 'steelers']), 'organisation');
  t.is(lexiconKind(['united', 'nations']), 'organisation');
  t.is(lexiconKind(['donald', 'trump']), null);
  t.is(lexiconKind(['francisco']), null);
});

test('isCommonWord: words most often common nouns, adjectives or gerunds, in any case; names and unknown words are not', (t) => {
  for (const w of ['Health', 'securities', 'Customs', 'Human', 'Housing']) t.true(isCommonWord(w), w);
  for (const w of ['Biden', 'Allianz', 'the', 'and', 'Modernize', 'constructor']) t.false(isCommonWord(w), w);
});

test("isEnglishWord: any word Brill's lexicon knows in lower case; unknown names are not", (t) => {
  for (const w of ['Officials', 'the', 'Trump', 'Health']) t.true(isEnglishWord(w), w);
  for (const w of ['Montell', 'Figgins', 'Dzhokhar']) t.false(isEnglishWord(w), w);
});

test('isForeignWord: no English word, or one Brill marks foreign; isAdjective: an adjective to both lexicons', (t) => {
  for (const w of ['un', 'hye']) t.true(isForeignWord(w), w);
  for (const w of ['in', 'based']) t.false(isForeignWord(w), w);
  for (const w of ['Democratic', 'Galactic']) t.true(isAdjective(w), w);
  for (const w of ['Sajid', 'Republic']) t.false(isAdjective(w), w);
});

test('a given name in two short parts that are no English words count as capitalised; a hyphenated word does not', (t) => {
  for (const w of ['Jong-un', 'Jae-in', 'Geun-hye', 'Ing-wen']) t.true(sentenceNameTokens(w)[0]!.capital, w);
  for (const w of ['Trump-backed', 'Obama-era', 'Check-in', 'Ninety-two', 'Evangelion-esque']) t.false(sentenceNameTokens(w)[0]!.capital, w);
});

test('isAttributive: adjectives and singular demonyms, not brands compromise guesses adjectives of', (t) => {
  for (const word of ['Democratic', 'Israeli', 'Kurdish', 'Russophobic']) t.true(isAttributive(word), word);
  for (const word of ['Syrians', 'Glossier', 'BlackMagic', 'Trump']) t.false(isAttributive(word), word);
});
