import test from 'ava';
import { parseStoryConfig } from '../../src/load/story-config.ts';

test('a valid story.json gives the title and per-file metadata', (t) => {
  const text = JSON.stringify({
    title: '  Launch delayed ',
    articles: { 'cnn.txt': { outlet: 'CNN', published: '2024-01-02' }, 'sub/b.md': { author: 'Ann' } },
  });
  t.deepEqual(parseStoryConfig(text), {
    config: { title: 'Launch delayed', articles: { 'cnn.txt': { outlet: 'CNN', published: '2024-01-02' }, 'sub/b.md': { author: 'Ann' } }, actors: [], urls: [] },
    errors: [],
    warnings: [],
  });
});

test('everything is optional', (t) => {
  t.deepEqual(parseStoryConfig('{}'), { config: { articles: {}, actors: [], urls: [] }, errors: [], warnings: [] });
});

test('invalid JSON is one error and an empty config, never a throw', (t) => {
  const r = parseStoryConfig('{"title": "x",}');
  t.deepEqual(r.config, { articles: {}, actors: [], urls: [] });
  t.is(r.errors.length, 1);
  t.regex(r.errors[0]!, /^not valid JSON: /);
  t.deepEqual(r.warnings, []);
});

test('a JSON value that is not an object is an error', (t) => {
  for (const text of ['[]', '"story"', '42', 'null']) {
    const r = parseStoryConfig(text);
    t.deepEqual(r.config, { articles: {}, actors: [], urls: [] }, text);
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

// ---------- "actors" ----------

test('a listed actor needs only a name; aliases and kind are kept when given, trimmed', (t) => {
  const r = parseStoryConfig(
    JSON.stringify({
      actors: [
        { name: ' Lunar Gateway Consortium ' },
        { name: 'China', aliases: [' Beijing', 'Middle Kingdom '] },
        { name: 'Halvorsen Grant', kind: 'person' },
        { name: 'Orbital Watch', aliases: ['OW'], kind: 'organisation' },
      ],
    }),
  );
  t.deepEqual(r.errors, []);
  t.deepEqual(r.warnings, []);
  t.deepEqual(r.config.actors, [
    { name: 'Lunar Gateway Consortium' },
    { name: 'China', aliases: ['Beijing', 'Middle Kingdom'] },
    { name: 'Halvorsen Grant', kind: 'person' },
    { name: 'Orbital Watch', aliases: ['OW'], kind: 'organisation' },
  ]);
});

test('"actors" sits beside title and articles and is not an unknown key', (t) => {
  const r = parseStoryConfig(JSON.stringify({ title: 'Moon base', articles: { 'a.txt': { outlet: 'CNN' } }, actors: [{ name: 'Russia' }] }));
  t.deepEqual(r, {
    config: { title: 'Moon base', articles: { 'a.txt': { outlet: 'CNN' } }, actors: [{ name: 'Russia' }], urls: [] },
    errors: [],
    warnings: [],
  });
});

test('"actors" that is not a list is one error and no actors', (t) => {
  for (const actors of [{ name: 'China' }, 'China', 3]) {
    const r = parseStoryConfig(JSON.stringify({ actors }));
    t.is(r.errors.length, 1, JSON.stringify(actors));
    t.regex(r.errors[0]!, /^"actors" must be a list/);
    t.deepEqual(r.config.actors, []);
  }
});

test('an entry that is not an object, or has no name, is an error naming actors[i]; the others are kept', (t) => {
  const r = parseStoryConfig(JSON.stringify({ actors: ['China', { name: 'Russia' }, null, { aliases: ['Kremlin'] }, { name: '  ' }, [{ name: 'X' }]] }));
  t.deepEqual(r.config.actors, [{ name: 'Russia' }]);
  t.is(r.errors.length, 5);
  t.regex(r.errors[0]!, /^actors\[0\] must be an object/);
  t.regex(r.errors[1]!, /^actors\[2\] must be an object/);
  t.is(r.errors[2], 'actors[3].name must be text');
  t.is(r.errors[3], 'actors[4].name must be text');
  t.regex(r.errors[4]!, /^actors\[5\] must be an object/);
});

test('bad aliases or kind are errors naming the entry; the actor is kept without them', (t) => {
  const r = parseStoryConfig(
    JSON.stringify({
      actors: [
        { name: 'China', aliases: 'Beijing' },
        { name: 'Russia', aliases: ['Kremlin', 7] },
        { name: 'NASA', aliases: ['', 'the agency'] },
        { name: 'Zhang Ming', kind: 'human' },
        { name: 'Space Force', kind: 'Organisation' },
      ],
    }),
  );
  t.deepEqual(r.errors, [
    'actors[0].aliases must be a list of names',
    'actors[1].aliases must be a list of names',
    'actors[2].aliases must be a list of names',
    'actors[3].kind must be one of person, organisation, country, place, other',
    'actors[4].kind must be one of person, organisation, country, place, other',
  ]);
  t.deepEqual(r.config.actors, [{ name: 'China' }, { name: 'Russia' }, { name: 'NASA' }, { name: 'Zhang Ming' }, { name: 'Space Force' }]);
});

test('every actor kind is accepted', (t) => {
  const kinds = ['person', 'organisation', 'country', 'place', 'other'];
  const r = parseStoryConfig(JSON.stringify({ actors: kinds.map((kind, i) => ({ name: `Actor ${i}`, kind })) }));
  t.deepEqual(r.errors, []);
  t.deepEqual(
    r.config.actors.map((a) => a.kind),
    kinds,
  );
});

test('"urls" lists pages to fetch, as URLs or {url, outlet}; bad entries are errors naming them', (t) => {
  const r = parseStoryConfig(JSON.stringify({ urls: ['https://example.com/a', { url: 'http://example.org/b', outlet: 'Example' }, 'ftp://x/y', { outlet: 'X' }, 42] }));
  t.deepEqual(r.config.urls, [
    { url: 'https://example.com/a', from: 'story.json' },
    { url: 'http://example.org/b', outlet: 'Example', from: 'story.json' },
  ]);
  t.deepEqual(r.errors, ['urls[2]: only http and https URLs are fetched, not ftp:', 'urls[3] must be a URL or {"url": "…", "outlet": "…"}', 'urls[4] must be a URL or {"url": "…", "outlet": "…"}']);
  t.deepEqual(parseStoryConfig('{"urls": "https://example.com"}').errors, ['"urls" must be a list like ["https://…", {"url": "https://…", "outlet": "…"}]']);
});
