import test from 'ava';
import { fitLabel, intervalChart } from '../../../src/report/html/sentiment-chart.ts';

test('a name that fits the room left of the plot is shown whole', (t) => {
  t.is(fitLabel('The Western Journal'), 'The Western Journal');
  t.is(fitLabel('USA TODAY'), 'USA TODAY');
});

test('a long name is cut with an ellipsis, a name of digits and capitals sooner than one of narrow letters', (t) => {
  const file = fitLabel('unknown (001_c960022149833136.txt)');
  t.regex(file, /^unknown \(001_c96\d*…$/);
  t.true(file.length < 26, `${file} was cut where 26 characters of it ran past the chart's edge`);
  const narrow = fitLabel('illinois still litigating jurisdiction');
  t.true(narrow.endsWith('…'));
  t.true(narrow.length > file.length, `${narrow} keeps more characters than ${file}`);
  t.is(fitLabel('W'.repeat(40), 5), 'WWWW…');
});

test('a cut label carries the whole name as its tooltip', (t) => {
  const bar = { estimate: 0.1, low: 0, high: 0.2, dashed: false };
  const svg = intervalChart(
    [
      { name: 'unknown (001_c960022149833136.txt)', ...bar },
      { name: 'DW', ...bar },
    ],
    'chart',
  );
  t.regex(svg, /<text class="label"[^>]*><title>unknown \(001_c960022149833136\.txt\)<\/title>unknown \(001_c96\d*…<\/text>/);
  t.regex(svg, /<text class="label"[^>]*>DW<\/text>/);
});
