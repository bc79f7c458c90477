import test from 'ava';
import { segment, tokenize } from '../../src/text/segment.ts';
import { frameCatalog, mergeFrames, scoreFrames } from '../../src/analyze/frames.ts';
import type { FrameScore, Segment } from '../../src/types.ts';
import { table } from '../../src/settings/tables.ts';

const policyData = table('frames/policy-frames');
const genericData = table('frames/generic-frames');
const stopwordData = table('stopwords');

const POLICY_IDS = [
  'policy.economic',
  'policy.capacity',
  'policy.morality',
  'policy.fairness',
  'policy.legality',
  'policy.policy',
  'policy.crime',
  'policy.security',
  'policy.health',
  'policy.quality-of-life',
  'policy.cultural-identity',
  'policy.public-opinion',
  'policy.political',
  'policy.external',
  'policy.other',
];
const GENERIC_IDS = ['generic.conflict', 'generic.human-interest', 'generic.economic', 'generic.morality', 'generic.responsibility'];

interface DataFrame {
  id: string;
  cues: { words: string[]; phrases: string[]; forms?: string[] };
  exclude?: string[];
  examples: string[];
}
const dataFiles = [policyData, genericData];
const dataFrames = dataFiles.flatMap((d) => d.frames as DataFrame[]);

function score(text: string): FrameScore[] {
  return scoreFrames([segment('body', text)]);
}

function frame(scores: FrameScore[], id: string): FrameScore {
  const f = scores.find((s) => s.id === id);
  if (!f) throw new Error(`no frame ${id}`);
  return f;
}

const stems = (text: string): string =>
  tokenize(text)
    .map((t) => t.stem)
    .join(' ');

test('catalog lists the 15 policy frames then the 5 generic frames, described', (t) => {
  const catalog = frameCatalog();
  t.deepEqual(
    catalog.map((f) => f.id),
    [...POLICY_IDS, ...GENERIC_IDS],
  );
  t.is(new Set(catalog.map((f) => f.id)).size, 20);
  t.true(catalog.slice(0, 15).every((f) => f.family === 'policy'));
  t.true(catalog.slice(15).every((f) => f.family === 'generic'));
  for (const f of catalog) {
    t.true(f.label.trim().length > 0, f.id);
    t.true(f.description.trim().length > 20, f.id);
  }
});

test('frameCatalog returns copies', (t) => {
  frameCatalog()[0]!.label = 'changed';
  t.is(frameCatalog()[0]!.label, 'Economic');
});

test('data files carry source, licence and method', (t) => {
  for (const d of dataFiles) {
    t.true(d.source.length > 0);
    t.true(d.licence.includes('MIT'));
    t.true(d.method.length > 0);
  }
});

test('every frame but policy.other has examples that score for it', (t) => {
  for (const f of dataFrames) {
    if (f.id === 'policy.other') continue;
    t.true(f.examples.length > 0, f.id);
    for (const example of f.examples) t.true(frame(score(example), f.id).hits > 0, `${f.id}: ${example}`);
  }
});

test('policy.other is the residual category: no cues, never scores', (t) => {
  const other = dataFrames.find((f) => f.id === 'policy.other')!;
  t.deepEqual(other.cues, { words: [], phrases: [] });
  const all = dataFrames.flatMap((f) => f.examples).join(' ');
  t.is(frame(score(all), 'policy.other').hits, 0);
});

test('clear sentences of my own score for their frame', (t) => {
  const cases: Array<[string, string]> = [
    ['The tax increase will hurt small businesses and slow the economy.', 'policy.economic'],
    ['Schools face a teacher shortage and lack the funding to hire more staff.', 'policy.capacity'],
    ['Clergy called the decision immoral and a betrayal of human dignity.', 'policy.morality'],
    ['Women are still paid less, and the pay gap shows persistent inequality.', 'policy.fairness'],
    ['The Supreme Court heard arguments over whether the statute is constitutional.', 'policy.legality'],
    ['The reform would overhaul the licensing program and introduce new regulations.', 'policy.policy'],
    ['Officers arrested the gang leader on murder and extortion charges.', 'policy.crime'],
    ['The army moved missiles to the frontier amid fears of an invasion.', 'policy.security'],
    ['The virus spread quickly, and hospitals reported a surge in patients.', 'policy.health'],
    ['Residents complained that noise and congestion have ruined the neighborhood.', 'policy.quality-of-life'],
    ['Elders worry the language and traditions of their ancestors will be lost.', 'policy.cultural-identity'],
    ['According to a survey released Monday, support for the plan has slipped and the outcry is growing.', 'policy.public-opinion'],
    ['The senator hopes the issue will rally conservative voters before the election.', 'policy.political'],
    ['Diplomats from allied nations met at the summit to discuss the treaty.', 'policy.external'],
    ['Opponents clashed with supporters, and critics accused the mayor of lying.', 'generic.conflict'],
    ['Her daughter cried as she recalled the grief of losing her father.', 'generic.human-interest'],
    ['The delays cost the company millions of dollars in lost profit.', 'generic.economic'],
    ['The pastor said greed is a sin and urged the faithful to pray for forgiveness.', 'generic.morality'],
    ['Parents blamed the school board and said officials were responsible for the neglect.', 'generic.responsibility'],
  ];
  for (const [sentence, id] of cases) t.true(frame(score(sentence), id).hits > 0, `${id}: ${sentence}`);
});

test('tricky negatives do not score for policy.security', (t) => {
  for (const sentence of [
    'The loan was backed by security deposits.',
    'She completed the defense of her thesis.',
    'Social Security checks arrived late.',
    'Investors sold securities after the report.',
    'The defense attorney asked for a delay.',
    'He was rushed to hospital with a heart attack.',
    'Advances in artificial intelligence are reshaping offices.',
    'The rivals traded barbs in a war of words.',
  ]) {
    t.is(frame(score(sentence), 'policy.security').hits, 0, sentence);
  }
});

test('other exclusions keep ambiguous cues quiet', (t) => {
  t.is(frame(score('She is in charge of the project, free of charge.'), 'policy.crime').hits, 0);
  t.is(frame(score('Tear gas was fired to clear the square.'), 'generic.human-interest').hits, 0);
  t.is(frame(score('The patient was in critical condition.'), 'generic.conflict').hits, 0);
  t.is(frame(score('These figures constitute a record.'), 'policy.legality').hits, 0);
  t.is(frame(score('In response, the company issued a statement.'), 'generic.responsibility').hits, 0);
  t.is(frame(score('The county fair opens on Friday.'), 'policy.fairness').hits, 0);
});

test('the longest cue wins and a token counts once per family', (t) => {
  const socialSecurity = score('Social Security payments will rise.');
  t.deepEqual(
    frame(socialSecurity, 'policy.economic').evidence.map((h) => h.cue),
    ['social security'],
  );
  t.is(frame(socialSecurity, 'policy.security').hits, 0);

  const council = score('The Security Council met on Tuesday.');
  t.deepEqual(
    frame(council, 'policy.external').evidence.map((h) => h.cue),
    ['security council'],
  );

  const lawyer = score('His defense lawyer called the ruling unfair.');
  t.deepEqual(
    frame(lawyer, 'policy.crime').evidence.map((h) => h.cue),
    ['defense lawyer'],
  );
  const policyHits = lawyer.filter((f) => f.family === 'policy').reduce((n, f) => n + f.hits, 0);
  t.is(policyHits, 3); // defense lawyer, ruling, unfair

  // The families are independent: "cost" counts once in each.
  const cost = score('The cost was high.');
  t.is(frame(cost, 'policy.economic').hits, 1);
  t.is(frame(cost, 'generic.economic').hits, 1);
});

test('phrases match on consecutive stems, not across punctuation or sentences', (t) => {
  const text = 'Groups documented human rights abuses. Interest rates rose.';
  const scores = score(text);
  const legality = frame(scores, 'policy.legality').evidence;
  t.deepEqual(
    legality.map((h) => h.cue),
    ['human rights'],
  );
  t.is(text.slice(legality[0]!.span.start, legality[0]!.span.end), 'human rights');
  const economic = frame(scores, 'policy.economic').evidence;
  t.deepEqual(
    economic.map((h) => h.cue),
    ['interest rate'],
  );
  t.is(text.slice(economic[0]!.span.start, economic[0]!.span.end), 'Interest rates');
  t.is(economic[0]!.span.sentence, 1);

  t.is(frame(score('They spoke of the human, rights and duties.'), 'policy.legality').hits, 0);
  t.is(frame(score('It was a sign of interest. Rates rose anyway.'), 'policy.economic').hits, 0);
});

test('possessives match their word cue', (t) => {
  const text = "The Pentagon's budget grew.";
  const hits = frame(score(text), 'policy.security').evidence;
  t.deepEqual(
    hits.map((h) => h.cue),
    ['pentagon'],
  );
  t.is(text.slice(hits[0]!.span.start, hits[0]!.span.end), "Pentagon's");
});

test('evidence spans slice back to the cue text in headline and body', (t) => {
  const headline = segment('headline', 'Police arrest protesters as outrage grows over tax plan');
  const body = segment(
    'body',
    'Opening paragraph about nothing in particular.\n\nThe prosecutor said the protest had turned violent. Critics blamed the mayor.\n\nA new poll shows the economy is the main worry.',
  );
  const scores = scoreFrames([headline, body]);
  const texts = { headline: headline.text, body: body.text };
  let checked = 0;
  for (const f of scores) {
    for (const hit of f.evidence) {
      const slice = texts[hit.span.part].slice(hit.span.start, hit.span.end);
      // Same words as the cue up to stemming (and a possessive 's).
      t.is(stems(slice.replace(/['’]s\b/g, '')), stems(hit.cue), `${f.id} ${hit.cue} → "${slice}"`);
      const seg = hit.span.part === 'headline' ? headline : body;
      const sentence = seg.sentences[hit.span.sentence]!;
      t.true(hit.span.start >= sentence.start && hit.span.end <= sentence.end);
      checked++;
    }
  }
  t.true(checked >= 8);
});

test('evidence is in text order and sentences are unique, in order', (t) => {
  const body = segment('body', 'Police made an arrest. The weather was mild. The suspect faced a jury. The jail was full.');
  const crime = frame(scoreFrames([body]), 'policy.crime');
  const starts = crime.evidence.map((h) => h.span.start);
  t.deepEqual(
    starts,
    [...starts].sort((a, b) => a - b),
  );
  t.deepEqual(crime.sentences, [
    { part: 'body', sentence: 0 },
    { part: 'body', sentence: 2 },
    { part: 'body', sentence: 3 },
  ]);
  t.is(crime.hits, 5);
});

test('rate is hits per 1,000 tokens and share is the family proportion, to 4 decimals', (t) => {
  // 6 tokens; policy: police, arrest (crime), tax (economic); generic: tax (economic).
  const scores = score('Police arrest man over unpaid tax.');
  const crime = frame(scores, 'policy.crime');
  const economic = frame(scores, 'policy.economic');
  t.is(crime.hits, 2);
  t.is(crime.rate, 333.3333);
  t.is(crime.share, 0.6667);
  t.is(economic.rate, 166.6667);
  t.is(economic.share, 0.3333);
  t.is(frame(scores, 'generic.economic').share, 1);
  t.is(frame(scores, 'policy.health').share, 0);
  t.is(frame(scores, 'policy.health').rate, 0);
});

test('nothing to score gives zeros, not NaN', (t) => {
  for (const segments of [[], [segment('body', '')], [segment('body', 'A quiet, uneventful day.')]] as Segment[][]) {
    const scores = scoreFrames(segments);
    t.is(scores.length, 20);
    t.true(scores.every((f) => f.hits === 0 && f.rate === 0 && f.share === 0 && f.evidence.length === 0));
  }
});

test('headline and body score together as the sum of their parts', (t) => {
  const headline = segment('headline', 'Court strikes down tax law');
  const body = segment('body', 'The judge said the tax was unconstitutional. Lawmakers vowed to appeal.');
  const apart = [scoreFrames([headline]), scoreFrames([body])];
  const together = scoreFrames([headline, body]);
  const tokens = [headline, body].map((s) => s.sentences.reduce((n, x) => n + x.tokens.length, 0));
  const total = tokens[0]! + tokens[1]!;
  for (const [i, f] of together.entries()) {
    const h = apart[0]![i]!;
    const b = apart[1]![i]!;
    t.is(f.hits, h.hits + b.hits, f.id);
    t.deepEqual(f.evidence, [...h.evidence, ...b.evidence]);
    t.deepEqual(f.sentences, [...h.sentences, ...b.sentences]);
    t.is(f.rate, Math.round(((f.hits * 1000) / total) * 10_000) / 10_000);
  }
  const legality = frame(together, 'policy.legality');
  t.deepEqual(legality.sentences, [
    { part: 'headline', sentence: 0 },
    { part: 'body', sentence: 0 },
    { part: 'body', sentence: 1 },
  ]);
});

test('scoring is deterministic and leaves its input alone', (t) => {
  const segments = [segment('headline', 'Lawmakers clash over hospital funding'), segment('body', 'Doctors warned of shortages. Republicans blamed Democrats for the deficit.')];
  const before = JSON.stringify(segments);
  const a = JSON.stringify(scoreFrames(segments));
  const b = JSON.stringify(scoreFrames(segments));
  t.is(a, b);
  t.is(JSON.stringify(segments), before);
});

test('no cue is duplicated within a frame, and no cue is shared by two frames of a family', (t) => {
  for (const d of dataFiles) {
    const owner = new Map<string, string>();
    for (const f of d.frames as DataFrame[]) {
      const seen = new Set<string>();
      for (const cue of [...f.cues.words, ...f.cues.phrases, ...(f.cues.forms ?? [])]) {
        const key = stems(cue);
        t.false(seen.has(key), `${f.id}: "${cue}" duplicates another cue (stems "${key}")`);
        seen.add(key);
        const other = owner.get(key);
        t.true(other === undefined || other === f.id, `"${cue}" is in ${f.id} and ${other}`);
        owner.set(key, f.id);
      }
      t.is(new Set(f.exclude ?? []).size, (f.exclude ?? []).length, `${f.id}: duplicated exclude`);
      t.true(
        [...f.cues.words, ...(f.cues.forms ?? [])].every((w) => tokenize(w).length === 1),
        `${f.id}: a word cue has several tokens`,
      );
      t.true(
        f.cues.phrases.every((p) => tokenize(p).length > 1),
        `${f.id}: a phrase cue has one token`,
      );
    }
  }
});

test('no word cue stems to a stop word (e.g. "mores" → "more" would fire on every "more")', (t) => {
  const stopStems = new Set(tokenize(stopwordData.words.join(' ')).map((x) => x.stem));
  for (const data of [policyData, genericData]) {
    for (const frame of data.frames) {
      for (const word of frame.cues.words) t.false(stopStems.has(tokenize(word)[0]!.stem), `${frame.id}: "${word}"`);
    }
  }
});

test('merging headline and body scores equals scoring them together', (t) => {
  const headline = segment('headline', 'Army seizes power as protesters fill the streets');
  const body = segment('body', 'The military said the coup restored order.\n\nCritics said the budget cuts and rising prices fueled the unrest.');
  const tokens = [headline, body].reduce((n, s) => n + s.sentences.reduce((m, x) => m + x.tokens.length, 0), 0);
  t.deepEqual(mergeFrames([scoreFrames([headline]), scoreFrames([body])], tokens), scoreFrames([headline, body]));
});

test('a form cue fires on its own word only, possessive included, and keeps its evidence', (t) => {
  const text = "Security's budget grew. Troops secured the airport. The deal is secure.";
  const hits = frame(score(text), 'policy.security').evidence;
  t.deepEqual(
    hits.map((h) => [h.cue, text.slice(h.span.start, h.span.end)]),
    [
      ['security', "Security's"],
      ['troops', 'Troops'],
    ],
  );
  t.is(frame(score('The crash was preventable.'), 'generic.responsibility').hits, 1);
  t.is(frame(score('The wall will prevent floods.'), 'generic.responsibility').hits, 0);
});

test('a context veto counts only within its window, in the same sentence', (t) => {
  // "court" is vetoed by sports words (window 6).
  t.is(frame(score('The team lost the game. The court ruled against the league.'), 'policy.legality').hits, 2);
  t.is(
    frame(score('The court, in a long ruling issued on a Tuesday afternoon, rejected the team appeal.'), 'policy.legality')
      .evidence.map((h) => h.cue)
      .join(),
    'court,ruling,appeal',
  );
  t.is(frame(score('The coach walked off the court.'), 'policy.legality').hits, 0);
  // A veto silences that cue only; other cues of the frame in the sentence still count.
  const fair = frame(score('At the fair, the rides were unfair to short children.'), 'policy.fairness');
  t.deepEqual(
    fair.evidence.map((h) => h.cue),
    ['unfair'],
  );
  t.is(fair.evidence[0]!.span.start, 'At the fair, the rides were '.length);
});

test('every context rule says why and names only cues of its frame', (t) => {
  for (const f of dataFrames as Array<DataFrame & { context?: Array<{ cues: string[]; unlessNear: string[]; window: number; why: string }> }>) {
    const cues = new Set([...f.cues.words, ...f.cues.phrases, ...(f.cues.forms ?? [])]);
    for (const rule of f.context ?? []) {
      t.true(rule.why.length > 10, f.id);
      t.true(rule.window > 0 && rule.unlessNear.length > 0, f.id);
      t.true(
        rule.cues.every((c) => cues.has(c)),
        `${f.id}: ${rule.cues.join(', ')}`,
      );
    }
  }
});
