import test from 'ava';
import { frameCatalog, scoreFrames } from '../../src/analyze/frames.ts';
import { genericPresence, sentenceShares, textFeatures } from '../../src/analyze/generic-presence.ts';
import { segment } from '../../src/text/segment.ts';

const ECONOMIC =
  'The new carbon tax will cost households $1,200 a year, economists warned on Monday. ' +
  'Energy prices have already risen, and the budget deficit is expected to reach $40 billion. ' +
  'Businesses say profits will fall and jobs will be lost as investment moves abroad. ' +
  'The finance minister said the economy could slip into recession if markets react badly.';

const PLAIN = 'The committee met on Tuesday. It will meet again next month. The minutes are online.';

function presenceOf(text: string) {
  const segments = [segment('headline', 'Carbon tax to cost households'), segment('body', text)];
  return { segments, presence: genericPresence(segments, scoreFrames(segments)) };
}

test('the five generic frames in catalog order, each with present, strength, evidence and sentences', (t) => {
  const { presence } = presenceOf(ECONOMIC);
  const generic = frameCatalog()
    .filter((f) => f.family === 'generic')
    .map((f) => f.id);
  t.deepEqual(
    presence.map((p) => p.id),
    generic,
  );
  for (const p of presence) {
    t.is(p.family, 'generic');
    t.is(typeof p.present, 'boolean');
    t.true(p.strength >= 0 && p.strength <= 1, p.id);
    t.true(p.evidence.length > 0 && p.evidence.length <= 5, p.id);
    for (const e of p.evidence) t.regex(e.feature, /^(w|cue|s|p|x):/);
    const sizes = p.evidence.map((e) => Math.abs(e.contribution));
    t.deepEqual(
      sizes,
      [...sizes].sort((a, b) => b - a),
      'strongest first',
    );
  }
});

test('an obviously economic text has the economic frame present, its cue sentences as evidence', (t) => {
  const { segments, presence } = presenceOf(ECONOMIC);
  const economic = presence.find((p) => p.id === 'generic.economic')!;
  t.true(economic.present);
  t.true(economic.strength > presence.find((p) => p.id === 'generic.morality')!.strength);
  const cued = scoreFrames(segments).find((f) => f.id === 'generic.economic')!.sentences;
  for (const s of cued) t.true(economic.sentences.some((x) => x.part === s.part && x.sentence === s.sentence));
  t.true(economic.evidence.some((e) => e.contribution > 0));
});

test('a text with no frame cue carries less of the economic frame than an economic one', (t) => {
  const plain = presenceOf(PLAIN).presence.find((p) => p.id === 'generic.economic')!;
  t.false(plain.present);
  t.true(plain.strength < presenceOf(ECONOMIC).presence.find((p) => p.id === 'generic.economic')!.strength);
});

test('deterministic: the same text gives the same presence', (t) => {
  t.deepEqual(presenceOf(ECONOMIC).presence, presenceOf(ECONOMIC).presence);
});

test('text cues: sums of money, ages, first person, obligation, quoted share, length', (t) => {
  const f = textFeatures([segment('body', '"I lost $2 million," said the 82-year-old. We must act, she said.')]);
  t.true(f.get('x:money')! > 0);
  t.true(f.get('x:ages')! > 0);
  t.true(f.get('x:first-person')! > 0);
  t.true(f.get('x:obligation')! > 0);
  t.true(f.get('x:quoted')! > 0 && f.get('x:quoted')! < 1);
  t.true(f.get('x:length')! > 0);
  t.deepEqual([...textFeatures([segment('body', 'Nothing here at all.')]).keys()], ['x:length']);
});

test("sentence shares: the share of sentences with a frame's cues, and of those the policy layer gives a policy frame", (t) => {
  const segments = [segment('body', ECONOMIC), segment('body', PLAIN)];
  const shares = sentenceShares(segments, scoreFrames(segments));
  const sentences = segments.reduce((n, s) => n + s.sentences.length, 0);
  const cued = scoreFrames(segments).find((f) => f.id === 'generic.economic')!.sentences.length;
  t.is(shares.get('s:generic.economic'), cued / sentences);
  t.true((shares.get('p:policy.economic') ?? 0) > 0);
  for (const v of shares.values()) t.true(v > 0 && v <= 1);
  t.deepEqual([...sentenceShares([segment('body', PLAIN)], scoreFrames([segment('body', PLAIN)])).keys()], []);
});
