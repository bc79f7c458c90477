// The actors of one article: every mention found, merged by name ("Kazianis" and "Mr. Kazianis"
// join "Harry Kazianis"; the gazetteer already joined "Beijing" to China), each with where it is
// named, how it is described, the target scorer's sentiment toward it sentence by sentence and the
// stance the article takes toward it (stance.ts).
import { spelledOutAcronyms } from './acronyms.ts';
import { describeMention, placeNames, type SentencePlace } from './descriptors.ts';
import type { Gazetteer } from './gazetteer.ts';
import { knownKeys, sentenceMentions, type Mention } from './mentions.ts';
import { isAcronym, nameTokens, phraseKey } from './name-tokens.ts';
import { middleNameVariants, nameEndings } from './name-variants.ts';
import { actorStance } from './stance.ts';
import { tagsOf } from './word-tags.ts';
import { scoreTargetIn, targetSentence, type TargetSentence } from '../target-sentiment.ts';
import { round } from '../../round.ts';
import type { ActorSentiment, ActorSentimentEvidence, ArticleActor, Segment, Span } from '../../types.ts';

/** A mention placed in its sentence. */
export interface PlacedMention {
  mention: Mention;
  place: SentencePlace;
}

function places(segments: readonly Segment[]): SentencePlace[] {
  return segments.flatMap((seg) => seg.sentences.map((s) => ({ part: seg.part, index: s.index, start: s.start, text: s.text, tokens: s.tokens })));
}

function mentionsIn(all: SentencePlace[], gazetteer: Gazetteer, known: ReadonlySet<string>): PlacedMention[] {
  return all.flatMap((place) => sentenceMentions(place.text, { offset: place.start, headline: place.part === 'headline', known }, gazetteer, placeNames(place)).map((mention) => ({ mention, place })));
}

/**
 * Every mention in the article. A capital at a sentence's start (or in a title-case headline) is a
 * name only if the name appears elsewhere too, so the body is read twice: first to learn the names.
 */
export function articleMentions(segments: readonly Segment[], gazetteer: Gazetteer, storyNames: ReadonlySet<string> = new Set()): PlacedMention[] {
  const all = places(segments);
  const body = all.filter((p) => p.part === 'body');
  const known = new Set([...storyNames, ...knownKeys(mentionsIn(body, gazetteer, storyNames).map((m) => m.mention))]);
  return mentionsIn(all, gazetteer, known);
}

/**
 * The actor each mention belongs to: a full name written without the middle name the article gives
 * elsewhere joins the name with it ("John Raymond", "John W. Raymond"), a one-word name joins the one
 * full name of a person that ends or starts with it or of an organisation that ends with it, a name
 * of two or more words joins the one longer person's name it ends ("Hawk Sawyer"), and a title alone
 * ("the president said") the one person the article has given that title before it (see
 * Mention.refersBy). An acronym the article spells out joins the name it abbreviates; one of a term
 * is no actor (acronyms.ts).
 */
function groupMentions(mentions: PlacedMention[]): Map<string, PlacedMention[]> {
  const add = (names: Map<string, Set<string>>, key: string, name: string): void => void names.set(key, (names.get(key) ?? new Set()).add(name));
  const isFullName = (m: Mention): boolean => !m.fixed && m.kind === 'person' && m.words > 1 && !m.refersBy;
  const persons = mentions.map((p) => p.mention).filter(isFullName);
  const variants = middleNameVariants(persons.map((m) => m.name));
  const fullNames = new Map<string, Set<string>>();
  for (const m of persons) for (const key of [m.lastKey, m.firstKey]) add(fullNames, key, variants.get(m.name) ?? m.name);
  // An organisation by its last word: "the Tribune" after "Chicago Tribune", "the Thunder" after
  // "Oklahoma City Thunder"; not where the last word follows a connector ("Department of Energy").
  const organisations = new Map<string, Set<string>>();
  for (const { mention: m } of mentions) if (m.kind === 'organisation' && m.words > 1 && !/\s\p{Ll}/u.test(m.name)) add(organisations, m.lastKey, m.name);
  const endings = nameEndings(persons.map((m) => m.name));
  // The longer name each name ends, looked up once per name: nameOf runs several times per mention.
  const longerNames = new Map<string, string | undefined>();
  /** Not for a name that starts with a given name itself ("Andrew Black" is no "Chef Andrew Black"). */
  const longerOf = (name: string): string | undefined => {
    if (!longerNames.has(name)) {
      const tokens = nameTokens(name);
      longerNames.set(name, tagsOf(tokens[0]!.text).includes('FirstName') ? undefined : endings.get(phraseKey(tokens)));
    }
    return longerNames.get(name);
  };
  const nameOf = (m: Mention): string => {
    if (m.fixed) return m.name;
    const longer = m.words > 1 && (m.kind === 'person' || m.kind === 'other') ? longerOf(m.name) : undefined;
    if (longer !== undefined && longer !== m.name) return variants.get(longer) ?? longer;
    if (isFullName(m)) return variants.get(m.name) ?? m.name;
    if (m.words > 1) return m.name;
    const people = fullNames.get(m.lastKey) ?? [];
    const bodies = (m.kind === 'organisation' || m.kind === 'other') && !isAcronym(m.name) ? (organisations.get(m.lastKey) ?? []) : [];
    const owners = new Set([...people, ...bodies]);
    return owners.size === 1 ? [...owners][0]! : m.name;
  };
  // Titles given so far, in text order: a title alone refers back, to a person named before it.
  const titled = new Map<string, Set<string>>();
  /** The person a title alone refers to, unless its words name someone themselves ("King" for Kevin King). */
  const referent = (m: Mention): string | undefined => {
    const owners = titled.get(m.refersBy!);
    const own = nameOf(m);
    if (own !== m.name) return own;
    if (owners?.size === 1) return [...owners][0]!;
    return m.namesAlone ? own : undefined;
  };
  const spelled = spelledOutAcronyms(mentions);
  const groups = new Map<string, PlacedMention[]>();
  for (const placed of mentions) {
    const m = placed.mention;
    if (m.title && m.kind === 'person') add(titled, m.title.key, nameOf(m));
    const full = m.fixed ? undefined : spelled.names.get(m.name);
    const name = full ? nameOf(full.mention) : m.refersBy ? referent(m) : nameOf(m);
    if (name === undefined || (!m.fixed && spelled.terms.has(m.name))) continue;
    const group = groups.get(name);
    if (group) group.push(placed);
    else groups.set(name, [placed]);
  }
  return groups;
}

const spanOf = (p: PlacedMention): Span => ({ part: p.place.part, sentence: p.place.index, start: p.mention.start, end: p.mention.end });

const readSentences = new WeakMap<SentencePlace, TargetSentence>();

/**
 * The sentence as target scoring reads it, once however many actors it names: a segment of its own
 * (offsets from its start) built from the article's tokens, not a second split.
 */
function targetOf(place: SentencePlace): TargetSentence {
  let read = readSentences.get(place);
  if (!read) {
    const tokens = place.tokens.map((t) => ({ ...t, start: t.start - place.start, end: t.end - place.start }));
    read = targetSentence({ part: place.part, text: place.text, sentences: [{ index: 0, paragraph: 0, start: 0, end: place.text.length, text: place.text, tokens }] });
    readSentences.set(place, read);
  }
  return read;
}

/** Sentiment toward the actor in each sentence that names it, scored at the sentence's first mention, in text order. */
export function scoreActorSentences(mentions: readonly PlacedMention[]): ActorSentimentEvidence[] {
  const seen = new Set<string>();
  const scored: ActorSentimentEvidence[] = [];
  for (const p of mentions) {
    const key = `${p.place.part}:${p.place.index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const t = scoreTargetIn(targetOf(p.place), { from: p.mention.start - p.place.start, to: p.mention.end - p.place.start });
    scored.push({ span: spanOf(p), score: t.score, polarity: t.polarity, cues: t.evidence });
  }
  return scored;
}

/** Mean and count over scored sentences, with the non-neutral ones as evidence, strongest first. */
export function summarizeSentiment(scored: readonly ActorSentimentEvidence[]): ActorSentiment {
  const mean = scored.length ? round(scored.reduce((s, e) => s + e.score, 0) / scored.length) : 0;
  const evidence = scored.filter((e) => e.polarity !== 0).sort((a, b) => Math.abs(b.score) - Math.abs(a.score));
  return { mean, n: scored.length, evidence };
}

/** Forms the article uses, most frequent first, then in order of appearance. */
function aliasesOf(mentions: readonly PlacedMention[]): string[] {
  const counts = new Map<string, number>();
  for (const p of mentions) {
    const form = p.place.text.slice(p.mention.start - p.place.start, p.mention.end - p.place.start).replace(/['’]s$/u, '');
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([form]) => form);
}

function actorOf(name: string, mentions: readonly PlacedMention[], sentences: number): ArticleActor {
  // The longest name decides the kind; of equal ones, a name classed by something ("Mr. Trump") beats an unclassed one ("Trump").
  const rank = (p: PlacedMention): number => p.mention.words * 2 + (p.mention.kind === 'other' ? 0 : 1);
  const longest = mentions.reduce((a, b) => (rank(b) > rank(a) ? b : a), mentions[0]!);
  const sentenceKeys = new Set(mentions.map((p) => `${p.place.part}:${p.place.index}`));
  const descriptors = mentions.flatMap((p) => describeMention(p.place, p.mention));
  const scored = scoreActorSentences(mentions);
  return {
    name,
    kind: longest.mention.kind,
    aliases: aliasesOf(mentions),
    listed: longest.mention.listed,
    mentions: mentions.length,
    sentenceShare: sentences ? round(sentenceKeys.size / sentences) : 0,
    first: spanOf(mentions[0]!),
    spans: mentions.map(spanOf),
    sentiment: summarizeSentiment(scored),
    stance: actorStance(scored),
    descriptors,
  };
}

/** Mentions grouped by the actor they name, in text order. */
export type ActorMentions = ReadonlyMap<string, readonly PlacedMention[]>;

export function actorMentions(segments: readonly Segment[], gazetteer: Gazetteer, storyNames?: ReadonlySet<string>): ActorMentions {
  return groupMentions(articleMentions(segments, gazetteer, storyNames));
}

/** Actors ordered by mentions, then by first appearance; listed actors the article never names come last. */
export function findActors(segments: readonly Segment[], groups: ActorMentions, gazetteer: Gazetteer): ArticleActor[] {
  const sentences = segments.reduce((n, s) => n + s.sentences.length, 0);
  const found = [...groups].map(([name, mentions]) => actorOf(name, mentions, sentences));
  const order = (s: Span): number => (s.part === 'headline' ? -1 : s.start);
  found.sort((a, b) => b.mentions - a.mentions || order(a.first!) - order(b.first!));
  const missing = gazetteer.listed
    .filter((entry) => !groups.has(entry.name))
    .map((entry): ArticleActor => ({ ...entry, aliases: [], mentions: 0, sentenceShare: 0, first: null, spans: [], sentiment: summarizeSentiment([]), stance: actorStance([]), descriptors: [] }));
  return [...found, ...missing];
}
