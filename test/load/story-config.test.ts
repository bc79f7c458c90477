import test from 'ava';
import { parseStoryConfig } from '../../src/load/story-config.ts';

test('a valid story.json gives the title and per-file metadata', (t) => {
  const text = JSON.stringify({
    title: '  Launch delayed ',
    articles: { 'cnn.txt': { outlet: 'CNN', published: '2024-01-02' }, 'sub/b.md': { author: 'Ann' } },
  });
  t.deepEqual(parseStoryConfig(text), {
    config: { title: 'Launch delayed', articles: { 'cnn.txt': { outlet: 'CNN', published: '2024-01-02' }, 'sub/b.md': { author: 'Ann' } } },
    errors: [],
    warnings: [],
  });
});

test('everything is optional', (t) => {
  t.deepEqual(parseStoryConfig('{}'), { config: { articles: {} }, errors: [], warnings: [] });
});

test('invalid JSON is one error and an empty config, never a throw', (t) => {
  const r = parseStoryConfig('{"title": "x",}');
  t.deepEqual(r.config, { articles: {} });
  t.is(r.errors.length, 1);
  t.regex(r.errors[0]!, /^not valid JSON: /);
  t.deepEqual(r.warnings, []);
});

test('a JSON value that is not an object is an error', (t) => {
  for (const text of ['[]', '"story"', '42', 'null']) {
    const r = parseStoryConfig(text);
    t.deepEqual(r.config, { articles: {} }, text);
    t.is(r.errors.length, 1, text);
    t.regex(r.errors[0]!, /must be a JSON object/, text);
  }
});

test('"articles" of the wrong shape is an error', (t) => {
  t.deepEqual(parseStoryConfig('{"articles": ["a.txt"]}').errors, ['"articles" must map file names to metadata objects']);
  t.deepEqual(parseStoryConfig('{"articles": "a.txt"}').errors, ['"articles" must map file names to metadata objects']);
  const r = parseStoryConfig('{"articles": {"a.txt": "CNN", "b.txt": {"outlet": "NPR"}}}');
  t.deepEqual(r.errors, ['articles["a.txt"] must be an object']);
  t.deepEqual(r.config.articles, { 'b.txt': { outlet: 'NPR' } });
});

test('a title that is not text is an error', (t) => {
  const r = parseStoryConfig('{"title": 3}');
  t.deepEqual(r.errors, ['"title" must be text']);
  t.is(r.config.title, undefined);
});

test('unknown keys, at the top or per article, are warnings', (t) => {
  const r = parseStoryConfig('{"titel": "x", "articles": {"a.txt": {"outlet": "CNN", "lean": "left"}}}');
  t.deepEqual(r.errors, []);
  t.is(r.warnings.length, 2);
  t.regex(r.warnings[0]!, /unknown key "titel" ignored/);
  t.regex(r.warnings[1]!, /^articles\["a\.txt"\]: unknown key "lean" ignored/);
  t.deepEqual(r.config.articles, { 'a.txt': { outlet: 'CNN' } });
});
