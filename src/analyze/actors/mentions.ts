// Mentions of actors in one sentence: runs of capitalised words (joined by "of", "for the", an
// initial's period or a quoted nickname, and by "and" inside an organisation's name), split where a
// known name (gazetteer) or a title starts, each part classed by the table, by its last or first
// word, by a title, by compromise's name lexicon, or by its shape; and titles alone ("the president said"), which
// find-actors.ts gives to the person they refer to. In a line set in title case (a heading, a menu)
// shape says nothing: only names a lexicon knows count.
import { isOfficialBody, type Gazetteer } from './gazetteer.ts';
import { isAcronym, isNameSuffix, nameTextKey, phraseKey, withoutParticle, type NameToken } from './name-tokens.ts';
import { isAdjective, isAttributive, isCommonWord, isEnglishWord, isPlainCapitalised, isTwoPartName, lexiconKind, sentenceNameTokens, tagsOf } from './word-tags.ts';
import type { ActorKind } from '../../types.ts';
import { table } from '../../settings/tables.ts';

const data = table('actors');

export interface Mention {
  /** The name as the sentence gives it, title and possessive left out ("John W. Raymond"). */
  name: string;
  kind: ActorKind;
  /** From the gazetteer or story.json: the name is final. Other names may still be merged. */
  fixed: boolean;
  listed: boolean;
  /** Offsets of the words as written, into the part text. */
  start: number;
  end: number;
  /** Key of the last word: a later "Kazianis" or "Mr. Steele" is matched to a full name by it. */
  lastKey: string;
  /** Key of the first word: Chinese names put the family name first ("Zhang Ming", later "Zhang"). */
  firstKey: string;
  words: number;
  /** The title before the name, with its key (phraseKey): the key a title alone refers back by. */
  title: { text: string; key: string; start: number; end: number } | null;
  /**
   * A title alone ("the president said", "the CEO"): the title's key. It names the one person the
   * article has given that title before it, or one whose name it is ("King" for Kevin King); failing
   * that, see `namesAlone`.
   */
  refersBy: string | null;
  /**
   * Whether a title alone names someone when it refers to no one: a capitalised one does ("the Pope",
   * the office's holder; "King", a surname), but not after a word that describes it ("a President",
   * "our new CEO", "as President") nor in lower case ("the president").
   */
  namesAlone: boolean;
}

export interface SentenceContext {
  /** Offset of the sentence in the part text. */
  offset: number;
  /** A headline in title case: only known names count. */
  headline: boolean;
  /** Keys of names (and a person's first and last words) seen elsewhere mid-sentence: a capital at a sentence's start is a name only if known. */
  known: ReadonlySet<string>;
}

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
const connectors = new Set(data.connectors.words);
const conjunctions = new Set(data.connectors.conjunctions);
const dates = lower(data.notNames.dates);

const contractions = data.notNames.contractions.map((ending) => ending.replace(/’/g, "'"));
const minorWords = new Set(data.titleCase.minorWords);

/** A capitalised word that can be part of a name: "Friday" in "Beijing on Friday" cannot, nor "I'm". */
const isNameWord = (t: NameToken): boolean => {
  const key = t.key.toLowerCase();
  return t.capital && !dates.has(key) && !contractions.some((ending) => key.endsWith(ending));
};

/** A sentence set in title case (a heading, a menu, a button): every word but the minor words of data/actors.json capitalised. */
function isTitleCase(tokens: readonly NameToken[]): boolean {
  return tokens.some((t) => t.capital) && tokens.every((t) => t.capital || minorWords.has(t.key) || !/^\p{L}/u.test(t.text));
}
const notNames = lower(data.notNames.words);
const organisationWords = lower(data.keywords.organisation);
const thingWords = lower(data.keywords.other);
const placeWords = lower(data.keywords.place);
const placeFirstWords = lower(data.keywords.placeFirst);
const regionWords = lower(data.keywords.regionFirst);
const surnamePrefixes = new Set(data.keywords.surnamePrefixes);
const surnameParticles = lower(data.keywords.surnameParticles);

/** A brand's or product's word: a capital inside after three or more small letters ("LinkedIn", "ChatGPT"); see keywords.surnamePrefixesWhy. */
function isBrandSpelled(t: NameToken): boolean {
  const before = /^(\p{Lu}\p{Ll}{3,})\p{Lu}/u.exec(t.text)?.[1];
  return before !== undefined && !surnamePrefixes.has(before);
}

/** A surname or given name after a prefix: "McConnell", "DeSantis", "JaVale"; not "LaTeX". */
const isPrefixedName = (t: NameToken): boolean => surnamePrefixes.has(/^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}+$/u.exec(t.text)?.[1] ?? '');
// One-word organisations spelled as plain words ("House", "Apple"); acronyms are names wherever they stand.
const plainBodies = Object.entries(data.bodies.names).flatMap(([name, aliases]) => [name, ...aliases].filter((n) => !n.includes(' ') && !isAcronym(n)));
const bodyWords = lower(plainBodies);
const aloneOnly = new Set([...regionWords, ...bodyWords]);
// Companies and groups that name their products and units ("Apple Watch"); not chambers ("House Democrats").
const brandWords = new Set([...bodyWords].filter((w) => !isOfficialBody(w)));
// "St. Louis", "Ft. Worth": the short ones are abbreviations, followed by a period in a name.
const abbreviatedPlaceWords = new Set([...placeFirstWords].filter((w) => w.length <= 3));
const titleKeys = new Set(data.titles.person.map(nameTextKey));
const referenceKeys = new Set(data.titles.references.map(nameTextKey));
const leadingKeys = new Set(data.titles.leading.map(nameTextKey));
const longestTitle = Math.max(...data.titles.person.map((t) => t.split(' ').length));
// Abbreviated titles and initials are followed by a period inside a name ("Gen. John W. Raymond").
const abbreviatedTitles = new Set(data.titles.person.filter((t) => t.length <= 4).map((t) => t.toLowerCase()));

const PERSON_TAGS = ['Person', 'FirstName', 'LastName'];
const NAME_TAGS = [...PERSON_TAGS, 'ProperNoun', 'Place', 'Organization'];
// compromise reads a word it does not know as a noun, plural when it ends in -s ("Figgins"), and
// one that ends in -ing as a gerund: a given name after a surname may ("Jinping").
const UNKNOWN_WORD_TAGS = ['Noun,Singular', 'Noun,Plural'];
const UNKNOWN_GIVEN_NAME_TAGS = [...UNKNOWN_WORD_TAGS, 'Gerund,Verb,PresentTense'];
// Words before a title alone that make it a description: "a President", "this President", "our new CEO".
const DESCRIBING_TAGS = ['Determiner', 'Possessive', 'Adjective'];

function continuesName(prev: NameToken, gap: string): boolean {
  if (/^ +$/.test(gap)) return true;
  // "W. Raymond", "Gen. John", "St. Louis": a period after an initial, an abbreviated title or place word.
  return /^\. +$/.test(gap) && (/^\p{Lu}$/u.test(prev.text) || abbreviatedTitles.has(prev.key) || abbreviatedPlaceWords.has(prev.key));
}

/** Runs of name words in a sentence, with nicknames ("Jay" in John W. “Jay” Raymond) left out. */
function runs(text: string, tokens: NameToken[], offset: number): NameToken[][] {
  const out: NameToken[][] = [];
  let run: NameToken[] = [];
  const gap = (i: number): string => text.slice(tokens[i - 1]!.end - offset, tokens[i]!.start - offset);
  const close = (): void => {
    // Connectors only inside a name: "Center for the National Interest", not "Russia of".
    while (run.length && !isNameWord(run.at(-1)!)) run.pop();
    if (run.length) out.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run.at(-1);
    if (prev && i > 0) {
      const g = gap(i);
      // "John W. “Jay” Raymond": the nickname is left out of the name.
      const nickname = isNameWord(t) && tokens[i + 1] !== undefined && /^["”] $/.test(gap(i + 1)) && continuesName(prev, g.replace(/["“]$/, ''));
      if (nickname) {
        i++;
        run.push(tokens[i]!);
        continue;
      }
      if (continuesName(prev, g) && (isNameWord(t) || connectors.has(t.key))) {
        run.push(t);
        continue;
      }
    }
    close();
    if (isNameWord(t)) run.push(t);
  }
  close();
  return out;
}

/** A capitalised common word ("Health", "Exchange"): no name a lexicon knows, no acronym (its key keeps capitals). */
function isCommonNameWord(t: NameToken, gazetteer: Gazetteer): boolean {
  return isNameWord(t) && !t.possessive && t.key === t.key.toLowerCase() && gazetteer.get(t.key) === undefined && isCommonWord(t.key) && !tagsOf(t.text).some((tag) => NAME_TAGS.includes(tag));
}

const isOrganisationWord = (t: NameToken): boolean => t.capital && organisationWords.has(t.key.toLowerCase());
const hasOrganisationWord = (tokens: readonly NameToken[]): boolean => tokens.some(isOrganisationWord);
const isThingWord = (t: NameToken): boolean => thingWords.has(t.key.toLowerCase());

/** Whether a conjunction between two runs joins them into one name; the cases are in data/actors.json (connectors.conjunctionsWhy). */
function joinsAcross(before: NameToken[], conjunction: NameToken, after: NameToken[], gazetteer: Gazetteer): boolean {
  // A name the gazetteer or story.json knows spans it ("Bosnia and Herzegovina").
  for (let a = 1; a <= Math.min(before.length, gazetteer.longest - 2); a++) {
    for (let b = 1; b <= Math.min(after.length, gazetteer.longest - a - 1); b++) {
      if (gazetteer.get(phraseKey([...before.slice(-a), conjunction, ...after.slice(0, b)]))) return true;
    }
  }
  if (!isCommonNameWord(before.at(-1)!, gazetteer) || !isCommonNameWord(after[0]!, gazetteer)) return false;
  // The words coordinated before it follow the last connector ("Health" in "Department of Health").
  const connector = before.map((t) => t.capital).lastIndexOf(false);
  if (hasOrganisationWord(before.slice(connector + 1))) return false;
  // "Department of Health and Human Services": two more words at most, up to a title ("… Secretary Alex Azar").
  if (hasOrganisationWord(before)) {
    const titled = after.findIndex((_, k) => titleAt(after, k) > 0);
    return (titled < 0 ? after.length : titled) <= 2;
  }
  // "Securities and Exchange Commission", and a law ("Tax Cuts and Jobs Act"), which then names no actor.
  return hasOrganisationWord(after) || isThingWord(after.at(-1)!);
}

/** Runs with the ones a conjunction joins into one name merged, the conjunction kept as a lower-case word inside. */
function joinConjoined(text: string, offset: number, runs: NameToken[][], gazetteer: Gazetteer): NameToken[][] {
  const out: NameToken[][] = [];
  for (const run of runs) {
    const prev = out.at(-1);
    if (prev) {
      const start = prev.at(-1)!.end;
      const gap = text.slice(start - offset, run[0]!.start - offset);
      const word = gap.trim();
      if (gap === ` ${word} ` && conjunctions.has(word)) {
        const conjunction: NameToken = { text: word, key: word, start: start + 1, end: start + 1 + word.length, capital: false, possessive: false };
        if (joinsAcross(prev, conjunction, run, gazetteer)) {
          out[out.length - 1] = [...prev, conjunction, ...run];
          continue;
        }
      }
    }
    out.push(run);
  }
  return out;
}

/**
 * The length of the gazetteer's name from `i`, or 0. In running text a word the gazetteer knows alone
 * that is also a region or a chamber ("the West", "the House") is no name inside a longer one ("Kanye
 * West", "West Palm Beach", "Random House"); a possessive ends the name ("BlackRock's BUIDL Fund"),
 * and so does a title ("House Speaker Nancy Pelosi", "Apple President").
 */
function lookupAt(gazetteer: Gazetteer, run: NameToken[], i: number, prose = true): number {
  for (let n = Math.min(gazetteer.longest, run.length - i); n >= 1; n--) {
    if (!gazetteer.get(phraseKey(run.slice(i, i + n)))) continue;
    const inside = n === 1 && prose && run.length > 1 && !run[i]!.possessive && aloneOnly.has(run[i]!.key.toLowerCase());
    return inside && titleAt(run, i + 1) === 0 && trailingTitleAt(run, i + 1) === 0 ? 0 : n;
  }
  return 0;
}

/**
 * The length of a region word and the place or country the gazetteer names after it ("Inner
 * Mongolia", "Northern Ireland", "Central America"), or 0: a place of its own, not that country.
 */
function regionAt(gazetteer: Gazetteer, run: NameToken[], i: number): number {
  if (!regionWords.has(run[i]!.key.toLowerCase()) || i + 1 >= run.length) return 0;
  const n = lookupAt(gazetteer, run, i + 1);
  const kind = n ? gazetteer.get(phraseKey(run.slice(i + 1, i + 1 + n)))!.kind : null;
  return kind === 'place' || kind === 'country' ? n + 1 : 0;
}

/**
 * `lexical` (lexiconAt from `i`) when a shorter name of the gazetteer lies inside that name of
 * compromise's lexicon ("New Mexico", "Indian Ocean", "Real Madrid"), or 0.
 */
function lexiconOverAt(gazetteer: Gazetteer, run: NameToken[], i: number, known: number, lexical: number): number {
  if (lexical <= known) return 0;
  for (let k = i; k < i + lexical; k++) if (lookupAt(gazetteer, run, k) > 0) return lexical;
  return 0;
}

function titleAt(run: NameToken[], i: number): number {
  for (let n = Math.min(longestTitle, run.length - i - 1); n >= 1; n--) {
    // "King Jr." ends a name: King is its surname. No one is named by an acronym ("General SEO
    // tactics"); initials are dotted ("Coach P.J. Fleck"). After a title that holds a connector,
    // another goes on with a longer name ("Speaker of the House of Representatives").
    const title = run.slice(i, i + n);
    const next = run[i + n]!;
    const longer = !next.capital && title.some((t) => !t.capital);
    if (titleKeys.has(phraseKey(title)) && !longer && !isNameSuffix(next.key) && !(isAcronym(next.key) && !next.key.includes('.'))) return n;
  }
  return 0;
}

/** Whether a title held in an organisation begins at `i` ("CEO", "Chief Executive"). */
function isLeadingTitleAt(run: NameToken[], i: number): boolean {
  for (let n = 1; n <= Math.min(longestTitle, run.length - i); n++) if (leadingKeys.has(phraseKey(run.slice(i, i + n)))) return true;
  return false;
}

/** The words from `i` to the run's end when they are a title, else 0: "CEO" in "the SpaceX CEO", "President" in "the Russian President". */
function trailingTitleAt(run: NameToken[], i: number, keys: ReadonlySet<string> = titleKeys): number {
  return run.length - i <= longestTitle && keys.has(phraseKey(run.slice(i))) ? run.length - i : 0;
}

/** The length of the longest run of two or more words from `i` that compromise's lexicon knows as a place or organisation ("General Motors"), or 0. */
function lexiconAt(run: NameToken[], i: number): number {
  for (let n = run.length - i; n >= 2; n--) if (lexiconKind(run.slice(i, i + n).map((t) => t.key))) return n;
  return 0;
}

/** The name as written, without nickname, possessive or trailing period; initials and "St." keep theirs. */
function displayName(tokens: NameToken[]): string {
  return tokens
    .map((t, i) => {
      const bare = t.text.replace(/['’]s$/u, '');
      const abbreviated = /^\p{Lu}$/u.test(bare) || (i === 0 && tokens.length > 1 && abbreviatedPlaceWords.has(t.key));
      return abbreviated ? `${bare}.` : bare;
    })
    .join(' ');
}

/**
 * compromise's tags for a word of a name. It reads any "al-…" as a person ("al-Tanf", a place), so
 * such a word keeps only its other tags ("al-Qaeda" an organisation) and those of the name after the
 * article; a given name in two parts it cannot know ("Ing-wen" is no ING bank).
 */
function nameTags(t: NameToken): readonly string[] {
  if (isTwoPartName(t.text)) return [];
  const bare = withoutParticle(t.text);
  const tags = bare === t.text ? tagsOf(t.text) : [...tagsOf(t.text).filter((tag) => !PERSON_TAGS.includes(tag)), ...tagsOf(bare)];
  // A prefixed name compromise does not know is a person's ("JaVale" it guesses a place).
  return isPrefixedName(t) && !tags.some((tag) => tag === 'Organization' || PERSON_TAGS.includes(tag)) ? ['Person'] : tags;
}

/** The kind of actor the words name; null when they name none. `styled`: they stand in a line set in title case. */
function classify(tokens: NameToken[], titled: boolean, styled: boolean): ActorKind | null {
  if (isThingWord(tokens.at(-1)!)) return null;
  const last = tokens.at(-1)!.key.toLowerCase();
  if (tokens.length > 1) {
    const known = lexiconKind(tokens.map((t) => t.key));
    if (known) return known;
    if (placeWords.has(last)) return 'place';
  }
  if (hasOrganisationWord(tokens)) return 'organisation';
  if (tokens.length > 1 && placeFirstWords.has(tokens[0]!.key.toLowerCase())) return 'place';
  // An organisation's product, service or unit: "Apple Watch", "Alibaba Cloud", "Microsoft Teams".
  if (tokens.length > 1 && (brandWords.has(tokens[0]!.key.toLowerCase()) || nameTags(tokens[0]!).includes('Organization'))) return 'other';
  if (titled) return 'person';
  if (tokens.some(isBrandSpelled)) return 'other';
  const tokenTags = tokens.map(nameTags);
  const tags = tokenTags.flat();
  // A given name before a surname that is also a company's: "Henry Ford", "Michael Dell".
  if (tokens.length > 1 && tokenTags[0]!.includes('FirstName') && !tokenTags[0]!.includes('Organization')) return 'person';
  if (tags.includes('Organization')) return 'organisation';
  if (tags.some((t) => PERSON_TAGS.includes(t))) return 'person';
  if (tags.includes('Place')) return 'place';
  if (styled) return null;
  // A surname's particle after the given name makes a person ("Marine Le Pen", "Jean De La Fontaine").
  if (tokens.length > 2 && tokens.length < 5 && tokens.every((t) => t.capital) && surnameParticles.has(tokens[1]!.key)) return 'person';
  // Two or three capitalised words that name no organisation or thing, and in which no lexicon knows a
  // name, are most often a person ("Montell Figgins", "Elon Musk"), unless English words start and end
  // them and the last is a common noun ("Human Rights", "Cloud City", "Drug Abuse"), or an adjective
  // starts them ("Democratic Progressive", "Galactic Republic"). Of three, two English words at the
  // end, the last a common noun, are seldom a middle name and a surname: a product's ("Dashlane
  // Password Manager", "Amazon Echo Dot").
  if (tokens.length < 2 || tokens.length > 3 || !tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(withoutParticle(t.text)) || /^\p{Lu}$/u.test(t.text))) return 'other';
  if (!isEnglishWord(last) || tokenTags.at(-1)!.includes('LastName')) return 'person';
  const before = tokens.at(-2)!.key;
  const first = tokens[0]!.key;
  const thing = isCommonWord(last) && (isEnglishWord(first) || (tokens.length === 3 && isEnglishWord(before)));
  return thing || isAdjective(first) ? 'other' : 'person';
}

/**
 * An unclassed name, run[from] up to run[to], is an organisation right before a title held in one
 * (`after` words of title: "Tesla CEO Elon Musk") or after such a title and "of" ("the CEO of
 * Hipcricket").
 */
function leads(kind: ActorKind | null, run: NameToken[], from: number, to: number, after: number): ActorKind | null {
  if (kind !== 'other') return kind;
  if (after && leadingKeys.has(phraseKey(run.slice(to, to + after)))) return 'organisation';
  let end = from;
  while (end > 0 && !run[end - 1]!.capital) end--;
  if (end === from) return kind;
  for (let n = 1; n <= Math.min(longestTitle, end); n++) if (leadingKeys.has(phraseKey(run.slice(end - n, end)))) return 'organisation';
  return kind;
}

/** "Brian Weeden of the Secure World Foundation" is a person and an organisation, not one name. */
function personBeforeConnector(words: NameToken[], titled: boolean, styled: boolean): NameToken[] {
  const at = words.findIndex((t) => !t.capital);
  // A conjunction inside was joined because the words name one organisation ("Pacific Gas & Electric Co").
  if (at <= 0 || conjunctions.has(words[at]!.key)) return words;
  const before = words.slice(0, at);
  return classify(before, titled, styled) === 'person' && !words.slice(at).some(isThingWord) ? before : words;
}

/**
 * A lone initial or a short abbreviation ("D.", "Fla." in "(D., Fla.)") that no full name explains.
 * A short name is none: after a title ("Mr. Kim") or where compromise knows it as a name ("Abe").
 */
function isFragment(words: NameToken[], titled: boolean, context: SentenceContext): boolean {
  const [word] = words;
  if (words.length !== 1 || context.known.has(word!.key)) return false;
  if (/^\p{Lu}$/u.test(word!.text)) return true;
  if (titled || !/^\p{Lu}\p{Ll}{1,2}$/u.test(word!.text)) return false;
  const tags = tagsOf(word!.text);
  return tags.includes('Honorific') || !tags.some((t) => PERSON_TAGS.includes(t));
}

/** A plain capitalised word neither Brill's lexicon nor compromise's knows: compromise only guesses its tags. */
function isUnknownWord(t: NameToken, guesses: readonly string[]): boolean {
  return isPlainCapitalised(t.text) && !isEnglishWord(t.key) && guesses.includes(tagsOf(t.text).join());
}

/**
 * A capitalised adjective or demonym before a common noun or a title describes it ("Democratic
 * candidates", "Israeli courts", "Israeli Prime Minister Benjamin Netanyahu"): no actor, unless the
 * article names someone so ("Mr. Green").
 */
function isModifier(words: NameToken[], titled: boolean, beforeTitle: boolean, text: string, next: NameToken | undefined, context: SentenceContext): boolean {
  const [word] = words;
  if (words.length !== 1 || titled || word!.possessive || context.known.has(word!.key)) return false;
  const beforeNoun = next !== undefined && !next.capital && text.slice(word!.end - context.offset, next.start - context.offset) === ' ' && isCommonWord(next.key);
  return (beforeTitle || beforeNoun) && isAttributive(word!.text);
}

/** The longest run of words from `i` that is a name known from elsewhere ("Space Force", "Steele"). */
function knownAt(run: NameToken[], i: number, context: SentenceContext): number {
  for (let n = run.length - i; n >= 1; n--) if (context.known.has(phraseKey(run.slice(i, i + n)))) return n;
  return 0;
}

/** Whether a capitalised word at a sentence's start begins a name, not just the sentence. */
function startsName(run: NameToken[], context: SentenceContext, gazetteer: Gazetteer): boolean {
  const [token] = run;
  // A conjunction joined the run into one name ("Health and Human Services said").
  if (run.some((t) => conjunctions.has(t.key))) return true;
  // A title starts a name ("Secretary of State Mike Pompeo said"), as does a name the gazetteer knows,
  // even one it knows alone only ("Apple Watch sales"), and a place or organisation the lexicon knows.
  if (lookupAt(gazetteer, run, 0, false) > 0 || knownAt(run, 0, context) > 0 || titleAt(run, 0) > 0 || lexiconAt(run, 0) > 0) return true;
  // So does a word before a title held in an organisation ("Tesla CEO Elon Musk said"), and an
  // organisation's word before another or before "of" ("Senate Democrats", "Institute of Medicine";
  // "Police said" and a heading's "Company Size" are common nouns).
  const next = run[1];
  if (isLeadingTitleAt(run, 1) || (isOrganisationWord(token!) && next !== undefined && (!next.capital || isOrganisationWord(next)))) return true;
  if (tagsOf(token!.text).some((t) => NAME_TAGS.includes(t))) return true;
  // A name no lexicon knows ("Montell Figgins said"): two plain capitalised words that neither Brill's
  // lexicon nor compromise knows ("Download" compromise knows as a verb). A given name after the
  // surname may end in "-ing" ("Xi Jinping"); a first word so is a participle ("Byteifying Olmo").
  return run.length === 2 && isUnknownWord(run[0]!, UNKNOWN_WORD_TAGS) && isUnknownWord(run[1]!, UNKNOWN_GIVEN_NAME_TAGS);
}

/** `tokens` are the sentence's name tokens when the caller has them already (offsets into the part). */
export function sentenceMentions(text: string, context: SentenceContext, gazetteer: Gazetteer, tokens = sentenceNameTokens(text, context.offset)): Mention[] {
  const mentions: Mention[] = [];
  // A line in title case capitalises every word: its capitals say nothing of names, so only names
  // the gazetteer, the article or compromise's lexicon knows count there.
  const styled = !context.headline && isTitleCase(tokens);
  const prose = !context.headline && !styled;
  // A colon or a dash opens a clause as a sentence's start does ("Research and compare: Look into
  // providers", "LOS ANGELES (AP) — To LeBron James"). Names follow them too ("The Latest: Trump
  // says", "Scorers: Kyleigh Trout 12", "Source: National Center for Health Statistics"): there only
  // an English word that compromise reads as no singular noun is doubted, and before another name
  // only one that is no adjective.
  const opensClause = (run: NameToken[]): boolean => {
    const i = tokens.indexOf(run[0]!);
    if (i === 0) return true;
    const tags = tagsOf(run[0]!.text);
    const doubted = isEnglishWord(run[0]!.key) && !tags.includes('Singular') && (run.length === 1 || !tags.includes('Adjective'));
    return doubted && i > 0 && /[:—–]\s*["“]?$/.test(text.slice(tokens[i - 1]!.end - context.offset, run[0]!.start - context.offset));
  };
  for (const run of joinConjoined(text, context.offset, runs(text, tokens, context.offset), gazetteer)) {
    // An honorific stays when a name follows it ("Mr. Trump", not "MR" or a lone "Mr.").
    // A name the gazetteer knows stays too: "WHO" is not "Who".
    while (run.length && notNames.has(run[0]!.key.toLowerCase()) && titleAt(run, 0) === 0 && lookupAt(gazetteer, run, 0) === 0) run.shift();
    if (run.length && opensClause(run) && !startsName(run, context, gazetteer)) run.shift();
    let title: Mention['title'] = null;
    let i = 0;
    while (i < run.length) {
      // A connector left at the front once the word before it went ("Officials of the Russian Federation").
      if (!run[i]!.capital) {
        i++;
        continue;
      }
      // A title that ends the run after a name is held by no one named here ("the Russian President");
      // after a title or honorific it is a surname ("Dr. King").
      if (i > 0 && title === null && trailingTitleAt(run, i)) break;
      const known = lookupAt(gazetteer, run, i, prose);
      const region = prose && !known ? regionAt(gazetteer, run, i) : 0;
      const lexical = lexiconAt(run, i);
      const lexicon = region ? 0 : lexiconOverAt(gazetteer, run, i, known, lexical);
      if (region || lexicon) {
        const words = run.slice(i, i + (region || lexicon));
        mentions.push(nameMention(words, region ? 'place' : lexiconKind(words.map((t) => t.key))!, title, null, false));
        title = null;
        i += words.length;
        continue;
      }
      if (known) {
        const words = run.slice(i, i + known);
        const entry = gazetteer.get(phraseKey(words))!;
        const start = words[0]!.start;
        const end = words.at(-1)!.end;
        mentions.push({
          name: entry.name,
          kind: entry.kind,
          fixed: true,
          listed: entry.listed,
          start,
          end,
          firstKey: words[0]!.key,
          lastKey: words.at(-1)!.key,
          words: known,
          title,
          refersBy: null,
          namesAlone: false,
        });
        title = null;
        i += known;
        continue;
      }
      // "General Motors" is a company, not General Motors the person.
      const atTitle = titleAt(run, i);
      const titleWords = atTitle && lexical ? 0 : atTitle;
      if (titleWords) {
        const words = run.slice(i, i + titleWords);
        // "CEO of Hipcricket", "President of the United States": what follows is not the titled person.
        if (!run[i + titleWords]!.capital) {
          i += titleWords;
          continue;
        }
        title = { text: text.slice(words[0]!.start - context.offset, words.at(-1)!.end - context.offset).replace(/\.$/, ''), key: phraseKey(words), start: words[0]!.start, end: words.at(-1)!.end };
        i += titleWords;
        continue;
      }
      let words: NameToken[];
      if (context.headline) {
        // Title case capitalises every word: only names known from the body count, wherever they stand.
        const n = knownAt(run, i, context);
        words = run.slice(i, i + n);
        i += Math.max(n, 1);
        if (n === 0) continue;
      } else {
        let j = i + 1;
        // A possessive ends a name ("Elon Musk's SpaceX") unless the gazetteer knows more ("People's Republic of China").
        // So does a title, and a title held in an organisation at the run's end ("the SpaceX CEO"; a
        // person's title there may be a surname: "Stephen King").
        while (j < run.length && !run[j - 1]!.possessive && lookupAt(gazetteer, run, j, prose) === 0 && titleAt(run, j) === 0 && !trailingTitleAt(run, j, leadingKeys)) j++;
        words = personBeforeConnector(run.slice(i, j), title !== null, styled);
        while (!words.at(-1)!.capital) words = words.slice(0, -1);
        i += words.length;
      }
      const at = tokens.indexOf(words[0]!);
      const before = tokens[at - 1];
      const titleAfter = titleAt(run, i) || trailingTitleAt(run, i, leadingKeys);
      if (isFragment(words, title !== null, context) || isModifier(words, title !== null, titleAfter > 0, text, tokens[at + 1], context)) continue;
      const refersBy = title === null ? referenceBy(words, before) : null;
      const definite = refersBy !== null && before?.key === 'the';
      const described = refersBy !== null && before !== undefined && !definite && (before.key === 'as' || tagsOf(before.text).some((t) => DESCRIBING_TAGS.includes(t)));
      const kind = definite ? 'person' : leads(classify(words, title !== null, styled), run, i - words.length, i, titleAfter);
      if (kind !== null) mentions.push(nameMention(words, kind, title, refersBy, !described));
      title = null;
    }
  }
  mentions.push(...titleReferences(text, tokens, context.offset));
  return mentions.sort((a, b) => a.start - b.start);
}

/** "The President said": a title alone refers back to a person named with it; "Salesforce's CEO" is someone else's. */
function referenceBy(words: readonly NameToken[], before: NameToken | undefined): string | null {
  const key = phraseKey(words);
  if (!referenceKeys.has(key)) return null;
  return before?.possessive ? null : key;
}

function nameMention(words: NameToken[], kind: ActorKind, title: Mention['title'], refersBy: string | null, namesAlone: boolean): Mention {
  const [first] = words;
  const last = words.at(-1)!;
  return { name: displayName(words), kind, fixed: false, listed: false, start: first!.start, end: last.end, firstKey: first!.key, lastKey: last.key, words: words.length, title, refersBy, namesAlone };
}

/**
 * Titles in lower case after "the" that refer back to a person ("the president said", "the
 * governor's veto"), not the head of a longer description ("the president of Ukraine", "the
 * mayor race"): the word after the title is not "of" or a common noun or adjective.
 */
function titleReferences(text: string, tokens: readonly NameToken[], offset: number): Mention[] {
  const out: Mention[] = [];
  const spaced = (a: NameToken, b: NameToken): boolean => /^ +$/.test(text.slice(a.end - offset, b.start - offset));
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.key !== 'the') continue;
    for (let n = Math.min(longestTitle, tokens.length - i - 1); n >= 1; n--) {
      const words = tokens.slice(i + 1, i + 1 + n);
      const key = phraseKey(words);
      if (!referenceKeys.has(key) || words.some((t) => t.capital) || !words.every((t, k) => spaced(tokens[i + k]!, t))) continue;
      const last = words.at(-1)!;
      const next = tokens[i + 1 + n];
      const described = next !== undefined && !last.possessive && spaced(last, next) && (next.key === 'of' || isCommonWord(next.text));
      if (!described) out.push(nameMention(words, 'person', null, key, false));
      break;
    }
  }
  return out;
}

/** Keys a sentence's mid-sentence names contribute to `SentenceContext.known`: the whole name and its last word. */
export function knownKeys(mentions: readonly Mention[]): string[] {
  return mentions.flatMap((m) => {
    if (m.fixed || m.refersBy) return [];
    const whole = nameTextKey(m.name);
    return m.kind === 'person' ? [whole, m.firstKey, m.lastKey] : [whole];
  });
}
