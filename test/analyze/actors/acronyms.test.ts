import test from 'ava';
import { analyzeText } from '../../helpers/article-fixture.ts';

const actors = (body: string) => analyzeText('', body).actors.map((a) => [a.name, a.kind, a.aliases.join('|')]);

test('an acronym spelled out after a name is that name, wherever the article uses it', (t) => {
  t.deepEqual(actors('The Korea Aerospace Research Institute (KARI) will help. KARI said so.'), [['Korea Aerospace Research Institute', 'organisation', 'KARI|Korea Aerospace Research Institute']]);
  // Connectors are skipped; a name that covers most of the words counts.
  t.deepEqual(actors('The Securities and Exchange Commission (SEC) sued. The SEC said so.')[0], ['Securities and Exchange Commission', 'organisation', 'SEC|Securities and Exchange Commission']);
});

test('an acronym of lower-case words is a term, no actor; a capital that only starts the sentence does not count', (t) => {
  t.deepEqual(actors('Binge eating disorder (BED) is common. People with BED often hide it.'), []);
  t.deepEqual(actors('Experts in artificial intelligence (AI) said AI could help.'), []);
});

test('an acronym that does not spell the words before it, or follows only their last word, is left alone', (t) => {
  t.deepEqual(
    actors('The Lunar Policy Institute (NASA) agreed.').map(([name]) => name),
    ['Lunar Policy Institute', 'United States'],
  );
  t.deepEqual(
    actors('Officials of the Ministry of Trade, Industry and Energy (MOTIE) spoke. MOTIE agreed.').map(([name]) => name),
    ['MOTIE', 'Ministry of Trade', 'Industry', 'Energy'],
  );
});
