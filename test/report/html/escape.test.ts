import test from 'ava';
import { escapeHtml, externalLink, httpUrl } from '../../../src/report/html/escape.ts';

test('escapes the five HTML-significant characters', (t) => {
  t.is(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('only http(s) URLs are links', (t) => {
  t.is(httpUrl('https://example.org/a b'), 'https://example.org/a%20b');
  t.is(httpUrl('HTTP://Example.org'), 'http://example.org/');
  for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/relative', '', null]) {
    t.is(httpUrl(bad), null, String(bad));
  }
});

test('a non-http URL is shown as plain text', (t) => {
  t.is(externalLink('javascript:alert("x")'), 'javascript:alert(&quot;x&quot;)');
  t.is(externalLink('https://example.org/?a=1&b=2'), '<a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer">https://example.org/?a=1&amp;b=2</a>');
});
