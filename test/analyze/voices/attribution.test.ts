import test from 'ava';
import { attributions, type NamedSpan } from '../../../src/analyze/voices/attribution.ts';
import { segment } from '../../../src/text/segment.ts';
import { quoteRanges } from '../../../src/analyze/sentiment-quotation.ts';

/** Attributions in a one-sentence text; `names` are the actors in it, persons marked with a leading "@". */
function find(text: string, names: string[] = []) {
  const body = segment('body', text);
  const mentions: NamedSpan[] = names
    .map((n) => {
      const name = n.replace(/^@/, '');
      const start = text.indexOf(name);
      if (start < 0) throw new Error(`${name} not in text`);
      return { name, person: n.startsWith('@'), start, end: start + name.length };
    })
    .sort((a, b) => a.start - b.start);
  if (body.sentences.length !== 1) throw new Error(`expected one sentence: ${text}`);
  return attributions(text, body.sentences[0]!, quoteRanges(text), mentions).map((a) => ({
    verb: a.verb,
    verbText: text.slice(a.start, a.end),
    speaker: a.speaker?.name ?? null,
    standIn: a.standIn,
    speakerFirst: a.speakerFirst,
  }));
}

test('a speaker before the verb, after a quotation', (t) => {
  t.deepEqual(find('“We will not accept a second-class role in orbit,” Smith said.', ['@Smith']), [{ verb: 'said', verbText: 'said', speaker: 'Smith', standIn: null, speakerFirst: true }]);
});

test('a verb inside the quotation marks is not an attribution', (t) => {
  const found = find('“They said it could never be done by a small team,” Smith said.', ['@Smith']);
  t.is(found.length, 1);
  t.is(found[0]!.speaker, 'Smith');
});

test('"said Raymond": a speaker after an inverted verb', (t) => {
  t.deepEqual(find('“The threat is real and growing every single month,” said Raymond.', ['@Raymond']), [{ verb: 'said', verbText: 'said', speaker: 'Raymond', standIn: null, speakerFirst: false }]);
});

test('"according to Reuters" names its source after the phrase', (t) => {
  t.deepEqual(find('The launch could slip by two years, according to Reuters.', ['Reuters']), [
    { verb: 'according to', verbText: 'according to', speaker: 'Reuters', standIn: null, speakerFirst: false },
  ]);
});

test('after a verb that is not inverted, the next name is the object, not the speaker', (t) => {
  // "mocked the Space Force": the Space Force is mocked, it does not speak.
  t.deepEqual(find('The video openly mocked the Space Force.', ['Space Force']), []);
});

test('an appositive between the speaker and the verb is skipped', (t) => {
  const text = 'Harry Kazianis, a senior director at the Center for the National Interest, said the deal was symbolic.';
  t.deepEqual(
    find(text, ['@Harry Kazianis', 'Center for the National Interest']).map((a) => [a.verb, a.speaker]),
    [['said', 'Harry Kazianis']],
  );
});

test('auxiliaries and adverbs between speaker and verb are skipped', (t) => {
  t.deepEqual(
    find('Rogozin had reportedly said the module was finished.', ['@Rogozin']).map((a) => [a.verb, a.speaker]),
    [['said', 'Rogozin']],
  );
  t.deepEqual(
    find('Rogozin openly mocked the American programme.', ['@Rogozin']).map((a) => [a.verb, a.speaker]),
    [['mocked', 'Rogozin']],
  );
});

test('a multi-word verb phrase is found whole', (t) => {
  t.deepEqual(
    find('Rogozin was quoted as saying the module was finished.', ['@Rogozin']).map((a) => [a.verb, a.speaker]),
    [['was quoted as saying', 'Rogozin']],
  );
});

test('a person speaking for the body named after them is the speaker', (t) => {
  t.deepEqual(
    find('Brian Weeden of the Secure World Foundation added that the timeline was ambitious.', ['@Brian Weeden', 'Secure World Foundation']).map((a) => a.speaker),
    ['Brian Weeden'],
  );
});

test('pronouns and definite nouns stand in for an earlier speaker', (t) => {
  t.deepEqual(
    find('He warned that the budget would not cover a landing.').map((a) => [a.verb, a.speaker, a.standIn]),
    [['warned', null, 'person']],
  );
  t.deepEqual(
    find('They said the review was biased against them.').map((a) => [a.verb, a.speaker, a.standIn]),
    [['said', null, 'any']],
  );
  t.deepEqual(
    find('The agency said it would brief lawmakers soon.').map((a) => [a.verb, a.speaker, a.standIn]),
    [['said', null, 'any']],
  );
});

test('a name inside the definite noun phrase speaks ("the CNSA statement said")', (t) => {
  t.deepEqual(
    find('The CNSA statement said the station would be open to all.', ['CNSA']).map((a) => [a.speaker, a.standIn]),
    [['CNSA', null]],
  );
});

test('a verb with no speaker before it and none after is not an attribution', (t) => {
  t.deepEqual(find('Many people claimed the launch was faked.'), []);
});
