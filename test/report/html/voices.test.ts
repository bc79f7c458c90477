import test from 'ava';
import * as cheerio from 'cheerio';
import { clearDifferences } from '../../../src/report/html/clear-differences.ts';
import { renderVoices } from '../../../src/report/html/voices.ts';
import type { OutletComparison, OutletVoices } from '../../../src/types.ts';
import { emptyOutlet, emptyOutletParts } from '../../helpers/empty-parts.ts';

const outlet = (name: string, voices: OutletVoices): OutletComparison =>
  emptyOutlet(name, { voices, articles: ['a.txt', 'b.txt', 'c.txt'], quotedShareInterval: { n: 3, estimate: 0.35, low: 0.2, high: 0.5, over: 'articles' } });

test('a table of speakers per outlet with role, category, words and verbs', (t) => {
  const voices: OutletVoices = {
    speakers: [
      { name: 'Zhang Ming', category: 'expert', role: 'a researcher at <the Academy>', quotes: 3, words: 59, verbs: { told: 1, said: 2 }, articles: ['a.txt'] },
      { name: 'Axios', category: 'media', role: null, quotes: 1, words: 0, verbs: { 'according to': 1 }, articles: ['a.txt'] },
    ],
    categories: { expert: 59, media: 0 },
    verbs: { said: 2, told: 1, 'according to': 1 },
    quotedShare: 0.39,
  };
  const $ = cheerio.load(renderVoices([outlet('The Western Journal', voices)]));
  t.is($('h3').text(), 'The Western Journal');
  t.is($('p').eq(1).text(), 'Quotation is 39% of the text, 35% per article on average (95% interval 20% to 50%, over 3 articles); quoted words: experts 59.');
  const first = $('tbody tr')
    .first()
    .children()
    .map((_, el) => $(el).text())
    .get();
  t.deepEqual(first, ['Zhang Ming', 'a researcher at <the Academy>', 'experts', '3', '59', 'said ×2, told']);
  t.regex(renderVoices([outlet('X', voices)]), /a researcher at &lt;the Academy&gt;/);
});

test('an outlet that quotes nobody says so', (t) => {
  const html = renderVoices([emptyOutlet('Quiet Post', { quotedShareInterval: { n: 12, estimate: 0, low: 0, high: 0, over: 'sentences' } })]);
  t.regex(html, /Quotation is 0% of the text \(95% interval 0% to 0%, over the 12 sentences of its one article\)\./);
  t.regex(html, /Nobody is quoted or cited\./);
});

test('a quotation share in a clear difference is marked', (t) => {
  const voices = emptyOutletParts().voices;
  const d = { measure: 'quotedShare', label: 'Quoted share', higher: 'A', lower: 'B', effect: 0.3, low: 0.1, high: 0.5, p: 0.001, pAdjusted: 0.01, n: { higher: 3, lower: 3 } };
  const $ = cheerio.load(renderVoices([outlet('A', voices), outlet('B', voices), outlet('C', voices)], clearDifferences([d])));
  t.deepEqual(
    $('p a.badge')
      .map((_, el) => $(el).parent().prev('h3').text())
      .get(),
    ['A', 'B'],
  );
});
