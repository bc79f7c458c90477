import test from 'ava';
import config from '../../data/target-sentiment.json' with { type: 'json' };
import { scoreTarget } from '../../src/analyze/target-sentiment.ts';

/** Scores the n-th occurrence (0-based) of `name` in `text`. */
const about = (text: string, name: string, n = 0) => {
  let from = -1;
  for (let k = 0; k <= n; k++) from = text.indexOf(name, from + 1);
  return scoreTarget(text, { from, to: from + name.length });
};

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

test("what the actor says is mostly not about the actor", (t) => {
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

test('a plain report of an action is neutral', (t) => {
  const r = about('Halvorsen flew to Oslo on Monday to meet the trade minister.', 'Halvorsen');
  t.is(r.polarity, 0);
  t.deepEqual(r.evidence, [`score 0 within the neutral band [${config.neutralBand.below}, ${config.neutralBand.above}]`]);
});

test('negation turns a news verb around', (t) => {
  t.true(about('Nobody criticized Halvorsen.', 'Halvorsen').score > about('Everybody criticized Halvorsen.', 'Halvorsen').score);
});
