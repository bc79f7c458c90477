import test from 'ava';
import { frameProfile, outletDominant } from '../../src/compare/profile.ts';
import { article, frames } from './build.ts';
import type { FrameInfo } from '../../src/types.ts';
import { SETTINGS } from '../helpers/settings.ts';

test('mean share per frame, every frame present, 4 decimals', (t) => {
  const profile = frameProfile(
    [article('a', 'X', { shares: { security: 1, conflict: 0.5, human: 0.5 } }), article('b', 'X', { shares: { security: 0.5, political: 0.5 } }), article('c', 'X')],
    frames,
  );
  t.deepEqual(profile, { security: 0.5, political: 0.1667, capacity: 0, conflict: 0.1667, human: 0.1667 });
  t.deepEqual(
    Object.keys(profile),
    frames.map((f) => f.id),
  );
  t.true(Object.values(frameProfile([], frames)).every((v) => v === 0));
});

test('dominant follows presence: in at least half the articles, most present first, at most 3', (t) => {
  const many: FrameInfo[] = ['a', 'b', 'c', 'd', 'e', 'g'].map((id) => ({
    id,
    label: id.toUpperCase(),
    family: id === 'g' ? 'generic' : 'policy',
    description: '',
  }));
  const articles = [
    article('1', 'X', { present: ['a', 'b', 'c', 'd', 'g'] }, many),
    article('2', 'X', { present: ['b', 'c', 'd'] }, many),
    article('3', 'X', { present: ['c', 'd', 'e'] }, many),
    article('4', 'X', { present: ['c'] }, many),
  ];
  // c in 4 of 4, d in 3, b in 2 (half), a and e in 1; g in 1 of 4 is under half.
  t.deepEqual(outletDominant(articles, many, SETTINGS.compare.dominant), { policy: ['c', 'd', 'b'], generic: [] });
});

test('ties keep frame order; no articles or no presence, none dominant', (t) => {
  t.deepEqual(outletDominant([article('a', 'X', { present: ['political', 'security'] })], frames, SETTINGS.compare.dominant), { policy: ['security', 'political'], generic: [] });
  t.deepEqual(outletDominant([], frames, SETTINGS.compare.dominant), { policy: [], generic: [] });
  t.deepEqual(outletDominant([article('a', 'X', { shares: { conflict: 1 } })], frames, SETTINGS.compare.dominant), { policy: [], generic: [] });
});

test('a generic frame is dominant when its mean strength reaches half, present or not', (t) => {
  const strengths = (values: number[]) =>
    values.map((v, i) => {
      const a = article(`${i}`, 'X');
      Object.assign(
        a.scores.whole.presence.find((p) => p.id === 'conflict')!,
        { strength: v, present: v >= 0.6 },
      );
      Object.assign(
        a.scores.whole.presence.find((p) => p.id === 'human')!,
        { strength: 0.45, present: false },
      );
      return a;
    });
  // Conflict: mean 0.55, though present in 1 of 3; human interest: 0.45, under half.
  t.deepEqual(outletDominant(strengths([0.9, 0.4, 0.35]), frames, SETTINGS.compare.dominant), { policy: [], generic: ['conflict'] });
});
