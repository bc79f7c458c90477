import test from 'ava';
import { detectLanguage } from '../../src/analyze/detect-language.ts';

test('English is scored; German and French are named and not scored', (t) => {
  t.deepEqual(detectLanguage('Moon base deal', 'Russia and China agreed on Tuesday to build a research station on the moon, the agencies said.'), {
    code: 'eng',
    name: 'English',
    scored: true,
  });
  t.deepEqual(detectLanguage('', 'Russland und China wollen gemeinsam eine Forschungsstation auf dem Mond bauen, teilte die Raumfahrtbehörde am Dienstag mit.'), {
    code: 'deu',
    name: 'German',
    scored: false,
  });
  t.is(detectLanguage('', 'La Russie et la Chine vont construire ensemble une station de recherche lunaire, a annoncé mardi l’agence spatiale.').name, 'French');
});

test('a text too short to tell is undetermined and scored', (t) => {
  t.deepEqual(detectLanguage('', 'Moon base agreed.'), { code: 'und', name: 'undetermined', scored: true });
});
