import test from 'ava';
import * as cheerio from 'cheerio';
import { renderVoices } from '../../../src/report/html/voices.ts';
import type { OutletComparison, OutletVoices } from '../../../src/types.ts';
import { emptyOutlet, emptyOutletParts } from '../../helpers/empty-parts.ts';

const outlet = (name: string, voices: OutletVoices): OutletComparison => emptyOutlet(name, { voices });

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
  t.regex($('p').eq(1).text(), /Quotation is 39% of the text; quoted words: experts 59\./);
  const first = $('tbody tr').first().children().map((_, el) => $(el).text()).get();
  t.deepEqual(first, ['Zhang Ming', 'a researcher at <the Academy>', 'experts', '3', '59', 'said ×2, told']);
  t.regex(renderVoices([outlet('X', voices)]), /a researcher at &lt;the Academy&gt;/);
});

test('an outlet that quotes nobody says so', (t) => {
  const html = renderVoices([outlet('Quiet Post', emptyOutletParts().voices)]);
  t.regex(html, /Quotation is 0% of the text\./);
  t.regex(html, /Nobody is quoted or cited\./);
});
