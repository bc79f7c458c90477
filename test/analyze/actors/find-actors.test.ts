import test from 'ava';
import { analyzeText } from '../../helpers/article-fixture.ts';
import { articleMentions, scoreActorSentences, summarizeSentiment } from '../../../src/analyze/actors/find-actors.ts';
import { buildGazetteer } from '../../../src/analyze/actors/gazetteer.ts';
import { segment } from '../../../src/text/segment.ts';
import type { ActorSentimentEvidence, ArticleActor, Span } from '../../../src/types.ts';

const byName = (actors: readonly ArticleActor[], name: string): ArticleActor => {
  const a = actors.find((x) => x.name === name);
  if (!a) throw new Error(`no actor ${name} in ${actors.map((x) => x.name).join(', ')}`);
  return a;
};
const names = (actors: readonly ArticleActor[]) => actors.map((a) => a.name);

/** The text a span points at, in the headline or the body. */
const at = (title: string, body: string, s: Span) => (s.part === 'headline' ? title : body).slice(s.start, s.end);

const SPACE_TITLE = 'Steele: Beijing Plans Moon Base';
const SPACE_BODY = [
  'Beijing announced the plan this week. Chinese officials said the CNSA would lead the work.',
  'The China National Space Administration will share data with Moscow. None of us expected that, and the U.S. was not consulted.',
  'Michael Steele, a senior analyst at the Lunar Policy Institute, called the deal a surprise. Mr. Steele said Washington had been slow. Steele added that the engineers were ready.',
].join('\n\n');

test('a state named by its capital, demonym and agencies is one actor, with the forms it goes by', (t) => {
  const { actors } = analyzeText(SPACE_TITLE, SPACE_BODY);
  const china = byName(actors, 'China');
  t.is(china.kind, 'country');
  // Headline "Beijing" and five body mentions.
  t.is(china.mentions, 5);
  // Most frequent form first, then in order of appearance.
  t.deepEqual(china.aliases, ['Beijing', 'Chinese', 'CNSA', 'China National Space Administration']);
  t.false(actors.some((a) => a.name === 'Beijing' || a.name === 'CNSA'));
});

test('"U.S." and "Washington" are the United States; "us" is not', (t) => {
  const { actors } = analyzeText(SPACE_TITLE, SPACE_BODY);
  const us = byName(actors, 'United States');
  t.is(us.mentions, 2);
  t.deepEqual(us.aliases, ['U.S.', 'Washington']);
  t.false(us.spans.some((s) => at(SPACE_TITLE, SPACE_BODY, s) === 'us'));
});

test('"Mr. Steele" and "Steele" join "Michael Steele", named in the article; so does the headline\'s "Steele"', (t) => {
  const { actors } = analyzeText(SPACE_TITLE, SPACE_BODY);
  const steele = byName(actors, 'Michael Steele');
  t.is(steele.kind, 'person');
  t.is(steele.mentions, 4);
  t.deepEqual(steele.aliases, ['Steele', 'Michael Steele']);
  t.is(steele.first!.part, 'headline');
  t.false(actors.some((a) => a.name === 'Steele'));
});

test('mentions, first, spans and sentenceShare point at the right text', (t) => {
  const { actors, headline, body } = analyzeText(SPACE_TITLE, SPACE_BODY);
  const sentences = headline.sentences.length + body.sentences.length;
  t.is(sentences, 8);
  for (const a of actors.filter((x) => x.mentions > 0)) {
    t.is(a.spans.length, a.mentions, a.name);
    t.deepEqual(a.first, a.spans[0], a.name);
    for (const s of a.spans) {
      t.true(a.aliases.includes(at(SPACE_TITLE, SPACE_BODY, s).replace(/['’]s$/, '')), `${a.name}: ${at(SPACE_TITLE, SPACE_BODY, s)}`);
      const sentence = (s.part === 'headline' ? headline : body).sentences[s.sentence]!;
      t.true(sentence.start <= s.start && s.end <= sentence.end, `${a.name} span inside its sentence`);
    }
  }
  const china = byName(actors, 'China');
  t.deepEqual(
    china.spans.map((s) => [s.part, s.sentence, at(SPACE_TITLE, SPACE_BODY, s)]),
    [
      ['headline', 0, 'Beijing'],
      ['body', 0, 'Beijing'],
      ['body', 1, 'Chinese'],
      ['body', 1, 'CNSA'],
      ['body', 2, 'China National Space Administration'],
    ],
  );
  // Four sentences out of eight name China (sentence 1 twice).
  t.is(china.sentenceShare, 0.5);
  const steele = byName(actors, 'Michael Steele');
  t.deepEqual(
    steele.spans.map((s) => at(SPACE_TITLE, SPACE_BODY, s)),
    ['Steele', 'Michael Steele', 'Steele', 'Steele'],
  );
  t.is(steele.sentenceShare, 0.5);
});

test('actors are ordered by mentions, then by first appearance', (t) => {
  const { actors } = analyzeText(SPACE_TITLE, SPACE_BODY);
  t.deepEqual(names(actors), ['China', 'Michael Steele', 'United States', 'Russia', 'Lunar Policy Institute']);
});

test('an appositive describes the person it follows; the institute is an actor of its own', (t) => {
  const { actors } = analyzeText(SPACE_TITLE, SPACE_BODY);
  const steele = byName(actors, 'Michael Steele');
  t.deepEqual(
    steele.descriptors.map((d) => [d.kind, d.text, SPACE_BODY.slice(d.span.start, d.span.end)]),
    [['appositive', 'a senior analyst at the Lunar Policy Institute', 'a senior analyst at the Lunar Policy Institute']],
  );
  t.is(byName(actors, 'Lunar Policy Institute').kind, 'organisation');
});

test('a Chinese-style name, family name first, joins its later short form', (t) => {
  const body = 'Zhang Ming, the chief designer of the lander, presented the schedule. Zhang said the first module would launch in 2028.';
  const { actors } = analyzeText('', body);
  t.deepEqual(names(actors), ['Zhang Ming']);
  const zhang = actors[0]!;
  t.is(zhang.mentions, 2);
  t.deepEqual(zhang.aliases, ['Zhang Ming', 'Zhang']);
  t.deepEqual(
    zhang.descriptors.map((d) => d.text),
    ['the chief designer of the lander'],
  );
});

test('a one-word name takes its kind from a mention that was classed ("Mr. Trump"), not from the first', (t) => {
  const { actors } = analyzeText('Talks', 'Trump spoke on Monday. Later Mr. Trump left for Ohio.');
  t.is(byName(actors, 'Trump').kind, 'person');
  // "Mr." says nothing of him: no descriptor.
  t.deepEqual(byName(actors, 'Trump').descriptors, []);
});

test('a later "Assad" joins Bashar al-Assad', (t) => {
  const { actors } = analyzeText('Talks', 'Forces loyal to Bashar al-Assad left. Later, officials said Assad had agreed.');
  t.is(byName(actors, 'Bashar al-Assad').mentions, 2);
  t.false(actors.some((a) => a.name === 'Assad'));
});

test('an organisation named by its last word joins the one organisation the article names so; not after a connector, nor when two end so', (t) => {
  const r = analyzeText(
    '',
    'The Oklahoma City Thunder won. The Thunder and the Green Party and the Labour Party agreed. The Party said no. The Department of Energy spoke. Officials said Energy was the focus.',
  );
  t.deepEqual(byName(r.actors, 'Oklahoma City Thunder').aliases, ['Oklahoma City Thunder', 'Thunder']);
  t.deepEqual(byName(r.actors, 'Party').mentions, 1);
  t.deepEqual(byName(r.actors, 'Department of Energy').aliases, ['Department of Energy']);
});

test('a compound surname alone joins the one person the article names with it; a name that starts with a given name does not', (t) => {
  const r = analyzeText('', 'Lawmakers met Kathleen Hawk Sawyer and Chef Andrew Black on Monday. They said Hawk Sawyer and Andrew Black were right.');
  t.deepEqual(byName(r.actors, 'Kathleen Hawk Sawyer').aliases, ['Kathleen Hawk Sawyer', 'Hawk Sawyer']);
  t.deepEqual(byName(r.actors, 'Andrew Black').mentions, 1);
});

test('a surname two people share stays apart from both', (t) => {
  const body = 'Mark Kelly and Scott Kelly both flew on the station. Kelly said the base was a bold idea.';
  const { actors } = analyzeText('', body);
  t.deepEqual(names(actors).sort(), ['Kelly', 'Mark Kelly', 'Scott Kelly']);
});

test('a full name without the middle name the article gives elsewhere is the same person; two middle names are two people', (t) => {
  const { actors } = analyzeText('', 'Gen. John W. Raymond spoke on Monday. Later John Raymond said the plan was good, and Raymond left.');
  t.deepEqual(
    actors.map((a) => [a.name, a.mentions, a.aliases]),
    [['John W. Raymond', 3, ['John W. Raymond', 'John Raymond', 'Raymond']]],
  );
  const bushes = analyzeText('', 'George W. Bush and George H. W. Bush met George Bush.').actors;
  t.deepEqual(names(bushes), ['George W. Bush', 'George H. W. Bush', 'George Bush']);
});

test('a title is not part of the name and becomes a title descriptor', (t) => {
  const body = [
    'The summit opened with a speech by President Vladimir Putin in the capital.',
    'Press Secretary Karine Jean-Pierre answered questions later.',
    'Gen. John W. “Jay” Raymond said the force was watching closely.',
  ].join(' ');
  const { actors } = analyzeText('', body);
  t.deepEqual(names(actors), ['Vladimir Putin', 'Karine Jean-Pierre', 'John W. Raymond']);
  t.deepEqual(
    actors.map((a) => a.descriptors.map((d) => [d.kind, d.text])),
    [[['title', 'President']], [['title', 'Press Secretary']], [['title', 'Gen']]],
  );
  // The nickname is left out of the name, not out of the alias as written.
  t.deepEqual(actors[2]!.aliases, ['John W. “Jay” Raymond']);
});

test('a title alone refers to the one person the article gives it; to no one when several carry it', (t) => {
  const body = 'President Donald Trump spoke on Monday. The president said the talks went well, and the President thanked the governor.';
  const { actors } = analyzeText('Talks end', body);
  const trump = byName(actors, 'Donald Trump');
  t.is(trump.mentions, 3);
  t.deepEqual(
    trump.spans.map((s) => at('Talks end', body, s)),
    ['Donald Trump', 'president', 'President'],
  );
  t.false(names(actors).some((n) => /governor/i.test(n)));
  const two = analyzeText('Talks end', 'President Donald Trump met President Volodymyr Zelensky. The president said the talks went well.');
  t.is(byName(two.actors, 'Donald Trump').mentions, 1);
  t.false(names(two.actors).includes('president'));
  // Only a title given before it: here the president is not Medvedev.
  const later = analyzeText('Talks end', 'The strategy is to taint the president. Russia’s President Dmitry Medvedev called.');
  t.is(byName(later.actors, 'Dmitry Medvedev').mentions, 1);
  // Another's title ("Salesforce's CEO") is not a reference.
  const owned = analyzeText('Apple', 'Apple CEO Tim Cook spoke. Salesforce’s CEO marveled, and the CEO agreed.');
  t.is(byName(owned.actors, 'Tim Cook').mentions, 2);
});

test('a capitalised title alone that is also a surname joins the person named with it ("King" is Kevin King)', (t) => {
  const { actors } = analyzeText('Freed', 'American Kevin King was freed. King and his colleague were held for three years.');
  t.is(byName(actors, 'Kevin King').mentions, 2);
});

test('a capitalised title alone that refers to no one: "the Pope" is the office holder, "a President" no one', (t) => {
  const { actors } = analyzeText('', 'The Pope was asked to weigh in. Such a President would need help, as would our new CEO.');
  t.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [['Pope', 'person']],
  );
});

test('"CEO of Hipcricket": the company after a title and "of" is not the titled person but an organisation', (t) => {
  const { actors } = analyzeText('Hire', 'Ivan Braiker served as the CEO of Hipcricket, a mobile marketing firm.');
  t.is(byName(actors, 'Hipcricket').kind, 'organisation');
});

test('"Brian Weeden of the Secure World Foundation" is a person and an organisation', (t) => {
  const { actors } = analyzeText('', 'Brian Weeden of the Secure World Foundation called the timeline ambitious.');
  t.deepEqual(
    actors.map((a) => [a.name, a.kind]),
    [
      ['Brian Weeden', 'person'],
      ['Secure World Foundation', 'organisation'],
    ],
  );
  t.deepEqual(
    actors[0]!.descriptors.map((d) => d.text),
    ['of the Secure World Foundation'],
  );
});

test('sentence-initial common words are not actors', (t) => {
  const { actors } = analyzeText('', 'Space advocates cheered the decision. Meanwhile, the agency stayed silent. Lawmakers were divided.');
  t.deepEqual(actors, []);
});

test('title-case headline words are actors only when the article knows them', (t) => {
  const { actors } = analyzeText('Halvorsen Grant: Lunar Race Heats Up As Moscow Waits', 'Halvorsen Grant told the committee the budget was too small.');
  t.deepEqual(names(actors), ['Halvorsen Grant', 'Russia']);
  t.is(actors[0]!.mentions, 2);
  t.is(actors[0]!.first!.part, 'headline');
});

test('a name that starts a sentence counts when the article uses it elsewhere', (t) => {
  const body = 'Officials met Harry Kazianis after the launch. Kazianis said the deal was symbolic.';
  const { actors } = analyzeText('', body);
  t.deepEqual(names(actors), ['Harry Kazianis']);
  t.is(actors[0]!.mentions, 2);
});

test('a name that starts a sentence counts when the body names it only later', (t) => {
  const body = 'Kazianis said the deal was symbolic. Officials met Harry Kazianis after the launch.';
  const { actors } = analyzeText('', body);
  t.deepEqual(names(actors), ['Harry Kazianis']);
  t.is(actors[0]!.mentions, 2);
});

test('listed actors are always reported, merged with their aliases; unmentioned ones last with first null', (t) => {
  const gazetteer = buildGazetteer([
    { name: 'Lunar Gateway Consortium', aliases: ['LGC', 'Gateway Consortium'] },
    { name: 'Orbital Watch', kind: 'organisation' },
  ]);
  const body = 'Beijing joined the Lunar Gateway Consortium this year. The LGC has eleven members, and the Gateway Consortium plans a base.';
  const { actors } = analyzeText('', body, gazetteer);
  t.deepEqual(names(actors), ['Lunar Gateway Consortium', 'China', 'Orbital Watch']);
  const lgc = actors[0]!;
  t.true(lgc.listed);
  t.is(lgc.kind, 'other');
  t.is(lgc.mentions, 3);
  t.deepEqual(lgc.aliases, ['Lunar Gateway Consortium', 'LGC', 'Gateway Consortium']);
  t.deepEqual(actors[2], {
    name: 'Orbital Watch',
    kind: 'organisation',
    listed: true,
    aliases: [],
    mentions: 0,
    sentenceShare: 0,
    first: null,
    spans: [],
    sentiment: { mean: 0, n: 0, evidence: [] },
    stance: { label: 'neutral', score: 0, n: 0, evidence: [] },
    descriptors: [],
  });
});

test('a listed country keeps its built-in aliases', (t) => {
  const gazetteer = buildGazetteer([{ name: 'China', aliases: ['Middle Kingdom'] }]);
  const { actors } = analyzeText('', 'Beijing and the CNSA spoke for the Middle Kingdom.', gazetteer);
  t.deepEqual(
    actors.map((a) => [a.name, a.listed, a.mentions]),
    [['China', true, 3]],
  );
});

test('a sentence that attacks an actor gives a negative mean, with the sentence as evidence', (t) => {
  const body = 'Critics slammed Halvorsen Grant for the disastrous launch. Halvorsen Grant visited the launch site.';
  const { actors } = analyzeText('', body);
  const grant = byName(actors, 'Halvorsen Grant');
  t.is(grant.sentiment.n, 2);
  t.true(grant.sentiment.mean < 0);
  // Only the attacking sentence is evidence; the neutral one is scored but not shown.
  t.is(grant.sentiment.evidence.length, 1);
  const [e] = grant.sentiment.evidence;
  t.is(e!.polarity, -1);
  t.true(e!.score < 0);
  t.is(e!.span.sentence, 0);
  t.is(body.slice(e!.span.start, e!.span.end), 'Halvorsen Grant');
  t.true(e!.cues.some((c) => c.includes("'slammed'")));
});

test('a neutral sentence is counted in n but gives no evidence', (t) => {
  const { actors } = analyzeText('', 'Halvorsen Grant visited the launch site.');
  t.deepEqual(actors[0]!.sentiment, { mean: 0, n: 1, evidence: [] });
});

test('scoreActorSentences scores a sentence once, at its first mention', (t) => {
  const body = segment('body', 'Critics slammed Beijing, and Chinese diplomats stayed quiet.');
  const placed = articleMentions([body], buildGazetteer());
  t.is(placed.length, 2);
  const scored = scoreActorSentences(placed);
  t.is(scored.length, 1);
  t.is(body.text.slice(scored[0]!.span.start, scored[0]!.span.end), 'Beijing');
});

const evidence = (score: number, sentence: number): ActorSentimentEvidence => ({
  span: { part: 'body', sentence, start: 0, end: 1 },
  score,
  polarity: score > 0 ? 1 : score < 0 ? -1 : 0,
  cues: [],
});

test('summarizeSentiment: mean over all sentences, non-neutral evidence strongest first', (t) => {
  const s = summarizeSentiment([evidence(-1, 0), evidence(0, 1), evidence(3, 2), evidence(-2.5, 3)]);
  t.is(s.n, 4);
  t.is(s.mean, -0.125);
  t.deepEqual(
    s.evidence.map((e) => e.score),
    [3, -2.5, -1],
  );
  t.deepEqual(summarizeSentiment([]), { mean: 0, n: 0, evidence: [] });
});
