import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { FLAT, nestingDepth } from '../../src/load/nesting-depth.ts';
import { seededRandom } from '../../src/learn/random.ts';

test('counts open elements, not void, self-closed or often-unclosed ones', (t) => {
  t.is(nestingDepth('<div><section><p>a<p>b<br><img src=x/></section></div>'), 2);
  t.is(nestingDepth('<div><x-card/><x-card /></div>'), 1);
  t.is(nestingDepth('</div></div><div>'), 1, 'a stray end tag never goes below 0');
  t.is(nestingDepth('<DIV><Span>'), 2);
});

test('reads tags as the HTML does: a name starts with a letter, a tag ends at its first ">"', (t) => {
  t.is(nestingDepth('1 < 2 and <3 but <a href="<b>"><c>'), 2, '"<b" inside the attribute is not a tag');
  t.is(nestingDepth('<a/b><c>'), 2, 'a "/" inside the tag does not close it');
  t.is(nestingDepth('<div><span'), 1, 'a tag without its ">" is not counted');
});

test('stops counting once past the limit', (t) => {
  t.is(nestingDepth('<div>'.repeat(100), 10), 11);
});

// The reading the scanner replaced, kept as the oracle: a regular expression over the tags.
function byPattern(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !FLAT.has(m[2]!.toLowerCase())) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

test('agrees with a regular expression over the tags on the fixture pages and on random markup', (t) => {
  const dir = new URL('../fixtures/html/', import.meta.url);
  const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => readFileSync(`${e.parentPath}/${e.name}`, 'utf8'));
  t.true(pages.length > 5);
  for (const page of pages) t.is(nestingDepth(page), byPattern(page));
  const random = seededRandom(7);
  const pieces = ['<', '>', '/', 'div', 'p', 'br', 'x-y', 'a1', ' ', '"', '=', '1', 'é'];
  for (let i = 0; i < 2000; i++) {
    const html = Array.from({ length: 30 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    t.is(nestingDepth(html), byPattern(html), html);
  }
});
