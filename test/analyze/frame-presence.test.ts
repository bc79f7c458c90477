import test from 'ava';
import { dominantFrom, framePresence, topFrames } from '../../src/analyze/frame-presence.ts';
import { frameCatalog, scoreFrames } from '../../src/analyze/frames.ts';
import { segment } from '../../src/text/segment.ts';
import type { FrameFamily, FramePresence } from '../../src/types.ts';

function presence(id: string, family: FrameFamily, present: boolean, strength: number): FramePresence {
  return { id, family, present, strength, evidence: [], sentences: [] };
}

test('every catalog frame once, in catalog order, for a text of either family', (t) => {
  const seg = segment('body', 'Police arrested the suspect. Democrats and Republicans clashed over the budget deficit.');
  const result = framePresence([seg], scoreFrames([seg]));
  t.deepEqual(
    result.map((p) => p.id),
    frameCatalog().map((f) => f.id),
  );
  t.deepEqual(
    result.map((p) => p.family),
    frameCatalog().map((f) => f.family),
  );
  for (const p of result) t.true(p.strength >= 0 && p.strength <= 1);
});

test('dominant: the present frames of each family, strongest first, at most 3; top is the first', (t) => {
  const list = [
    presence('policy.economic', 'policy', true, 0.6),
    presence('policy.capacity', 'policy', false, 0.9),
    presence('policy.morality', 'policy', true, 0.8),
    presence('policy.fairness', 'policy', true, 0.7),
    presence('policy.legality', 'policy', true, 0.65),
    presence('generic.conflict', 'generic', false, 0.4),
  ];
  // An absent frame is never dominant however strong; the fourth present one is cut.
  t.deepEqual(dominantFrom(list), { policy: ['policy.morality', 'policy.fairness', 'policy.legality'], generic: [] });
  t.deepEqual(topFrames(list), { policy: 'policy.morality', generic: null });
  t.deepEqual(topFrames([]), { policy: null, generic: null });
});

test('ties keep catalog order', (t) => {
  const list = [presence('generic.conflict', 'generic', true, 0.5), presence('generic.economic', 'generic', true, 0.5)];
  t.deepEqual(dominantFrom(list).generic, ['generic.conflict', 'generic.economic']);
});
