import test from 'ava';
import { parseSources } from '../../src/load/sources.ts';

test('sources.txt: one URL per line, an outlet after a tab, comments and blank lines skipped', (t) => {
  const text = [
    '# Harbour bridge coverage',
    'http://127.0.0.1:8080/news/article.html\tThe Riverside Herald',
    '',
    '   ',
    '  # an indented comment',
    'https://valley-post.example/story/123',
    'https://example.org/a?b=c&d=e\tValley Post  ',
  ].join('\n');
  const { sources, errors } = parseSources(text);
  t.deepEqual(errors, []);
  t.deepEqual(sources, [
    { url: 'http://127.0.0.1:8080/news/article.html', outlet: 'The Riverside Herald', from: 'sources.txt line 2' },
    { url: 'https://valley-post.example/story/123', from: 'sources.txt line 6' },
    { url: 'https://example.org/a?b=c&d=e', outlet: 'Valley Post', from: 'sources.txt line 7' },
  ]);
});

test('Windows line ends and surrounding spaces are tolerated', (t) => {
  const { sources, errors } = parseSources('  https://a.example/1  \r\nhttps://b.example/2\tB News\r\n');
  t.deepEqual(errors, []);
  t.deepEqual(sources, [
    { url: 'https://a.example/1', from: 'sources.txt line 1' },
    { url: 'https://b.example/2', outlet: 'B News', from: 'sources.txt line 2' },
  ]);
});

test('a line that is not an http(s) URL is an error naming its line; the good lines are kept', (t) => {
  const text = ['https://a.example/1', 'see the Herald story', 'ftp://files.example/x.html', 'https://b.example/2'].join('\n');
  const { sources, errors } = parseSources(text);
  t.deepEqual(
    sources.map((s) => s.url),
    ['https://a.example/1', 'https://b.example/2'],
  );
  t.deepEqual(
    errors.map((e) => e.line),
    [2, 3],
  );
  t.regex(errors[0]!.message, /see the Herald story/);
  t.regex(errors[1]!.message, /ftp:/);
});

test('an empty sources.txt lists nothing and is not an error', (t) => {
  t.deepEqual(parseSources(''), { sources: [], errors: [] });
  t.deepEqual(parseSources('# only comments\n\n'), { sources: [], errors: [] });
});
