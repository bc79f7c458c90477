import test from 'ava';
import { findClaims, type ClaimSentence } from '../../src/compare/claims.ts';
import type { Claim, ClaimCoverage } from '../../src/types.ts';
import { SETTINGS } from '../helpers/settings.ts';

interface Draft {
  outlet: string;
  headline: string;
  body: string[];
  /** Actors by body sentence index. */
  actors?: Record<number, string[]>;
}

/** Sentences in reading order, with offsets as if the body were its sentences joined by spaces. */
function sentencesOf(drafts: Draft[]): ClaimSentence[] {
  return drafts.flatMap((d, a) => {
    const article = `art${a + 1}`;
    const headline: ClaimSentence = { article, outlet: d.outlet, part: 'headline', sentence: 0, start: 0, end: d.headline.length, text: d.headline, actors: [] };
    let offset = 0;
    const body = d.body.map((text, i): ClaimSentence => {
      const start = offset;
      offset += text.length + 1;
      return { article, outlet: d.outlet, part: 'body', sentence: i, start, end: start + text.length, text, actors: d.actors?.[i] ?? [] };
    });
    return [headline, ...body];
  });
}

function run(drafts: Draft[]): ClaimCoverage {
  return findClaims(sentencesOf(drafts), [...new Set(drafts.map((d) => d.outlet))], SETTINGS.claims);
}

/** The claim a sentence (by its text) belongs to. */
function claimOf(coverage: ClaimCoverage, drafts: Draft[], text: string): Claim | undefined {
  const s = sentencesOf(drafts).find((x) => x.text === text)!;
  return coverage.claims.find((c) => c.members.some((m) => m.article === s.article && m.part === s.part && m.sentence === s.sentence));
}

const MOU_A = 'China and Russia signed a memorandum of understanding on Tuesday to build a lunar station.';
const MOU_B = 'Russia has signed a memorandum of understanding with China to construct a joint lunar space station.';
const NASA = 'NASA plans to return astronauts to the moon in 2024 under its Artemis program.';
const ALLIANCE = 'China and Russia have grown closer as their relations with Washington soured over trade and sanctions.';

// Each outlet's own colour, so that the story has words that only one outlet uses.
const STORY: Draft[] = [
  {
    outlet: 'Daily Planet',
    headline: 'China and Russia plan a research base on the moon',
    body: [MOU_A, NASA, 'Analysts in Brussels expect European officials to respond cautiously within weeks.'],
  },
  {
    outlet: 'Wire Service',
    headline: 'Space rivals, space allies',
    body: [MOU_B, ALLIANCE, 'The ruble fell sharply against the dollar during afternoon trading in Moscow.'],
  },
  {
    outlet: 'Evening Post',
    headline: 'Moon station deal draws sceptical reactions from Western scientists',
    body: ['Several astronomers questioned whether the budget for the project had been approved by either parliament.', NASA],
  },
];

test('paraphrases of one fact by two outlets make one claim, with both outlets', (t) => {
  const coverage = run(STORY);
  const claim = claimOf(coverage, STORY, MOU_A);
  t.truthy(claim);
  t.is(claimOf(coverage, STORY, MOU_B), claim);
  t.deepEqual(claim!.outlets, ['Daily Planet', 'Wire Service']);
  t.true(claim!.members.every((m) => m.similarity > SETTINGS.claims.link.similarity && m.similarity <= 1));
  t.true(claim!.shared.includes('memorandum'));
  // Stems are shown as the members write them.
  t.true(claim!.shared.includes('signed'));
  t.false(claim!.shared.includes('sign'));
});

test('sentences that share only the story subject do not make a claim together', (t) => {
  const coverage = run(STORY);
  t.not(claimOf(coverage, STORY, NASA), claimOf(coverage, STORY, ALLIANCE));
  t.not(claimOf(coverage, STORY, NASA), claimOf(coverage, STORY, MOU_A));
  t.not(claimOf(coverage, STORY, ALLIANCE), claimOf(coverage, STORY, MOU_B));
  t.deepEqual(claimOf(coverage, STORY, ALLIANCE)!.outlets, ['Wire Service']);
});

test('the shown text is the member most like the others; the shown member has similarity 1', (t) => {
  const drafts: Draft[] = [
    ...STORY,
    { outlet: 'Morning Herald', headline: 'Moscow and Beijing team up', body: ['Russia and China signed a memorandum of understanding to build a joint lunar station on Tuesday.'] },
  ];
  const claim = claimOf(run(drafts), drafts, MOU_A)!;
  t.is(claim.outlets.length, 3);
  const shown = claim.members.filter((m) => m.similarity === 1);
  t.is(shown.length, 1);
  t.is(sentencesOf(drafts).find((s) => s.article === shown[0]!.article && s.part === shown[0]!.part && s.sentence === shown[0]!.sentence)!.text, claim.text);
});

test('sentences of one outlet alone make a single-outlet claim, however many articles repeat them', (t) => {
  const repeat = 'The regional council approved a new budget for rural bus routes on Thursday evening.';
  const drafts: Draft[] = [
    { outlet: 'Gazette', headline: 'Council votes on transport', body: [repeat, 'Residents of the northern valleys have waited years for better connections.'] },
    { outlet: 'Gazette', headline: 'Buses for the valleys', body: [repeat] },
    { outlet: 'Courier', headline: 'Harvest festival returns', body: ['The harvest festival returns to the old market square with music and local food.'] },
  ];
  const coverage = run(drafts);
  const claim = claimOf(coverage, drafts, repeat)!;
  t.deepEqual(claim.outlets, ['Gazette']);
  t.is(claim.members.length, 2);
  t.true(coverage.claims.every((c) => c.outlets.length === 1));
  t.deepEqual(coverage.core, []);
  t.true(coverage.outlets.find((o) => o.name === 'Gazette')!.only.includes(claim.id));
});

test('a word in more claims than commonFeature.maxClaims still counts in the cosine', (t) => {
  // Made-up words, unique to each sentence; "moon" is in all but one, so its posting passes the cap.
  const word = (i: number, end: string): string => `${[...String(i)].map((d) => 'abcdefghij'[Number(d)]).join('')}o${end}`;
  const words = (i: number): string[] => ['k', 'l', 'm', 'n'].map((end) => word(i, end));
  const count = SETTINGS.claims.commonFeature.maxClaims + 100;
  const sentence = (text: string, article: string, outlet = 'Daily Planet'): ClaimSentence => ({ article, outlet, part: 'body', sentence: 0, start: 0, end: text.length, text, actors: [] });
  const [a, b] = [words(7), words(count)];
  const last = sentence(`Moon ${a[0]} ${a[1]} ${b[0]} ${b[1]}.`, 'last', 'Wire Service');
  const sentences = [...Array.from({ length: count }, (_, i) => sentence(`Moon ${words(i).join(' ')}.`, `a${i}`)), sentence(`${b.join(' ')}.`, 'b'), last];
  // The last sentence shares two words with a7 and two with b; it is nearer a7 only through "moon"
  // (b's claim would win without it: it has no weak word to lengthen it).
  const coverage = findClaims(sentences, ['Daily Planet', 'Wire Service'], SETTINGS.claims);
  t.is(coverage.claims.length, count + 1);
  t.deepEqual(
    coverage.claims[0]!.members.map((m) => m.article),
    ['a7', 'last'],
  );
});

test('numbers matter: a different year makes two sentences less alike', (t) => {
  const base = 'The orbital module was launched in 2023 from the Wenchang spaceport on Hainan island.';
  const similarity = (other: string): number => {
    const drafts: Draft[] = [
      { outlet: 'One', headline: 'Module launched', body: [base, 'Engineers celebrated the successful separation of the upper stage.'] },
      { outlet: 'Two', headline: 'Spaceport busy', body: [other, 'Weather conditions at the coast were favourable all week.'] },
    ];
    const claim = claimOf(run(drafts), drafts, base)!;
    return claim.members.length === 2 ? Math.min(...claim.members.map((m) => m.similarity)) : 0;
  };
  const same = similarity('The orbital module was launched in 2023 from the Wenchang spaceport on Hainan.');
  const other = similarity('The orbital module was launched in 2028 from the Wenchang spaceport on Hainan.');
  t.true(same > other, `${same} > ${other}`);
});

test('actors count as features and are shown among what members share', (t) => {
  const drafts: Draft[] = [
    {
      outlet: 'One',
      headline: 'Agency statement',
      body: ['The Russian space agency announced the lunar agreement in a short statement on Tuesday.'],
      actors: { 0: ['Roscosmos'] },
    },
    {
      outlet: 'Two',
      headline: 'Officials confirm',
      body: ['In a statement on Tuesday, the space agency in Moscow announced the lunar agreement.'],
      actors: { 0: ['Roscosmos'] },
    },
  ];
  const claim = claimOf(run(drafts), drafts, drafts[0]!.body[0]!)!;
  t.is(claim.outlets.length, 2);
  t.true(claim.shared.includes('Roscosmos'));
  t.true(claim.shared.length <= SETTINGS.claims.shared.max);
});

test('core claims are those of at least half the outlets; outlets omit core claims and own single ones', (t) => {
  const core = 'The city will close the Main Street bridge for eleven months of repairs starting in April.';
  const minor = 'Shop owners near the bridge fear losing customers during the long closure.';
  const drafts: Draft[] = [
    { outlet: 'A', headline: 'Bridge closure announced', body: [core, minor, 'The mayor called the decision painful but unavoidable after the inspection.'] },
    { outlet: 'B', headline: 'Repairs ahead', body: ['Starting in April, the Main Street bridge will close for eleven months of repairs, the city said.'] },
    { outlet: 'C', headline: 'Traffic warning', body: ['The Main Street bridge closes in April for eleven months of repair work.'] },
    { outlet: 'D', headline: 'Retailers worried', body: ['Shop owners near the bridge say they fear losing customers during the closure.'] },
    { outlet: 'E', headline: 'Weekend sports roundup', body: ['The local football club won its third match in a row on Saturday afternoon.'] },
  ];
  const coverage = run(drafts);
  const coreClaim = claimOf(coverage, drafts, core)!;
  const minorClaim = claimOf(coverage, drafts, minor)!;
  t.deepEqual(coreClaim.outlets, ['A', 'B', 'C']);
  t.deepEqual(minorClaim.outlets, ['A', 'D']);
  // Five outlets: the core needs three.
  t.deepEqual(coverage.core, [coreClaim.id]);
  t.deepEqual(
    coverage.outlets.map((o) => [o.name, o.omits]),
    [
      ['A', []],
      ['B', []],
      ['C', []],
      ['D', [coreClaim.id]],
      ['E', [coreClaim.id]],
    ],
  );
  const mayor = claimOf(coverage, drafts, 'The mayor called the decision painful but unavoidable after the inspection.')!;
  t.true(coverage.outlets[0]!.only.includes(mayor.id));
  t.false(coverage.outlets[0]!.only.includes(minorClaim.id));
  for (const o of coverage.outlets) for (const id of o.only) t.deepEqual(coverage.claims.find((c) => c.id === id)!.outlets, [o.name]);
});

test('claims with more outlets come first, then by first appearance; ids follow that order', (t) => {
  const coverage = run(STORY);
  t.deepEqual(
    coverage.claims.map((c) => c.id),
    coverage.claims.map((_, i) => `c${i + 1}`),
  );
  const counts = coverage.claims.map((c) => c.outlets.length);
  t.deepEqual(
    counts,
    [...counts].sort((a, b) => b - a),
  );
  // Two two-outlet claims: the memorandum (first told in article 1's second sentence) before NASA (its third).
  t.is(coverage.claims[0], claimOf(coverage, STORY, MOU_A));
  t.is(coverage.claims[1], claimOf(coverage, STORY, NASA));
  // Single-outlet claims keep reading order: article 1's headline is the first of them.
  t.is(coverage.claims[2]!.text, STORY[0]!.headline);
});

test('the same input gives the same bytes', (t) => {
  t.is(JSON.stringify(run(STORY)), JSON.stringify(run(STORY)));
});

test('fragments belong to no claim; every other sentence, headlines included, to exactly one', (t) => {
  const coverage = run(STORY);
  const all = sentencesOf(STORY);
  const counted = new Map<string, number>();
  for (const c of coverage.claims) for (const m of c.members) counted.set(`${m.article}/${m.part}/${m.sentence}`, (counted.get(`${m.article}/${m.part}/${m.sentence}`) ?? 0) + 1);
  const fragment = all.find((s) => s.text === 'Space rivals, space allies')!;
  t.false(counted.has(`${fragment.article}/${fragment.part}/${fragment.sentence}`));
  t.is(counted.size, all.length - 1);
  t.true([...counted.values()].every((n) => n === 1));
  t.true(coverage.claims.some((c) => c.members.some((m) => m.part === 'headline')));
});

test('member offsets and parts are passed through from the sentences', (t) => {
  const coverage = run(STORY);
  const all = sentencesOf(STORY);
  for (const c of coverage.claims)
    for (const m of c.members) {
      const s = all.find((x) => x.article === m.article && x.part === m.part && x.sentence === m.sentence)!;
      t.deepEqual([m.outlet, m.start, m.end], [s.outlet, s.start, s.end]);
    }
});

test('no sentences: no claims, and every outlet omits and owns nothing', (t) => {
  t.deepEqual(findClaims([], ['A', 'B'], SETTINGS.claims), {
    claims: [],
    core: [],
    outlets: [
      { name: 'A', omits: [], only: [] },
      { name: 'B', omits: [], only: [] },
    ],
  });
});
