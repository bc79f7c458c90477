import test from 'ava';
import { topFrames } from '../../src/analyze/frame-presence.ts';
import { frameCatalog, scoreFrames } from '../../src/analyze/frames.ts';
import { policyClass, policyPresence, POLICY_MODEL, SHORT_TEXT } from '../../src/analyze/policy-presence.ts';
import { segment } from '../../src/text/segment.ts';
import type { LinearModelFile } from '../../src/learn/linear-model.ts';
import type { FramePresence, Segment } from '../../src/types.ts';

function presenceOf(segments: Segment[]): FramePresence[] {
  return policyPresence(segments, scoreFrames(segments));
}

function body(text: string): FramePresence[] {
  return presenceOf([segment('body', text)]);
}

function frame(presence: FramePresence[], id: string): FramePresence {
  return presence.find((p) => p.id === id)!;
}

const ECONOMIC = 'Higher taxes and rising prices have pushed the budget deficit to a record, economists said.';
const CRIME = 'Police arrested two men and charged them with robbery and murder.';
// Sentences that name no policy frame's cues.
const PLAIN = ['The afternoon was quiet.', 'She walked to the corner.', 'A dog barked twice.', 'Then the rain stopped.', 'He smiled and left.'];

test('the 15 policy frames, in catalog order, strengths in [0, 1]', (t) => {
  const presence = body(ECONOMIC);
  const policyIds = frameCatalog()
    .filter((f) => f.family === 'policy')
    .map((f) => f.id);
  t.deepEqual(
    presence.map((p) => p.id),
    policyIds,
  );
  for (const p of presence) {
    t.is(p.family, 'policy');
    t.true(p.strength >= 0 && p.strength <= 1, p.id);
  }
});

test('an economic sentence: economic is present and on top, with its evidence', (t) => {
  const presence = body(ECONOMIC);
  const economic = frame(presence, 'policy.economic');
  t.true(economic.present);
  t.is(topFrames(presence).policy, 'policy.economic');
  t.deepEqual(economic.sentences, [{ part: 'body', sentence: 0 }]);
  t.true(economic.evidence.length > 0);
  t.true(economic.evidence.every((e) => /^(w|cue):/.test(e.feature)));
  t.true(economic.evidence.some((e) => e.feature === 'cue:policy.economic' && e.contribution > 0));
});

test('a crime sentence goes to legality and crime, FrAC class 5, led by crime for its cues', (t) => {
  const presence = body(CRIME);
  const top = topFrames(presence).policy;
  t.is(top, 'policy.crime');
  t.is(policyClass(top), '5');
  t.true(frame(presence, 'policy.crime').present);
});

test('a sentence with no frame has no top policy frame, and counts as FrAC class 15', (t) => {
  const presence = body('She walked to the corner and waited.');
  t.false(presence.some((p) => p.present));
  t.is(topFrames(presence).policy, null);
  t.is(policyClass(null), '15');
});

test('policy.other is never present: FrAC folds it into "no frame"', (t) => {
  for (const text of [ECONOMIC, CRIME, PLAIN.join(' ')]) t.false(frame(body(text), 'policy.other').present);
});

test('in a longer text one sentence is not enough: a frame needs two sentences that carry it', (t) => {
  t.true(PLAIN.length + 1 > SHORT_TEXT);
  const once = presenceOf([segment('body', [ECONOMIC, ...PLAIN].join('\n\n'))]);
  t.false(frame(once, 'policy.economic').present);
  t.is(frame(once, 'policy.economic').sentences.length, 1);

  const twice = presenceOf([segment('body', [ECONOMIC, ...PLAIN, 'Investors fear the recession will cost thousands of jobs.'].join('\n\n'))]);
  const economic = frame(twice, 'policy.economic');
  t.true(economic.present);
  t.deepEqual(economic.sentences, [
    { part: 'body', sentence: 0 },
    { part: 'body', sentence: PLAIN.length + 1 },
  ]);
  // Strength is the second-strongest sentence's, so it cannot exceed the single-sentence strength.
  t.true(economic.strength > 0 && economic.strength <= frame(body(ECONOMIC), 'policy.economic').strength);
  t.is(topFrames(twice).policy, 'policy.economic');
});

test('headline and body are read together, and sentences keep their part', (t) => {
  const segments = [segment('headline', 'Budget deficit hits record as taxes rise'), segment('body', [ECONOMIC, ...PLAIN].join('\n\n'))];
  const economic = frame(presenceOf(segments), 'policy.economic');
  t.true(economic.present);
  t.deepEqual(economic.sentences, [
    { part: 'headline', sentence: 0 },
    { part: 'body', sentence: 0 },
  ]);
});

test('deterministic, and the input is left alone', (t) => {
  const segments = [segment('body', [ECONOMIC, CRIME, ...PLAIN].join('\n\n'))];
  const frames = scoreFrames(segments);
  const before = JSON.stringify([segments, frames]);
  const a = JSON.stringify(policyPresence(segments, frames));
  t.is(JSON.stringify(policyPresence(segments, frames)), a);
  t.is(JSON.stringify([segments, frames]), before);
});

test('FrAC classes: the 15 frames map onto FrAC as the issue sets out', (t) => {
  const expected: Record<string, string> = {
    'policy.economic': '1',
    'policy.capacity': '6',
    'policy.morality': '3',
    'policy.fairness': '4',
    'policy.legality': '5',
    'policy.policy': '6',
    'policy.crime': '5',
    'policy.security': '8',
    'policy.health': '9',
    'policy.quality-of-life': '9',
    'policy.cultural-identity': '11',
    'policy.public-opinion': '12',
    'policy.political': '6',
    'policy.external': '6',
    'policy.other': '15',
  };
  for (const [id, c] of Object.entries(expected)) t.is(policyClass(id), c, id);
  t.deepEqual(
    POLICY_MODEL.outputs.map((o) => o.id),
    ['1', '3', '4', '5', '6', '8', '9', '11', '12', '15'],
  );
});

test('a model whose settings do not name its classes is refused', (t) => {
  const broken: LinearModelFile = { ...POLICY_MODEL, settings: {} };
  t.throws(() => policyPresence([segment('body', ECONOMIC)], [], broken), { message: /settings need "classes"/ });
  const unknown: LinearModelFile = { ...POLICY_MODEL, settings: { ...POLICY_MODEL.settings, classes: { '1': ['policy.nope'], '15': [] } } };
  t.throws(() => policyClass(null, unknown), { message: /not in the policy catalog/ });
});
