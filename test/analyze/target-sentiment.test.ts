import test from 'ava';
import { segment } from '../../src/text/segment.ts';
import { ruleTargetIn, scoreTarget, targetSentence } from '../../src/analyze/target-sentiment.ts';
import { TARGET_MODEL } from '../../src/analyze/target/layer.ts';
import type { LinearModelFile } from '../../src/learn/linear-model.ts';
import { table } from '../../src/settings/tables.ts';

const config = table('target-sentiment');

/** The n-th occurrence (0-based) of `name` in `text`. */
const mentionOf = (text: string, name: string, n = 0) => {
  let from = -1;
  for (let k = 0; k <= n; k++) from = text.indexOf(name, from + 1);
  return { from, to: from + name.length };
};

/** The rules' reading of the mention (the trained layer's input). */
const about = (text: string, name: string, n = 0) => ruleTargetIn(targetSentence(segment('body', text)), mentionOf(text, name, n));

/** The scorer as shipped: the rules read by the trained layer. */
const scored = (text: string, name: string, model?: LinearModelFile) => scoreTarget(text, mentionOf(text, name), model);

test('the patient of a negative act is rated negative, with the verb as evidence', (t) => {
  const r = about('Senators censured Halvorsen on Tuesday.', 'Halvorsen');
  t.is(r.polarity, -1);
  t.true(r.evidence.some((e) => e.includes("'censured'") && e.includes('patient')));
});

test('a passive negative act still has the actor as patient', (t) => {
  const r = about('Halvorsen was lambasted by the committee.', 'Halvorsen');
  t.is(r.polarity, -1);
  t.true(r.evidence.some((e) => e.includes('patient')));
});

test('the agent of an attack is rated negative too, but less than the patient', (t) => {
  const text = 'Ortega slammed Halvorsen in a speech.';
  const agent = about(text, 'Ortega');
  const patient = about(text, 'Halvorsen');
  t.true(agent.score < 0);
  t.true(patient.score < agent.score);
  t.true(agent.evidence.some((e) => e.includes('agent')));
});

test('praise makes its patient positive', (t) => {
  t.is(about('Local leaders praised Halvorsen for the rescue effort.', 'Halvorsen').polarity, 1);
});

test('an appositive is said of the actor', (t) => {
  const r = about('Halvorsen, a disgraced former aide, arrived at the hearing.', 'Halvorsen');
  t.is(r.polarity, -1);
  t.true(r.evidence.some((e) => e.includes('appositive')));
});

test('what the actor says is mostly not about the actor', (t) => {
  const r = about('Halvorsen said the flooding was terrible.', 'Halvorsen');
  t.is(r.polarity, 0);
  t.true(r.score < 0);
  t.true(r.evidence.some((e) => e.includes("actor's own statement")));
});

test("sentiment in another clause counts less than in the actor's own", (t) => {
  const text = 'Halvorsen opened the new bridge, but the cost overruns were a disgrace.';
  const own = about(text, 'Halvorsen');
  const other = about('The cost overruns were a disgrace to Halvorsen.', 'Halvorsen');
  t.true(Math.abs(own.score) < Math.abs(other.score));
});

test('a pronoun mention is scored like a name', (t) => {
  const r = about('Critics accused her of lying to investigators.', 'her');
  t.is(r.polarity, -1);
});

test('the rules: a plain report of an action is neutral', (t) => {
  const r = about('Halvorsen flew to Oslo on Monday to meet the trade minister.', 'Halvorsen');
  t.is(r.polarity, 0);
  t.deepEqual(r.evidence, [`score 0 within the neutral band [${config.neutralBand.below}, ${config.neutralBand.above}]`]);
});

test('negation turns a news verb around', (t) => {
  t.true(about('Nobody criticized Halvorsen.', 'Halvorsen').score > about('Everybody criticized Halvorsen.', 'Halvorsen').score);
});

test('the trained layer decides: clear blame and praise, a plain report neutral with score 0', (t) => {
  t.is(scored('Senators censured Halvorsen on Tuesday for lying to investigators.', 'Halvorsen').polarity, -1);
  t.is(scored('Local leaders praised Halvorsen for the heroic rescue effort.', 'Halvorsen').polarity, 1);
  const plain = scored('Halvorsen flew to Oslo on Monday to meet the trade minister.', 'Halvorsen');
  t.is(plain.polarity, 0);
  t.is(plain.score, 0);
});

test("the layer's evidence: the winning probability, then its strongest features, the rules' reasons when they count", (t) => {
  const r = scored('Critics blamed Halvorsen for the costly failure.', 'Halvorsen');
  t.is(r.polarity, -1);
  t.true(r.score < 0 && r.score >= -1);
  t.regex(r.evidence[0]!, /^negative 0\.\d\d \(neutral 0\.\d\d, positive 0\.\d\d\)$/);
  const features = r.evidence.slice(1, 1 + config.evidence.max);
  t.true(
    features.every((e) => /^(s|l|r):.+ [+−]\d+\.\d\d$|^(rule|rule:\w+|sentence) [+−]\d+\.\d\d$/.test(e)),
    features.join(' | '),
  );
  t.true(features.some((e) => e.startsWith('l:blame ')));
  t.true(r.evidence.some((e) => e.startsWith('rules ') && e.includes("'blamed'")));
});

test('another model gives another decision: the shipped file is what decides', (t) => {
  const text = 'Halvorsen flew to Oslo on Monday.';
  const output = (id: string, weights: Record<string, number>) => ({ id, bias: 0, threshold: 0, weights });
  const flying: LinearModelFile = {
    ...TARGET_MODEL,
    idf: { 'r:flew': 1 },
    outputs: [output('negative', {}), output('neutral', {}), output('positive', { 'r:flew': 5 })],
  };
  const r = scored(text, 'Halvorsen', flying);
  t.is(r.polarity, 1);
  t.deepEqual(r.evidence.slice(1), ['r:flew +5.00']);
  t.is(scored(text, 'Halvorsen').polarity, 0);
});

test('the same sentence and mention give the same result', (t) => {
  const text = 'Halvorsen, a disgraced former aide, attacked the senator.';
  t.deepEqual(scored(text, 'Halvorsen'), scored(text, 'Halvorsen'));
  t.deepEqual(scored(text, 'senator'), scored(text, 'senator'));
});

test('a model file without the three polarity outputs is refused', (t) => {
  const broken: LinearModelFile = { ...TARGET_MODEL, outputs: TARGET_MODEL.outputs.slice(0, 2) };
  t.throws(() => scored('Halvorsen spoke.', 'Halvorsen', broken), { message: /no output "positive"/ });
});
