import test from 'ava';
import { extractHtml } from '../../../src/clean/html/extract.ts';

const page = (body: string): string => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the plan, with commas, details, and enough words to count as real prose here.</p>`).join('');

test('a line repeated inside one section is content; a copy in another part of the page is dropped', (t) => {
  const plan = '<h3>Meal 1</h3><p>Eat every two to three hours</p><h3>Meal 2</h3><p>Eat every two to three hours</p>';
  const got = extractHtml(page(`<article>${prose(4)}<div class="plan">${plan}</div><div class="mobile-copy"><div class="box"><p>Eat every two to three hours</p></div></div></article>`));
  t.is(got.blocks.filter((b) => b.text === 'Eat every two to three hours').length, 2);
  t.true(got.removed.some((r) => r.rule === 'duplicate' && r.text === 'Eat every two to three hours'));
});

test('table cells are kept however short and however often a value repeats', (t) => {
  const rows = [['1', 'Kyle', '5'], ['2', 'Martin', '5'], ['3', 'Kevin', '0']].map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  const got = extractHtml(page(`<article>${prose(4)}<table><tr><th>Pos</th><th>Driver</th><th>Wins</th></tr>${rows}</table></article>`));
  const texts = got.blocks.map((b) => b.text);
  t.is(texts.filter((x) => x === '5').length, 2);
  t.true(texts.includes('Pos'));
});
