import test from 'ava';
import { indexPhrases, phraseAt, phraseCue, scanPhrases } from '../../src/text/phrases.ts';
import { segment } from '../../src/text/segment.ts';

test('two cues for the same words are refused', (t) => {
  const error = t.throws(() => indexPhrases([phraseCue('slammed', false, 'a', 'test'), phraseCue('slams', false, 'b', 'test')], (c) => c.data));
  t.regex(error.message, /b matches the same words as a/);
});

test('the longest cue wins, then the one compared on the word as written; words must be adjacent', (t) => {
  const index = indexPhrases([phraseCue('claim', false, 'stem', 'test'), phraseCue('claims', true, 'form', 'test'), phraseCue('so-called claims', false, 'phrase', 'test')], (c) => c.data);
  const [sentence] = segment('body', 'Its so-called claims, and claims again; "so-called" claims.').sentences;
  const found = scanPhrases(index, sentence!.text, sentence!.tokens, () => true).map((f) => [f.cue.data, sentence!.tokens[f.at]!.text]);
  t.deepEqual(found, [
    ['phrase', 'so-called'],
    ['form', 'claims'],
    ['form', 'claims'],
  ]);
});

test('phraseAt reads a possessive as the word', (t) => {
  const [sentence] = segment('body', "The regime's plan").sentences;
  t.true(phraseAt(sentence!.text, sentence!.tokens, 1, { keys: ['regime'], byNorm: true }));
  t.false(phraseAt(sentence!.text, sentence!.tokens, 0, { keys: ['regime'], byNorm: true }));
});
