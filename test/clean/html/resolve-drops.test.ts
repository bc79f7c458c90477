import test from 'ava';
import { extractHtml } from '../../../src/clean/html/extract.ts';

const page = (body: string): string => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const short = (n: number): string => Array.from({ length: n }, (_, i) => `<p>Result ${i}: the junior diver from the south side won the state title, narrowly.</p>`).join('');

test('a page-wide wrapper named like chrome keeps an article of short paragraphs', (t) => {
  const got = extractHtml(page(`<div id="body_overlay"><nav><a href="/">Home</a></nav><article>${short(8)}</article></div>`));
  t.is(got.blocks.length, 8);
});

test('an inline display:none copy of the body stays hidden, an aria-hidden page wrapper does not', (t) => {
  const story = Array.from({ length: 5 }, (_, i) => `<p>Story paragraph ${i} tells the long version of events at the harbour, with names, dates and quotes from the people there.</p>`).join('');
  const hiddenCopy = extractHtml(page(`<article>${story}</article><div style="display:none">${story.replace(/Story/g, 'Copy')}</div>`));
  t.false(hiddenCopy.blocks.some((b) => b.text.startsWith('Copy')));
  t.true(hiddenCopy.removed.some((r) => r.rule === 'hidden'));
  const behindDialog = extractHtml(page(`<div aria-hidden="true"><article>${story}</article></div><div role="dialog"><p>We use cookies.</p></div>`));
  t.is(behindDialog.blocks.length, 5);
});
