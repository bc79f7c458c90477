import test from 'ava';
import { runScript } from '../helpers/run-analyze.ts';
import { meanShape, parseRepeats, repeatSeeds } from '../../bench/repeats.ts';

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

test('parseRepeats: a whole number of at least 1', (t) => {
  t.is(parseRepeats('bench:x', 'Usage', '1'), 1);
  t.is(parseRepeats('bench:x', 'Usage', '7'), 7);
});

test('--repeats that is not a whole number of at least 1 is a usage error of the benchmark', async (t) => {
  for (const [script, command] of [
    ['bench/frames/run.ts', 'bench:frames'],
    ['bench/sentiment/run.ts', 'bench:sentiment'],
  ]) {
    for (const bad of ['0', '2.5', 'many']) {
      const run = await runScript(script!, ['--repeats', bad]);
      t.is(run.code, 2, `${command} --repeats ${bad}`);
      t.regex(run.stderr, new RegExp(`${command}.*--repeats must be a whole number of at least 1, not "${bad}"`, 's'));
    }
  }
});
