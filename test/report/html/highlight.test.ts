import test from 'ava';
import { highlight, type Mark } from '../../../src/report/html/highlight.ts';

const text = 'an awful traffic jam & <more>';

test('text without marks is only escaped', (t) => {
  t.is(highlight(text, []), 'an awful traffic jam &amp; &lt;more&gt;');
});

test('a mark wraps exactly its span', (t) => {
  const marks: Mark[] = [{ start: 3, end: 8, kind: 'neg', label: 'awful, −3 → −3' }];
  t.is(highlight(text, marks), 'an <mark class="neg" title="awful, −3 → −3">awful</mark> traffic jam &amp; &lt;more&gt;');
});

test('overlapping marks become pieces carrying every covering label', (t) => {
  const marks: Mark[] = [
    { start: 9, end: 20, kind: 'frame', frame: 'quality_of_life', label: 'Quality of life: traffic jam' },
    { start: 3, end: 16, kind: 'neg', label: 'awful traffic' },
  ];
  t.is(
    highlight(text, marks, 0, 20),
    'an <mark class="neg" title="awful traffic">awful </mark>' +
      '<mark class="neg frame multi" data-frame="quality_of_life" title="awful traffic\nQuality of life: traffic jam">traffic</mark>' +
      '<mark class="frame" data-frame="quality_of_life" title="Quality of life: traffic jam"> jam</mark>',
  );
});

test('identical spans from two frames share one mark', (t) => {
  const marks: Mark[] = [
    { start: 9, end: 16, kind: 'frame', frame: 'b', label: 'B: traffic' },
    { start: 9, end: 16, kind: 'frame', frame: 'a', label: 'A: traffic' },
  ];
  t.is(highlight(text, marks, 9, 16), '<mark class="frame multi" data-frame="a b" title="A: traffic\nB: traffic">traffic</mark>');
});

test('marks are clipped to the range, and impossible ones are ignored', (t) => {
  const marks: Mark[] = [
    { start: 0, end: 8, kind: 'pos', label: 'x' },
    { start: 20, end: 999, kind: 'neg', label: 'past the end' },
    { start: 5, end: 5, kind: 'neg', label: 'empty' },
  ];
  t.is(highlight(text, marks, 3, 16), '<mark class="pos" title="x">awful</mark> traffic');
});

test('labels are escaped inside attributes', (t) => {
  const marks: Mark[] = [{ start: 0, end: 2, kind: 'frame', frame: '"x', label: `"><script>'` }];
  t.is(highlight('ab', marks), '<mark class="frame" data-frame="&quot;x" title="&quot;&gt;&lt;script&gt;&#39;">ab</mark>');
});
