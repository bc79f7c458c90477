import test from 'ava';
import { segment } from '../../src/text/segment.ts';
import { scoreLanguage } from '../../src/analyze/language.ts';
import type { ArticleLanguage, LanguageKind, Segment } from '../../src/types.ts';
import { table } from '../../src/settings/tables.ts';

const loadedData = table('language/loaded');
const intensifierData = table('language/intensifiers');
const hedgeData = table('language/hedges');
const rules = table('language/rules');

function score(body: string, headline?: string): { result: ArticleLanguage; segments: Segment[] } {
  const segments = [...(headline === undefined ? [] : [segment('headline', headline)]), segment('body', body)];
  return { result: scoreLanguage(segments), segments };
}

/** Each hit as "kind:cue=text as written". */
function found(body: string, headline?: string): string[] {
  const { result, segments } = score(body, headline);
  return result.hits.map((h) => {
    const text = segments.find((s) => s.part === h.span.part)!.text;
    return `${h.kind}:${h.cue}=${text.slice(h.span.start, h.span.end)}`;
  });
}

const ofKind = (body: string, kind: LanguageKind): string[] => found(body).filter((h) => h.startsWith(`${kind}:`));

test('multiword hedges are found whole, with offsets into the part text', (t) => {
  const body = 'The launch went well.\n\nOfficials are believed to have met. It is possible that the date slips, according to some.';
  const { result } = score(body);
  t.deepEqual(
    result.hits.map((h) => ({ cue: h.cue, kind: h.kind, span: h.span })),
    [
      { cue: 'are believed to', kind: 'hedge', span: { part: 'body', sentence: 1, start: body.indexOf('are believed'), end: body.indexOf(' have met') } },
      { cue: 'it is possible', kind: 'hedge', span: { part: 'body', sentence: 2, start: body.indexOf('It is'), end: body.indexOf(' that') } },
      { cue: 'according to some', kind: 'hedge', span: { part: 'body', sentence: 2, start: body.indexOf('according'), end: body.length - 1 } },
    ],
  );
});

test('the longest cue wins and consumes its words', (t) => {
  t.deepEqual(found('The probe will most likely land. A landing is likely.'), ['hedge:most likely=most likely', 'hedge:likely=likely']);
});

test('a phrase does not run across punctuation', (t) => {
  t.deepEqual(found('Of them, some, say, three.'), []);
  t.deepEqual(found('Some say the plan will work.'), ['hedge:some say=Some say']);
});

test('capitalised May is the month or a name, lower-case may the hedge', (t) => {
  t.deepEqual(found('The launch is set for May. Theresa May said the plan may change. May 5 is the date.'), ['hedge:may=may']);
});

test("'could not' is inability, not a hedge", (t) => {
  t.deepEqual(ofKind('The agency could not be reached. The module could be launched in April.', 'hedge'), ['hedge:could=could']);
});

test("'claim' hedges as a report verb, not as a noun", (t) => {
  t.deepEqual(ofKind('The station, which the two countries claim will be open, is new.', 'hedge'), ['hedge:claim=claim']);
  t.deepEqual(ofKind('He claims that the base is safe. She claimed to know.', 'hedge'), ['hedge:claims=claims', 'hedge:claimed=claimed']);
  t.deepEqual(ofKind('The claims were rejected. An insurance claim was filed. The group claimed responsibility.', 'hedge'), []);
  t.deepEqual(ofKind("Comey disputed Trump's claim that he won. He refuted claims that it failed. That claim is false.", 'hedge'), []);
});

test('quoted words are the speaker’s: not counted as cues or as words', (t) => {
  const { result } = score('Critics slammed the plan. “It is a draconian regime,” he said. She called it "very reckless".');
  t.deepEqual(
    result.hits.map((h) => h.cue),
    ['slammed'],
  );
  // Outside the quotes: Critics slammed the plan (4) + he said (2) + She called it (3).
  t.is(result.words, 9);
});

test('scare quotes hold a term at arm’s length, but the marker before them counts', (t) => {
  t.deepEqual(found('It revived the so-called “space race” of old.'), ['loaded:so-called=so-called']);
});

test('loaded terms are compared on stems, so inflections and possessives count', (t) => {
  t.deepEqual(ofKind("Critics slams the regimes. The regime's thugs mocked him.", 'loaded'), [
    'loaded:slammed=slams',
    'loaded:regime=regimes',
    "loaded:regime=regime's",
    'loaded:thug=thugs',
    'loaded:mocked=mocked',
  ]);
});

test('forms are compared as written where the stem takes in neutral words', (t) => {
  t.deepEqual(ofKind('Extreme weather hit. An extremist group formed. They will dictate terms to the dictator.', 'loaded'), ['loaded:extremist=extremist', 'loaded:dictator=dictator']);
});

test('an exact form wins over a stem at equal length', (t) => {
  t.deepEqual(found('An incredible view, incredibly clear.'), ['loaded:incredible=incredible', 'intensifier:incredibly=incredibly']);
});

test('context rules keep literal and technical senses out', (t) => {
  t.deepEqual(found('The rocket blasted off. Critics blasted the plan.'), ['loaded:blasted=blasted']);
  t.deepEqual(found('Students held a mock trial. The tax regime changed. The pension scheme grew.'), []);
  t.deepEqual(found('It was the very first step, and very costly. Iran has highly enriched uranium.'), ['intensifier:very=very']);
  t.deepEqual(found('A change of course. Of course it will fly.'), ['intensifier:of course=Of course']);
  t.deepEqual(found('A car slammed into a wall. Critics slammed the plan.'), ['loaded:slammed=slammed']);
  t.deepEqual(found('Most likely voters back him, and he will likely win.'), ['hedge:likely=likely']);
});

test('headline and body are both scanned, each hit naming its part', (t) => {
  const { result } = score('Russia and China signed a deal.', 'US Ditched by Longtime Space Partner');
  t.deepEqual(
    result.hits.map((h) => h.span),
    [{ part: 'headline', sentence: 0, start: 3, end: 10 }],
  );
  t.is(result.words, 6 + 6);
});

test('rates are per 1,000 words, rounded; examples most frequent first, then alphabetical', (t) => {
  // 25 words: 3 hedges, 2 loaded, 1 intensifier.
  const { result } = score('Perhaps the regime will fall, reportedly. Perhaps not. The regime is truly weak. Officials said the vote was held on time in the old capital.');
  t.is(result.words, 25);
  t.deepEqual(result.hedge, {
    count: 3,
    rate: 120,
    examples: [
      { cue: 'perhaps', count: 2 },
      { cue: 'reportedly', count: 1 },
    ],
  });
  t.deepEqual(result.loaded, { count: 2, rate: 80, examples: [{ cue: 'regime', count: 2 }] });
  t.deepEqual(result.intensifier, { count: 1, rate: 40, examples: [{ cue: 'truly', count: 1 }] });
  const other = score('Perhaps it will. It may. It may not.').result;
  t.deepEqual(other.hedge, {
    count: 3,
    rate: 375,
    examples: [
      { cue: 'may', count: 2 },
      { cue: 'perhaps', count: 1 },
    ],
  });
  t.is(score('It may work.').result.hedge.rate, 333.3333);
});

test('examples are capped by the data file, the count is not', (t) => {
  const hedges = ['perhaps', 'maybe', 'possibly', 'probably', 'presumably', 'apparently', 'seemingly', 'supposedly', 'reportedly', 'allegedly', 'purportedly', 'potentially'];
  t.true(hedges.length > rules.examples.max);
  const { result } = score(hedges.map((h) => `It ${h} works.`).join(' '));
  t.is(result.hedge.count, hedges.length);
  t.is(result.hedge.examples.length, rules.examples.max);
  t.deepEqual(
    result.hedge.examples.map((e) => e.cue),
    [...hedges].sort().slice(0, rules.examples.max),
  );
});

test('no text, no words and zero rates', (t) => {
  const { result } = score('');
  t.deepEqual(result, {
    words: 0,
    loaded: { count: 0, rate: 0, examples: [] },
    intensifier: { count: 0, rate: 0, examples: [] },
    hedge: { count: 0, rate: 0, examples: [] },
    hits: [],
  });
});

interface Lexicon {
  source: string;
  cite: string;
  licence: string;
  compare: string;
  groups: Array<{ label: string; basis: string; terms: string[]; forms?: string[] }>;
}
const lexicons: Lexicon[] = [loadedData, intensifierData, hedgeData];

test('lexicons state source and licence and list lower-case cues, each in one list only', (t) => {
  const seen = new Set<string>();
  for (const lexicon of lexicons) {
    t.true(lexicon.source.length > 50);
    t.true(lexicon.cite.length > 0);
    t.regex(lexicon.licence, /MIT/);
    t.true(['stem', 'form'].includes(lexicon.compare));
    for (const group of lexicon.groups) {
      t.true(group.label.length > 0 && group.basis.length > 0);
      for (const cue of [...group.terms, ...(group.forms ?? [])]) {
        t.is(cue, cue.toLowerCase().trim(), cue);
        t.false(seen.has(cue), `${cue} listed twice`);
        seen.add(cue);
      }
    }
  }
  t.true(rules.quotation.reason.length > 0);
  t.true(Number.isInteger(rules.examples.max) && rules.examples.max > 0);
});
