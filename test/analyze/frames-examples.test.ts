// Data-driven checks of the cue lexicons: every frame's own examples score for it, its counter-examples
// (other senses of its cue words) do not, and each frame documents what its cues stand for.
import test from 'ava';
import { segment } from '../../src/text/segment.ts';
import { scoreFrames } from '../../src/analyze/frames.ts';
import { table } from '../../src/settings/tables.ts';

const policyData = table('frames/policy-frames');
const genericData = table('frames/generic-frames');

interface DataFrame {
  id: string;
  basis: { cites: string; points: string[] };
  examples: string[];
  counterExamples?: string[];
}

const frames = [...policyData.frames, ...genericData.frames] as DataFrame[];
const cued = frames.filter((f) => f.id !== 'policy.other');

function hitsFor(sentence: string, id: string): string[] {
  const found = scoreFrames([segment('body', sentence)]).find((f) => f.id === id)!;
  return found.evidence.map((h) => `${h.cue} → "${sentence.slice(h.span.start, h.span.end)}"`);
}

test('every frame cites its source and lists what its cues stand for', (t) => {
  for (const f of frames) {
    t.regex(f.basis.cites, /Boydstun et al\. \(2014\)|Semetko & Valkenburg \(2000\)/, f.id);
    t.true(f.basis.points.length > 0 && f.basis.points.every((p) => p.trim().length > 10), f.id);
  }
});

test('every cued frame has at least 4 examples and 2 counter-examples', (t) => {
  for (const f of cued) {
    t.true(f.examples.length >= 4, `${f.id}: ${f.examples.length} examples`);
    t.true((f.counterExamples ?? []).length >= 2, `${f.id}: ${(f.counterExamples ?? []).length} counter-examples`);
  }
});

for (const f of cued) {
  test(`${f.id}: examples score for it`, (t) => {
    t.deepEqual(
      f.examples.filter((s) => hitsFor(s, f.id).length === 0),
      [],
    );
  });
  test(`${f.id}: counter-examples do not`, (t) => {
    const fired = (f.counterExamples ?? []).map((s) => [s, ...hitsFor(s, f.id)]).filter((x) => x.length > 1);
    t.deepEqual(fired, []);
  });
}
