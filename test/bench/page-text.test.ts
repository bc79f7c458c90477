import test from 'ava';
import { pageToText } from '../../bench/extract/page-text.ts';

test('blocks one per line, links as their words, images and scripts dropped, no wrapping', (t) => {
  const long = 'word '.repeat(40).trim();
  const html = `<html><head><title>T</title><style>p{}</style></head><body>
    <nav><a href="/a">Home</a><a href="/b">World</a></nav>
    <h1>The Headline</h1><img src="x.png" alt="A picture"><script>var x = 1;</script>
    <p>First <a href="https://example.com/x">linked words</a> here.</p><p>${long}</p>
    <ul><li>One</li><li>Two</li></ul><ol><li>Step</li></ol>
    <table><tr><td>Cell A</td><td>Cell B</td></tr></table>
    <blockquote>Quoted words.</blockquote></body></html>`;
  const lines = pageToText(html)
    .split('\n')
    .filter((l) => l.trim());
  t.deepEqual(lines, ['HomeWorld', 'The Headline', 'First linked words here.', long, '• One', '• Two', ' 1. Step', 'Cell A', 'Cell B', 'Quoted words.']);
});

test('noscript content shows, as for a reader without scripts; a stray CDATA opener does not hide the page', (t) => {
  t.is(pageToText('<body><noscript><p>Posts here</p></noscript></body>').trim(), 'Posts here');
  t.is(pageToText('<body><![CDATA[ <p>after</p></body>').trim(), 'after');
});
