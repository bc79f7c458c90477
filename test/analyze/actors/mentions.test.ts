import test from 'ava';
import { buildGazetteer, DEFAULT_GAZETTEER, type Gazetteer } from '../../../src/analyze/actors/gazetteer.ts';
import { knownKeys, sentenceMentions, type Mention } from '../../../src/analyze/actors/mentions.ts';

interface Options {
  known?: string[];
  headline?: boolean;
  offset?: number;
  gazetteer?: Gazetteer;
}

const find = (text: string, { known = [], headline = false, offset = 0, gazetteer = DEFAULT_GAZETTEER }: Options = {}): Mention[] =>
  sentenceMentions(text, { offset, headline, known: new Set(known) }, gazetteer);
const names = (text: string, options?: Options) => find(text, options).map((m) => m.name);
const kinds = (text: string) => find(text).map((m) => [m.name, m.kind]);
/** The words a mention covers, as written. */
const written = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end);

test('gazetteer names are fixed and carry the canonical name', (t) => {
  const text = 'Beijing said the CNSA and the China National Space Administration would share data.';
  const ms = find(text);
  t.deepEqual(
    ms.map((m) => [m.name, m.kind, m.fixed, m.listed, written(text, m)]),
    [
      ['China', 'country', true, false, 'Beijing'],
      ['China', 'country', true, false, 'CNSA'],
      ['China', 'country', true, false, 'China National Space Administration'],
    ],
  );
  t.is(ms[2]!.words, 4);
});

test('"U.S." is the United States; the pronoun "us" is nobody', (t) => {
  const text = 'None of us expected the U.S. to agree so quickly.';
  const [us, ...rest] = find(text);
  t.is(us!.name, 'United States');
  t.is(written(text, us!), 'U.S.');
  t.deepEqual(rest, []);
});

test('a title is left out of the name and kept with its own span', (t) => {
  const text = 'The briefing was led by Press Secretary Karine Jean-Pierre on behalf of the president.';
  const [m] = find(text);
  t.is(m!.name, 'Karine Jean-Pierre');
  t.is(m!.kind, 'person');
  t.is(written(text, m!), 'Karine Jean-Pierre');
  t.is(m!.title!.text, 'Press Secretary');
  t.is(written(text, m!.title!), 'Press Secretary');
});

test('an abbreviated title loses its period; a middle initial keeps it; a quoted nickname is left out', (t) => {
  const text = 'Gen. John W. “Jay” Raymond toured the launch site.';
  const [m, ...rest] = find(text);
  t.deepEqual(rest, []);
  t.is(m!.name, 'John W. Raymond');
  t.is(m!.title!.text, 'Gen');
  t.is(m!.kind, 'person');
  // The span runs over the name as written, nickname included.
  t.is(written(text, m!), 'John W. “Jay” Raymond');
  t.is(m!.firstKey, 'john');
  t.is(m!.lastKey, 'raymond');
  t.is(m!.words, 3);
});

test('a two-word title is found whole', (t) => {
  const [m] = find('Former Vice President Mike Pence spoke at the forum.');
  t.is(m!.name, 'Mike Pence');
  t.is(m!.title!.text, 'Vice President');
});

test('"X of the Y Foundation" is a person and an organisation', (t) => {
  const text = 'Brian Weeden of the Secure World Foundation called the plan premature.';
  const ms = find(text);
  t.deepEqual(
    ms.map((m) => [m.name, m.kind, written(text, m)]),
    [
      ['Brian Weeden', 'person', 'Brian Weeden'],
      ['Secure World Foundation', 'organisation', 'Secure World Foundation'],
    ],
  );
});

test('connectors join the words of one organisation name', (t) => {
  const [m] = find('Experts at the Center for the National Interest disagreed.');
  t.is(m!.name, 'Center for the National Interest');
  t.is(m!.kind, 'organisation');
  t.is(m!.words, 5);
});

test('"and" does not join names', (t) => {
  t.deepEqual(names('Officials said Russia and China would share the data.'), ['Russia', 'China']);
});

test('"and" or "&" joins the common words inside an organisation\'s name', (t) => {
  t.deepEqual(kinds('It is the subject of a U.S. Securities and Exchange Commission inquiry.'), [
    ['United States', 'country'],
    ['Securities and Exchange Commission', 'organisation'],
  ]);
  t.deepEqual(names('Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services said so.'), ['Joneigh Khaldun', 'Michigan Department of Health and Human Services']);
  t.deepEqual(names('Officials at the European Centre for Disease Prevention and Control and the Office of Management and Budget agreed.'), [
    'European Centre for Disease Prevention and Control',
    'Office of Management and Budget',
  ]);
  t.deepEqual(kinds('Pacific Gas & Electric Co. cut power.'), [['Pacific Gas & Electric Co', 'organisation']]);
});

test('a name joined by "and" counts at a sentence start, and a title after it still starts a person', (t) => {
  const ms = find('Health and Human Services Secretary Alex Azar spoke.');
  t.deepEqual(
    ms.map((m) => [m.name, m.title?.text ?? null]),
    [
      ['Health and Human Services', null],
      ['Alex Azar', 'Secretary'],
    ],
  );
});

test('"and" between names, or after a whole organisation name, still lists two actors', (t) => {
  t.deepEqual(names('Fans at the University of Michigan and Ohio State cheered.'), ['University of Michigan', 'Ohio State']);
  t.deepEqual(names('Agents of the Department of Justice and Drug Enforcement Administration arrived.'), ['Department of Justice', 'Drug Enforcement Administration']);
  t.deepEqual(names('Voters backed Joe Biden and Democrats, not Republicans and Democrats alike.'), ['Joe Biden', 'Democrats', 'Republicans', 'Democrats']);
  t.deepEqual(names('A deal between Big Machine and The Carlyle Group fell through.'), ['Big Machine', 'Carlyle Group']);
});

test('a name the gazetteer or story.json knows may span "and"; a law joined by it names no actor', (t) => {
  t.deepEqual(names('She visited Bosnia and Herzegovina and Trinidad and Tobago.'), ['Bosnia and Herzegovina', 'Trinidad and Tobago']);
  const gazetteer = buildGazetteer([{ name: 'Bill and Melinda Gates Foundation' }]);
  t.deepEqual(names('A grant from the Bill and Melinda Gates Foundation arrived.', { gazetteer }), ['Bill and Melinda Gates Foundation']);
  t.deepEqual(names('The Hong Kong Human Rights and Democracy Act passed.'), ['Hong Kong']);
});

test('a possessive ends a name and is left out of it', (t) => {
  const text = 'Harry Kazianis’s view was that Russia’s Roscosmos had little choice.';
  const ms = find(text);
  t.deepEqual(
    ms.map((m) => [m.name, written(text, m)]),
    [
      ['Harry Kazianis', 'Harry Kazianis’s'],
      ['Russia', 'Russia’s'],
      ['Russia', 'Roscosmos'],
    ],
  );
});

test('sentence-initial common words are not actors', (t) => {
  t.deepEqual(names('Meanwhile, the agency stayed silent about the delay.'), []);
  t.deepEqual(names('Space advocates cheered the decision in the capital.'), []);
  t.deepEqual(names('Lawmakers were divided over the cost.'), []);
});

test('an unknown word at a sentence start is a name only once it is known from elsewhere', (t) => {
  const text = 'Kazianis said the deal was a surprise.';
  t.deepEqual(names(text), []);
  t.deepEqual(names(text, { known: ['kazianis'] }), ['Kazianis']);
});

test("a colon or a dash opens a clause as a sentence's start does; names after them still count", (t) => {
  t.deepEqual(names('Research and compare: Look into various providers.'), []);
  t.deepEqual(names('LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.'), ['LOS ANGELES', 'AP', 'LeBron James']);
  // A singular noun to compromise may be a surname ("Trump"); a word no lexicon knows is a name.
  t.deepEqual(names('One more thing: Trump says he is committed.'), ['Trump']);
  t.deepEqual(names('Leading scorers for the home side: Kyleigh Trout with 12.'), ['Kyleigh Trout']);
  // An adjective before another name begins it ("Source: National Center …").
  t.deepEqual(names('The agency named its source: National Center for Health Statistics data from this year.'), ['National Center for Health Statistics']);
});

test('a known gazetteer name counts at a sentence start without help', (t) => {
  t.deepEqual(names('Moscow rejected the claim outright.'), ['Russia']);
});

test('names of things (stations, accords, the Moon) are not actors', (t) => {
  t.deepEqual(names('The crew reached the International Space Station and signed the Artemis Accords.'), []);
});

test('a party and state abbreviation is not a name', (t) => {
  const [m, ...rest] = find('Sen. Bill Nelson (D., Fla.) objected.');
  t.is(m!.name, 'Bill Nelson');
  t.is(m!.title!.text, 'Sen');
  t.deepEqual(rest, []);
});

test('in a title-case headline only known names count', (t) => {
  t.deepEqual(names('China Plans Moon Base With Partners', { headline: true }), ['China']);
  t.deepEqual(names('Steele: China Plans Moon Base', { headline: true, known: ['steele'] }), ['Steele', 'China']);
  t.deepEqual(names('Steele: China Plans Moon Base', { headline: true }), ['China']);
});

test('a known name at the start of a title-case headline counts (the run of capitals swallows it)', (t) => {
  // Regression: the headline is one run of capitals, "Steele Warns Of New Space Race"; the whole run is
  // unknown and dropped, so the known "Steele" at its start is lost too.
  t.deepEqual(names('Steele Warns Of New Space Race', { headline: true, known: ['steele'] }), ['Steele']);
});

test('offsets are into the part text: the context offset is added', (t) => {
  const body = 'The launch slipped again. Brian Weeden of the Secure World Foundation was not surprised.';
  const offset = body.indexOf('Brian');
  const ms = find(body.slice(offset), { offset });
  t.deepEqual(
    ms.map((m) => written(body, m)),
    ['Brian Weeden', 'Secure World Foundation'],
  );
});

test('listed actors from story.json are fixed and marked listed', (t) => {
  const gazetteer = buildGazetteer([{ name: 'Lunar Gateway Consortium', aliases: ['LGC'] }]);
  const text = 'The LGC said the Lunar Gateway Consortium would meet again.';
  const ms = find(text, { gazetteer });
  t.deepEqual(
    ms.map((m) => [m.name, m.fixed, m.listed, written(text, m)]),
    [
      ['Lunar Gateway Consortium', true, true, 'LGC'],
      ['Lunar Gateway Consortium', true, true, 'Lunar Gateway Consortium'],
    ],
  );
});

test('knownKeys: a person gives the whole name, first and last word; an organisation its whole name; gazetteer names nothing', (t) => {
  const ms = find('Zhang Ming of the Lunar Policy Institute met Chinese officials.');
  t.deepEqual(
    ms.map((m) => m.name),
    ['Zhang Ming', 'Lunar Policy Institute', 'China'],
  );
  t.deepEqual(knownKeys(ms), ['zhang ming', 'zhang', 'ming', 'lunar policy institute']);
});

// ---------- regressions: behaviour the header promises, each with the minimal input that once broke it ----------

test('a weekday after a name is not part of it and not an actor ("Beijing on Friday")', (t) => {
  // Regression: "on" is a connector and "Friday" capitalised, so the run "Beijing on Friday" leaves "on Friday" as a name.
  t.deepEqual(names('The talks were held in Beijing on Friday.'), ['China']);
});

test('"Vladimir Putin on Tuesday said" names only Vladimir Putin', (t) => {
  // Regression: the person is split off before "on", then "Tuesday" is reported as an actor of kind "other".
  t.deepEqual(names('Vladimir Putin on Tuesday said the station would open to all partners.'), ['Vladimir Putin']);
});

test('dropping a sentence-initial word leaves no dangling connectors ("of the")', (t) => {
  // Regression: "Officials" is dropped from the run "Officials of the Russian Federation" but "of the" stays as a name.
  t.deepEqual(names('Officials of the Russian Federation declined to comment.'), ['Russia']);
});

test('"People\'s Republic of China" (a gazetteer alias) is found in text', (t) => {
  // Regression: the possessive "People's" ends the run, so the alias can never match; "People" and
  // "Republic of" (with a trailing connector) come out as actors instead.
  const text = "Delegates from the People's Republic of China arrived on the island.";
  const ms = find(text);
  t.deepEqual(
    ms.map((m) => [m.name, written(text, m)]),
    [['China', "People's Republic of China"]],
  );
});

test('a name known from mid-sentence use counts whole at a sentence start ("Space Force")', (t) => {
  // Regression: only the first word's key is checked against `known` ("space", not "space force"), so
  // "Space" is dropped and "Force" is reported as an organisation of its own.
  t.deepEqual(names('Space Force officials declined to comment.', { known: ['space force'] }), ['Space Force']);
});

test('a contracted pronoun or verb is no name, though a quote capitalises it mid-sentence', (t) => {
  t.deepEqual(names('She said: “I’m not leaving, and we’ve told Maria Lopez so.”'), ['Maria Lopez']);
  t.deepEqual(names("“I'd go,” he said, “but They're late and Don't ask.”"), []);
});

test('in a line set in title case only names the lexicons know count, not every run of capitals', (t) => {
  t.deepEqual(names('Frequently Asked Questions'), []);
  t.deepEqual(names('Things to Consider Before You Buy'), []);
  // A credit or a caption that is a name alone is still one.
  t.deepEqual(
    find('Contributing: Kristine Phillips').map((m) => [m.name, m.kind]),
    [['Kristine Phillips', 'person']],
  );
  t.deepEqual(names('Provided by the European Space Agency'), ['European Space Agency']);
  // A sentence with any lower-case word is running text: two capitalised words are read as a person.
  t.deepEqual(names('The report was written by Dale Koike and edited by Marta Quill.'), ['Dale Koike', 'Marta Quill']);
});

test('a place compromise knows by its whole name is a place, not the first name one of its words is', (t) => {
  t.deepEqual(
    find('The company moved from San Francisco to Los Angeles last year.').map((m) => [m.name, m.kind]),
    [
      ['San Francisco', 'place'],
      ['Los Angeles', 'place'],
    ],
  );
});

test('the last word says a name is a place, and a team compromise knows is an organisation; an amendment is no actor', (t) => {
  t.deepEqual(
    find('Fans from Sioux Falls met on Gladstone Avenue before the Pittsburgh Steelers lost.').map((m) => [m.name, m.kind]),
    [
      ['Sioux Falls', 'place'],
      ['Gladstone Avenue', 'place'],
      ['Pittsburgh Steelers', 'organisation'],
    ],
  );
  t.deepEqual(names('Lawyers said the First Amendment protects the speech.'), []);
});

test('a legislature\'s titles: the chamber before one is an organisation, and "Speaker of the House" is one title', (t) => {
  t.deepEqual(kinds('He met Speaker of the House Nancy Pelosi.'), [['Nancy Pelosi', 'person']]);
  t.deepEqual(kinds('House Speaker Nancy Pelosi and Senate Minority Leader Chuck Schumer spoke.'), [
    ['House', 'organisation'],
    ['Nancy Pelosi', 'person'],
    ['Senate', 'organisation'],
    ['Chuck Schumer', 'person'],
  ]);
  // A plain word the gazetteer knows alone counts before a title ("Apple President"), and a connector
  // after a title that holds one goes on with a longer name.
  t.deepEqual(kinds('He met Apple President and CEO Tim Cook.'), [
    ['Apple', 'organisation'],
    ['Tim Cook', 'person'],
  ]);
  t.deepEqual(names('He met the former Speaker of the House of Representatives Rt. Hon. Yakubu Dogara.'), ['House of Representatives', 'Yakubu Dogara']);
});

test('a business or police title before a name is a title, not part of the name', (t) => {
  const text = 'Last week CEO Tim Cook met Officer Darren Ruiz and Founder Adam Neumann.';
  t.deepEqual(
    find(text).map((m) => [m.name, m.kind, m.title?.text ?? null]),
    [
      ['Tim Cook', 'person', 'CEO'],
      ['Darren Ruiz', 'person', 'Officer'],
      ['Adam Neumann', 'person', 'Founder'],
    ],
  );
  // A product's common acronym names no actor.
  t.deepEqual(names('He bought a TV and an SUV before the IPO.'), []);
});

test('a title at a sentence start begins a name; a company the lexicon knows is not a title and a name', (t) => {
  const rows = (text: string) => find(text).map((m) => [m.name, m.kind, m.title?.text ?? null]);
  t.deepEqual(rows('Secretary of State Mike Pompeo said the release gives us hope.'), [['Mike Pompeo', 'person', 'Secretary of State']]);
  t.deepEqual(rows('General Motors said it would cut jobs.'), [['General Motors', 'organisation', null]]);
  t.deepEqual(rows('Shares of General Motors fell as General Mark Milley spoke.'), [
    ['General Motors', 'organisation', null],
    ['Mark Milley', 'person', 'General'],
  ]);
});

test('a lower-case title after "the" is a reference, unless a description goes on ("the president of Ukraine", "the mayor race")', (t) => {
  const refs = (text: string) => find(text).map((m) => [m.name, m.refersBy]);
  t.deepEqual(refs('The president said the president of Ukraine and the general public agreed.'), [
    ['president', 'president'],
    ['Ukraine', null],
  ]);
  t.deepEqual(refs('The vice president, the governor’s veto and the mayor race came up, said the CEO.'), [
    ['vice president', 'vice president'],
    ['governor', 'governor'],
    ['CEO', 'CEO'],
  ]);
});

test('a firm named for its trade, a school, a clinic or a police force is an organisation; a Drive is a place', (t) => {
  t.deepEqual(kinds('He sold it to Dick Clark Productions and studied at the Fuqua School of Business.'), [
    ['Dick Clark Productions', 'organisation'],
    ['Fuqua School of Business', 'organisation'],
  ]);
  t.deepEqual(kinds('Doctors at the Mayo Clinic called the Capitol Police to Jolinda Drive.'), [
    ['Mayo Clinic', 'organisation'],
    ['Capitol Police', 'organisation'],
    ['Jolinda Drive', 'place'],
  ]);
});

test('an honorific begins a name, even a short one; a lone honorific or an all-capital "MR" is none', (t) => {
  const titled = (text: string) => find(text).map((m) => [m.name, m.kind, m.title?.text ?? null]);
  t.deepEqual(titled('Mr. Kim met Mr Ige after Mrs May spoke.'), [
    ['Kim', 'person', 'Mr'],
    ['Ige', 'person', 'Mr'],
    ['May', 'person', 'Mrs'],
  ]);
  t.deepEqual(titled('Mr. Abercrombie had spent $5 million.'), [['Abercrombie', 'person', 'Mr']]);
  t.deepEqual(names('Mr. and Mrs. Smith bought an MR scanner.'), ['Smith']);
});

test('a short word is a name when compromise knows it as one ("Abe", "Lee"); an abbreviation or lone initial is not', (t) => {
  t.deepEqual(names('He met Abe in Tokyo and Lee in Seoul.'), ['Abe', 'Japan', 'Lee', 'South Korea']);
  t.deepEqual(names('Senator Bill Nelson (D., Fla.) spoke.'), ['Bill Nelson']);
});

test('an Arabic article joined by a hyphen is part of the name; alone it makes no person of a place', (t) => {
  t.deepEqual(kinds('Forces loyal to Bashar al-Assad left the base at al-Tanf, which al-Qaeda had held.'), [
    ['Bashar al-Assad', 'person'],
    ['al-Tanf', 'other'],
    ['al-Qaeda', 'organisation'],
  ]);
  const [assad] = find('Bashar al-Assad spoke.', { known: ['bashar'] });
  t.is(assad!.lastKey, 'assad');
});

test('"St." and other place words that begin a name make a place of it', (t) => {
  t.deepEqual(kinds('The tour goes from St. Louis to Fort Worth and Mt. Fuji.'), [
    ['St. Louis', 'place'],
    ['Fort Worth', 'place'],
    ['Mt. Fuji', 'place'],
  ]);
  t.deepEqual(kinds('She was treated at St. Jude Medical Center.'), [['St. Jude Medical Center', 'organisation']]);
});

test('two words at a sentence start that no lexicon knows are a name; a known word there is not', (t) => {
  t.deepEqual(names('Montell Figgins, who represents Noel, spoke.'), ['Montell Figgins', 'Noel']);
  t.deepEqual(names('Download Bolmo from the store.'), ['Bolmo']);
  // "Officials" is an English word: not part of the name.
  t.deepEqual(names('Officials Figgins and Noel spoke.'), ['Figgins', 'Noel']);
  // compromise guesses a gerund from the ending of a given name it does not know; a first word so is a participle.
  t.deepEqual(names('Xi Jinping spoke on Monday.'), ['Xi Jinping']);
  t.deepEqual(names('Byteifying Olmo is fun.'), ['Olmo']);
});

test('an organisation\'s word before another or before "of" begins a name at a sentence\'s start; alone or before a noun it does not', (t) => {
  t.deepEqual(names('Senate Democrats objected to the bill.'), ['Senate Democrats']);
  t.deepEqual(names('Institute of Medicine researchers said so.'), ['Institute of Medicine']);
  t.deepEqual(names('Police said the man fled.'), []);
  t.deepEqual(names('Company Size matters.'), ['Size']);
});

test('a given name in two short parts is part of the name ("Kim Jong-un", "Moon Jae-in"); "Trump-backed" is not', (t) => {
  t.deepEqual(kinds('Kim Jong-un met President Moon Jae-in and Tsai Ing-wen of the Democratic Progressive Party.'), [
    ['Kim Jong-un', 'person'],
    ['Moon Jae-in', 'person'],
    ['Tsai Ing-wen', 'person'],
    ['Democratic Progressive Party', 'organisation'],
  ]);
  t.deepEqual(names('A Donald Trump-backed candidate won in a Washington-based race.'), ['Donald']);
});

test('a suffix ends a name: "King Jr." is no title and a name', (t) => {
  t.deepEqual(
    find('They quoted Martin Luther King Jr. at length.').map((m) => [m.name, m.title]),
    [['Martin Luther King Jr', null]],
  );
});

test('a title before an acronym titles no one; before initials it does', (t) => {
  t.deepEqual(
    find('General SEO tactics are not enough, said Coach P.J. Fleck.').map((m) => [m.name, m.kind, m.title?.text ?? null]),
    [
      ['SEO', 'other', null],
      ['P.J. Fleck', 'person', 'Coach'],
    ],
  );
});

test('names news uses for a state that world-countries lists under another are its aliases', (t) => {
  t.deepEqual(names('Turkey, Burma and the DRC signed, as did the Democratic Republic of Congo.'), ['Türkiye', 'Myanmar', 'DR Congo', 'DR Congo']);
});

test('two or three capitalised words from an adjective to an English word are no person ("Galactic Republic")', (t) => {
  t.deepEqual(kinds('He cited the Galactic Republic, Sajid Javid, Frank Smith and Rich Lowry.'), [
    ['Galactic Republic', 'other'],
    ['Sajid Javid', 'person'],
    ['Frank Smith', 'person'],
    ['Rich Lowry', 'person'],
  ]);
});

test('a capital inside a word after three or more small letters spells a brand, not a person; surnames have it after shorter prefixes', (t) => {
  t.deepEqual(kinds('He thanked LinkedIn Learning, GateHouse Media, Mitch McConnell, Douglas MacArthur and Ron DeSantis.'), [
    ['LinkedIn Learning', 'other'],
    ['GateHouse Media', 'other'],
    ['Mitch McConnell', 'person'],
    ['Douglas MacArthur', 'person'],
    ['Ron DeSantis', 'person'],
  ]);
});

test('a surname or given name after a prefix is a person\'s, though compromise does not know it ("JaVale McGee" was a place)', (t) => {
  t.deepEqual(kinds('He thanked JaVale McGee and LaMarcus Aldridge.'), [
    ['JaVale McGee', 'person'],
    ['LaMarcus Aldridge', 'person'],
  ]);
  t.deepEqual(kinds('He said McConnell was wrong and McKinsey agreed.'), [
    ['McConnell', 'person'],
    ['McKinsey', 'organisation'],
  ]);
});

test('a surname\'s particle after the given name makes a person of English words ("Marine Le Pen"); a carrier\'s "Lines" an organisation', (t) => {
  t.deepEqual(kinds('Voters backed Marine Le Pen and Jean De La Fontaine, not Allied Van Lines.'), [
    ['Marine Le Pen', 'person'],
    ['Jean De La Fontaine', 'person'],
    ['Allied Van Lines', 'organisation'],
  ]);
});

test('three words ending in two English words, the last a common noun, are a product, not a person', (t) => {
  t.deepEqual(kinds('He bought an Amazon Echo Dot and a Brydge Pro Keyboard from Jeong Hye Jin and Teresa Nielsen Hayden.'), [
    ['Amazon Echo Dot', 'other'],
    ['Brydge Pro Keyboard', 'other'],
    ['Jeong Hye Jin', 'person'],
    ['Teresa Nielsen Hayden', 'person'],
  ]);
});

test('a region word before a place or country makes a place of its own ("Inner Mongolia" is not Mongolia)', (t) => {
  t.deepEqual(kinds('Cases in Inner Mongolia, Northern Ireland and Central America rose; North Korea and South Korean envoys met.'), [
    ['Inner Mongolia', 'place'],
    ['Northern Ireland', 'place'],
    ['Central America', 'place'],
    ['North Korea', 'country'],
    ['South Korea', 'country'],
  ]);
});

test('a place or club compromise knows wins over the shorter gazetteer name inside it', (t) => {
  t.deepEqual(kinds('Real Madrid flew from New Mexico over the Indian Ocean; Great Britain and New Delhi watched.'), [
    ['Real Madrid', 'organisation'],
    ['New Mexico', 'place'],
    ['Indian Ocean', 'place'],
    ['United Kingdom', 'country'],
    ['India', 'country'],
  ]);
});

test('a product\'s model or edition is no actor ("MacBook Pro", "Disney Plus")', (t) => {
  t.deepEqual(names('He bought a MacBook Pro and the AirPods Pro, and watched Disney Plus with Tim Cook.'), ['Tim Cook']);
});

test('a given name before a surname that is also a company\'s is a person ("Henry Ford"); the surname alone is the company', (t) => {
  t.deepEqual(kinds('Officials said Henry Ford and Michael Dell met Ford.'), [
    ['Henry Ford', 'person'],
    ['Michael Dell', 'person'],
    ['Ford', 'organisation'],
  ]);
});

test('organisations news names without a keyword are organisations, under the name news mostly uses', (t) => {
  t.deepEqual(kinds('Officials said Apple, the Taliban and Hezbollah sued the UN, the WHO and the Centers for Disease Control and Prevention.'), [
    ['Apple', 'organisation'],
    ['Taliban', 'organisation'],
    ['Hezbollah', 'organisation'],
    ['United Nations', 'organisation'],
    ['World Health Organization', 'organisation'],
    ['CDC', 'organisation'],
  ]);
  // A possessive ends the name, so the word is alone there.
  t.deepEqual(kinds('BlackRock’s BUIDL Fund raised money.'), [
    ['BlackRock', 'organisation'],
    ['BUIDL Fund', 'organisation'],
  ]);
  // A plain word counts alone only, and a name it begins is the organisation's product, no person; "Who" is no WHO.
  t.deepEqual(kinds('He showed the Apple Watch and Huawei Kirin chips. Who said so?'), [
    ['Apple Watch', 'other'],
    ['Huawei Kirin', 'other'],
  ]);
  // Not one that begins with a chamber or another official body: a person is named after the Speaker's title.
  t.is(kinds('Officials said Former Speaker of the House Newt Gingrich spoke.').at(-1)![1], 'person');
  // So is one that begins with a company compromise knows, unless a keyword makes it the company.
  t.deepEqual(kinds('He used Microsoft Teams at LG Electronics.'), [
    ['Microsoft Teams', 'other'],
    ['LG Electronics', 'organisation'],
  ]);
});

test('"West" and "House" alone are the region and the chamber; inside a longer name they are not', (t) => {
  t.deepEqual(kinds('Russia and the West argued as the House voted.'), [
    ['Russia', 'country'],
    ['West', 'place'],
    ['House', 'organisation'],
  ]);
  t.deepEqual(kinds('He met Cornel West in West Palm Beach and at Random House in West Virginia.'), [
    ['Cornel West', 'person'],
    ['West Palm Beach', 'place'],
    ['Random House', 'other'],
    ['West Virginia', 'place'],
  ]);
});

test('abbreviated months are no names ("Sept. 30")', (t) => {
  t.deepEqual(names('It closed on Sept. 30 and reopened on Dec. 2 in Paris.'), ['France']);
});

test('a capitalised adjective or demonym before a common noun names no actor, unless the article names someone so', (t) => {
  t.deepEqual(names('The Democratic candidate said Israeli courts had failed Syrians fleeing the war, and Glossier products sold.'), ['Syrians', 'Glossier']);
  t.deepEqual(names('The Green campaign grew.', { known: ['green'] }), ['Green']);
  t.deepEqual(names('She quoted Frank Smith and Green said so.'), ['Frank Smith', 'Green']);
  // Before a title too, so that it is not learnt as a name and spared later.
  t.deepEqual(names('Israeli Prime Minister Benjamin Netanyahu and Democratic Sen. Chris Murphy spoke.'), ['Benjamin Netanyahu', 'Chris Murphy']);
  // An adjective only compromise knows counts, unless spelled as brands are.
  t.deepEqual(names('Kurdish fighters resisted various Russophobic manifestations, BlackMagic cameras rolled.'), ['BlackMagic']);
});

test('two capitalised English words that end in a common noun are no person ("Human Rights"); a first word no lexicon knows makes one', (t) => {
  t.deepEqual(kinds('He cited Human Rights, Cloud City, Elon Musk and Peyton Manning.'), [
    ['Human Rights', 'other'],
    ['Cloud City', 'other'],
    ['Elon Musk', 'person'],
    ['Peyton Manning', 'person'],
  ]);
});

test('a name no lexicon classes right before a title held in an organisation is that organisation ("Tesla CEO")', (t) => {
  t.deepEqual(kinds('Officials said Tesla CEO Elon Musk met Hipcricket Chairman Ivan Braiker.'), [
    ['Tesla', 'organisation'],
    ['Elon Musk', 'person'],
    ['Hipcricket', 'organisation'],
    ['Ivan Braiker', 'person'],
  ]);
  // So is one before such a title at the end of the name: no one is named "SpaceX CEO".
  t.deepEqual(kinds('Musk, the SpaceX CEO, spoke to the Russian President and Stephen King.'), [
    ['SpaceX', 'organisation'],
    ['Russia', 'country'],
    ['Stephen King', 'person'],
  ]);
  t.deepEqual(kinds('Officials said Dr. King spoke.'), [['King', 'person']]);
  // At a sentence's start too, though no lexicon knows the name.
  t.deepEqual(kinds('Tesla Chief Executive Elon Musk spoke.'), [
    ['Tesla', 'organisation'],
    ['Elon Musk', 'person'],
  ]);
});
