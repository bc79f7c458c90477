// Text mode's input: the whole page as plain text, chrome and all, made by an independent converter
// (html-to-text) the way a reader's copy of the page would look, so the text cleaner is judged on
// text it did not shape itself.
import { load } from 'cheerio';
import { compile } from 'html-to-text';

const skip = (selector: string) => ({ selector, format: 'skip' });
const block = (selector: string) => ({ selector, format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } });
const heading = (selector: string) => ({ selector, options: { uppercase: false } });

const convert = compile({
  // Soft-wrapped lines would split every paragraph; a copied page keeps one line per block.
  wordwrap: false,
  selectors: [
    // A reader sees a link's words, not its address.
    { selector: 'a', options: { ignoreHref: true } },
    ...['img', 'script', 'style', 'template', 'svg', 'iframe', 'select'].map(skip),
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(heading),
    // A browser indents a quotation; it does not print "> " before each line.
    block('blockquote'),
    // Layout tables are common on older sites: one line per cell reads like the page, not a grid.
    { selector: 'table', format: 'block' },
    ...['tr', 'td', 'th'].map(block),
    // Bullets as the browser draws them; ordered lists keep their numbers by default.
    { selector: 'ul', options: { itemPrefix: '• ' } },
  ],
});

/**
 * htmlparser2 (under html-to-text) reads some broken markup unlike a browser: a stray `<![CDATA[`
 * swallows the rest of the page. Re-serialising through parse5 (cheerio's parser) first gives the
 * browser's tree; with scripting off, `<noscript>` content is markup, as a script-less reader sees it.
 */
export function pageToText(html: string): string {
  return convert(load(html, { scriptingEnabled: false }).html());
}
