import test from 'ava';
import { frameProfile } from '../../src/compare/profile.ts';
import { article, frames } from './build.ts';
import type { FrameInfo } from '../../src/types.ts';

test('mean share per frame, every frame present, 4 decimals', (t) => {
  const { profile } = frameProfile(
    [
      article('a', 'X', { shares: { security: 1, conflict: 0.5, human: 0.5 } }),
      article('b', 'X', { shares: { security: 0.5, political: 0.5 } }),
      article('c', 'X'),
    ],
    frames,
  );
  t.deepEqual(profile, { security: 0.5, political: 0.1667, capacity: 0, conflict: 0.1667, human: 0.1667 });
  t.deepEqual(Object.keys(profile), frames.map((f) => f.id));
});

test('dominant: per family, share ≥ 0.15, strongest first, at most 3', (t) => {
  const many: FrameInfo[] = ['a', 'b', 'c', 'd', 'e', 'g'].map((id) => ({
    id,
    label: id.toUpperCase(),
    family: id === 'g' ? 'generic' : 'policy',
    description: '',
  }));
  const scored = article('a', 'X', { shares: { a: 0.1, b: 0.2, c: 0.3, d: 0.25, e: 0.15, g: 0.14 } }, many);
  t.deepEqual(frameProfile([scored], many).dominant, { policy: ['c', 'd', 'b'], generic: [] });
});

test('ties keep frame order; no articles, all zero', (t) => {
  const { dominant } = frameProfile([article('a', 'X', { shares: { political: 0.5, security: 0.5 } })], frames);
  t.deepEqual(dominant.policy, ['security', 'political']);
  const empty = frameProfile([], frames);
  t.true(Object.values(empty.profile).every((v) => v === 0));
  t.deepEqual(empty.dominant, { policy: [], generic: [] });
});

test('dominant: one stray cue in the whole outlet does not make a frame dominant', (t) => {
  const { dominant } = frameProfile([article('a', 'X', { shares: { conflict: 1, security: 1 }, hits: { conflict: 1, security: 3 } })], frames);
  t.deepEqual(dominant, { policy: ['security'], generic: [] });
});
