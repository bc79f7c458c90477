import test from 'ava';
import { renderLanguage } from '../../../src/report/html/language.ts';
import type { LanguageProfile } from '../../../src/types.ts';
import { languageSources } from '../../../src/analyze/language.ts';

const SOURCES = languageSources();

const none = { count: 0, rate: 0, examples: [] };

function language(partial: Partial<LanguageProfile>): LanguageProfile {
  return { words: 1000, loaded: none, intensifier: none, hedge: none, ...partial };
}

test('one row per outlet: rate per 1,000 words, count and the top examples', (t) => {
  const html = renderLanguage(
    [
      {
        name: 'Metro Daily',
        known: true,
        language: language({
          words: 730,
          loaded: {
            count: 5,
            rate: 6.8493,
            examples: [
              { cue: 'regime', count: 2 },
              { cue: 'slammed', count: 1 },
              { cue: 'so-called', count: 1 },
              { cue: 'thug', count: 1 },
            ],
          },
          hedge: { count: 1, rate: 1.3699, examples: [{ cue: 'reportedly', count: 1 }] },
        }),
      },
    ],
    SOURCES,
  );
  t.regex(html, /<th scope="row">Metro Daily<\/th><td class="num">730<\/td>/);
  t.regex(html, /<td><strong>6\.8<\/strong> <span class="muted">\(5\)<\/span> — <span class="cue">regime<\/span> ×2, <span class="cue">slammed<\/span>, <span class="cue">so-called<\/span>, …<\/td>/);
  t.notRegex(html, /thug/);
  t.regex(html, /<td><strong>0\.0<\/strong> <span class="muted">\(0\)<\/span><\/td>/);
  t.regex(html, /<td><strong>1\.4<\/strong> <span class="muted">\(1\)<\/span> — <span class="cue">reportedly<\/span><\/td>/);
  t.regex(html, /<th scope="col">Loaded terms<\/th><th scope="col">Intensifiers<\/th><th scope="col">Hedges<\/th>/);
});

test('the note names the lexicon sources and the quotation rule', (t) => {
  const html = renderLanguage([{ name: 'A', known: true, language: language({}) }], SOURCES);
  t.regex(html, /<p class="note">Words inside quotation marks .*Recasens.*Quirk.*Hyland.*<\/p>/s);
  t.notRegex(html, /<script|style=/);
});

test('outlet names and cues are escaped; unknown outlets are set apart', (t) => {
  const html = renderLanguage(
    [
      {
        name: 'unknown (<b>x</b>.txt)',
        known: false,
        language: language({ loaded: { count: 1, rate: 1, examples: [{ cue: '<img src=x onerror=alert(1)>', count: 1 }] } }),
      },
    ],
    SOURCES,
  );
  t.regex(html, /<span class="unknown">unknown \(&lt;b&gt;x&lt;\/b&gt;\.txt\)<\/span>/);
  t.regex(html, /<span class="cue">&lt;img src=x onerror=alert\(1\)&gt;<\/span>/);
  t.notRegex(html, /<b>|<img/);
});

test('an outlet with no words of its own shows no rates', (t) => {
  const html = renderLanguage([{ name: 'Quotes Only', known: true, language: language({ words: 0 }) }], SOURCES);
  t.regex(html, /<td class="num">0<\/td><td class="muted">–<\/td><td class="muted">–<\/td><td class="muted">–<\/td>/);
});

test('no outlets says so', (t) => {
  t.is(renderLanguage([], SOURCES), '<p class="muted">No outlets to measure.</p>');
});
