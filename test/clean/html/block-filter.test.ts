import test from 'ava';
import { extractHtml } from '../../../src/clean/html/extract.ts';

const page = (body: string): string => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const prose = (n: number): string => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the plan, with commas, details, and enough words to count as real prose here.</p>`).join('');

test('a line repeated inside one section is content; a copy in another part of the page is dropped', (t) => {
  const plan = '<h3>Meal 1</h3><p>Eat every two to three hours</p><h3>Meal 2</h3><p>Eat every two to three hours</p>';
  const got = extractHtml(page(`<article>${prose(4)}<div class="plan">${plan}</div><div class="mobile-copy"><div class="box"><p>Eat every two to three hours</p></div></div></article>`));
  t.is(got.blocks.filter((b) => b.text === 'Eat every two to three hours').length, 2);
  t.true(got.removed.some((r) => r.rule === 'duplicate' && r.text === 'Eat every two to three hours'));
});

test('table cells are kept however short and however often a value repeats', (t) => {
  const rows = [
    ['1', 'Kyle', '5'],
    ['2', 'Martin', '5'],
    ['3', 'Kevin', '0'],
  ]
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('');
  const got = extractHtml(page(`<article>${prose(4)}<table><tr><th>Pos</th><th>Driver</th><th>Wins</th></tr>${rows}</table></article>`));
  const texts = got.blocks.map((b) => b.text);
  t.is(texts.filter((x) => x === '5').length, 2);
  t.true(texts.includes('Pos'));
});

test('a linked line between plain lines is text; a run of linked lines, a teaser call and a capitals promo are not', (t) => {
  const between =
    '<p>The espresso machine held its temperature through ten shots in a row, better than any rival.</p><p><a href="/buy">Get it at the Kitchen Store for $299</a></p><p>The steam wand was slower, though, and the drip tray fills quickly.</p>';
  const run = '<ul><li><a href="/1">Best grinders of the year</a></li><li><a href="/2">Best kettles of the year</a></li><li><a href="/3">Best scales of the year</a></li></ul>';
  const teaser = '<p><a href="/x">See also: the best milk frothers we tested</a></p>';
  const shout = '<p><a href="/y">STAR CHEF OPENS UP ABOUT HIS FAVOURITE MORNING ROUTINE</a></p>';
  const got = extractHtml(
    page(
      `<article>${prose(4)}${between}${run}<p>One more plain paragraph between the lists, long enough to count.</p>${teaser}<p>And a closing plain paragraph that reads like text, long enough.</p>${shout}<p>The end of the review, with a verdict and a score out of ten.</p></article>`,
    ),
  );
  const texts = got.blocks.map((b) => b.text);
  t.true(texts.includes('Get it at the Kitchen Store for $299'));
  t.false(texts.includes('Best kettles of the year'));
  t.false(texts.some((x) => x.startsWith('See also')));
  t.false(texts.some((x) => x.startsWith('STAR CHEF')));
});

test('a "Label: value" field repeated across a template is content', (t) => {
  const plant = (name: string): string => `<div class="card"><h3>${name}</h3><ul><li>Light: Bright, indirect light.</li><li>Pet Safety: Toxic to cats and dogs.</li></ul></div>`;
  const got = extractHtml(page(`<article>${prose(4)}<section>${plant('Fern')}</section><section>${plant('Ivy')}</section></article>`));
  t.is(got.blocks.filter((b) => b.text === 'Pet Safety: Toxic to cats and dogs.').length, 2);
});

test('a line that only dates the page is metadata; a sentence with a date is text', (t) => {
  const got = extractHtml(page(`<article><p>Posted: Fri 6:45 PM, Feb 16, 2018</p>${prose(4)}<p>Updated on March 3, the plan now covers the north bank too.</p></article>`));
  const texts = got.blocks.map((b) => b.text);
  t.false(texts.includes('Posted: Fri 6:45 PM, Feb 16, 2018'));
  t.true(got.removed.some((r) => r.rule === 'dateline-text'));
  t.true(texts.includes('Updated on March 3, the plan now covers the north bank too.'));
});
