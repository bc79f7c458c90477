import test from 'ava';
import { meanShape, repeatSeeds } from '../../../bench/frames/repeats.ts';

test('repeatSeeds: the first seed, then the next ones', (t) => {
  t.deepEqual(repeatSeeds(13, 1), [13]);
  t.deepEqual(repeatSeeds(13, 3), [13, 14, 15]);
});

test('meanShape: numbers averaged at every depth, other values taken from the first', (t) => {
  const a = { auc: 0.8, perFrame: { x: { f1: 0.5 } }, sentences: 262, name: 'a', list: [1] };
  const b = { auc: 0.9, perFrame: { x: { f1: 0.7 } }, sentences: 262, name: 'b', list: [2] };
  const m = meanShape([a, b]);
  t.is(m.auc.toFixed(10), (0.85).toFixed(10));
  t.is(m.perFrame.x.f1.toFixed(10), (0.6).toFixed(10));
  t.is(m.sentences, 262);
  t.is(m.name, 'a');
  t.deepEqual(m.list, [1]);
  t.deepEqual(meanShape([a]), a);
});

test('meanShape: nothing to average is an error', (t) => {
  t.throws(() => meanShape([]), { message: /at least one/ });
});
