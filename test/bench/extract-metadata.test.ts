import test from 'ava';
import { sameMeta, tally, type Field, type FieldScore } from '../../bench/extract/metadata.ts';

test('a title is right when it has the same letters; an author when either name holds the other; a date to the annotation’s precision', (t) => {
  t.true(sameMeta('title', 'Russia, China agree to build lunar station', 'Russia, China Agree to Build Lunar Station'));
  t.false(sameMeta('title', 'Russia, China agree to build lunar station | DW', 'Russia, China agree to build lunar station'));
  t.true(sameMeta('author', 'By Jane Smith, Staff Writer', 'Jane Smith'));
  t.false(sameMeta('author', 'John Smith', 'Jane Smith'));
  t.true(sameMeta('published', '2025-09-04T13:12:36+00:00', '2025-09-04'));
  t.true(sameMeta('published', '2003-11-20', '2003-11'));
  t.false(sameMeta('published', '2025-09-05', '2025-09-04'));
});

test('each annotated field counts once: right, wrong or nothing found; a field the annotation leaves out is not scored', (t) => {
  const scores = Object.fromEntries((['title', 'author', 'published'] as Field[]).map((f) => [f, { annotated: 0, right: 0, wrong: 0, missing: 0 }])) as Record<Field, FieldScore>;
  tally(scores, { title: 'A headline', author: null, published: '2024-01-02' }, { title: 'A headline', author: 'Jane Smith', published: '2024-01-03' });
  tally(scores, { title: 'Other', author: 'Jane Smith', published: ' ' }, { title: 'A headline' });
  t.deepEqual(scores, {
    title: { annotated: 2, right: 1, wrong: 1, missing: 0 },
    author: { annotated: 1, right: 0, wrong: 0, missing: 1 },
    published: { annotated: 1, right: 0, wrong: 1, missing: 0 },
  });
});
