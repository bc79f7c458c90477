// One name per actor across the story. Spellings that differ only in case, spacing or punctuation
// ("SpaceNews", "Space News") become the one most articles use, and a name an article leaves
// unclassed takes the kind the story's other articles give it; a person named without the middle
// name another article gives takes the name with it ("Owen Dempsey", "Owen John Dempsey"); and an
// article that only says "Trump" or "Putin" gets the full name another article gives, when exactly
// one person in the story has it.
import { isAcronym, nameTokens } from './name-tokens.ts';
import { middleNameVariants, nameParts } from './name-variants.ts';
import { isCommonWord, tagsOf } from './word-tags.ts';
import { speakerCategory } from '../voices/speaker-category.ts';
import { compareNames } from '../../text/compare-names.ts';
import { spellingKey } from '../../text/normalize.ts';
import type { ActorKind, ArticleActor, ArticleReport } from '../../types.ts';

/** The story's name for an actor, and the kind that goes with it. */
export interface StoryName {
  name: string;
  kind: ActorKind;
}

type Actors = Pick<ArticleReport, 'actors'>;

const keysOf = (name: string): string[] => nameTokens(name).map((t) => t.key);

/** In capitals throughout and longer than an acronym: a dateline's "HONOLULU", a caption's "THOMAS KENNEDY". */
const shouted = (name: string): boolean => !/\p{Ll}/u.test(name) && name.replace(/\P{L}/gu, '').length > 4;

/** The first by `before`, then the most frequent, then the first in name order. */
function mostFrequent<T extends string>(counts: ReadonlyMap<T, number>, before: (a: T, b: T) => number = () => 0): T | undefined {
  return [...counts].sort(([a, x], [b, y]) => before(a, b) || y - x || compareNames(a, b))[0]?.[0];
}

const count = <T>(counts: Map<T, number>, key: T): Map<T, number> => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * The story's name for each name that differs from it, or that the article leaves unclassed while
 * the story classes it. Spellings that differ only in case, spacing or punctuation are one name,
 * spelled as in most articles (mixed case before capitals, ties to the first in name order); its
 * kind is the one most articles that class it give it. Listed actors keep the list's name.
 */
function storySpellings(reports: readonly Actors[]): Map<string, StoryName> {
  const byKey = new Map<string, { spellings: Map<string, number>; kinds: Map<ActorKind, number> }>();
  for (const r of reports) {
    for (const a of r.actors) {
      if (a.listed) continue;
      const key = spellingKey(a.name);
      const group = byKey.get(key) ?? { spellings: new Map<string, number>(), kinds: new Map<ActorKind, number>() };
      count(group.spellings, a.name);
      if (a.kind !== 'other') count(group.kinds, a.kind);
      byKey.set(key, group);
    }
  }
  const spelled = new Map<string, StoryName>();
  for (const { spellings, kinds } of byKey.values()) {
    const name = mostFrequent(spellings, (a, b) => Number(shouted(a)) - Number(shouted(b)))!;
    const kind = mostFrequent(kinds);
    for (const other of spellings.keys()) if (other !== name || kind) spelled.set(other, { name, kind: kind ?? 'other' });
  }
  return spelled;
}

/** The story's name for each person's name written without the middle name another gives (name-variants.ts). */
function storyMiddleNames(reports: readonly Actors[], spelled: (a: ArticleActor) => StoryName): Map<string, string> {
  const persons = reports.flatMap((r) =>
    r.actors
      .map(spelled)
      .filter((n) => n.kind === 'person')
      .map((n) => n.name),
  );
  return middleNameVariants(persons);
}

/** The story's persons of two or more words, by their first word and by their surname (the last word before "Jr" or "III"). */
function fullNames(reports: readonly Actors[], named: (a: ArticleActor) => StoryName): Map<string, Set<string>> {
  const byWord = new Map<string, Set<string>>();
  for (const r of reports) {
    for (const a of r.actors) {
      const { name, kind } = named(a);
      const parts = kind === 'person' ? nameParts(name) : null;
      if (!parts) continue;
      for (const key of [parts.first, parts.surname]) byWord.set(key, (byWord.get(key) ?? new Set()).add(name));
    }
  }
  return byWord;
}

/**
 * The one full name a one-word person (or unclassed name) stands for; never an acronym's ("AI" is not
 * "AI Scientist"). An unclassed word stands for a surname only: "Cook" for Tim Cook, but "Docker" is
 * not "Docker Registry"; and a common noun only for a person whose given name a lexicon knows
 * ("Swift" is Taylor Swift, "Learning" is not "LinkedIn Learning").
 */
function fullNameOf(actor: ArticleActor, byWord: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  const keys = keysOf(actor.name);
  if (keys.length !== 1 || actor.listed || isAcronym(actor.name) || (actor.kind !== 'person' && actor.kind !== 'other')) return null;
  const names = byWord.get(keys[0]!);
  const full = names?.size === 1 ? [...names][0]! : null;
  if (!full || actor.kind === 'person') return full;
  const surname = nameParts(full)!.surname === keys[0];
  return surname && (!isCommonWord(actor.name) || tagsOf(nameTokens(full)[0]!.text).includes('Person')) ? full : null;
}

/**
 * For each report, the names to replace with the story's name for the actor. A name the article
 * already has for another of its actors is not given again: the two stay apart.
 */
export function storyRenames(reports: readonly Actors[]): Array<Map<string, StoryName>> {
  const spellings = storySpellings(reports);
  // A classed name keeps its article's kind; an unclassed one takes the story's.
  const spelled = (a: ArticleActor): StoryName => {
    const story = spellings.get(a.name);
    return { name: story?.name ?? a.name, kind: a.kind === 'other' && story ? story.kind : a.kind };
  };
  const variants = storyMiddleNames(reports, spelled);
  const named = (a: ArticleActor): StoryName => {
    const { name, kind } = spelled(a);
    return { name: variants.get(name) ?? name, kind };
  };
  const byWord = fullNames(reports, named);
  return reports.map((report) => {
    const taken = new Set(report.actors.map((a) => a.name));
    const renamed = new Map<string, StoryName>();
    for (const a of report.actors) {
      const full = fullNameOf(a, byWord);
      const name: StoryName = full ? { name: full, kind: 'person' } : named(a);
      if (name.name === a.name ? name.kind !== a.kind : !taken.has(name.name)) {
        renamed.set(a.name, name);
        taken.add(name.name);
      }
    }
    return renamed;
  });
}

/** The report with its actors (and the quotes they speak) under their story-wide names. */
export function renameActors(report: ArticleReport, renamed: ReadonlyMap<string, StoryName>): ArticleReport {
  if (renamed.size === 0) return report;
  const actors = report.actors.map((a): ArticleActor => {
    const to = renamed.get(a.name);
    return to ? { ...a, ...to } : a;
  });
  const quotes = report.voices.quotes.map((q) => {
    const to = q.speaker === null ? undefined : renamed.get(q.speaker);
    return to ? { ...q, speaker: to.name, category: speakerCategory(to.name, to.kind, q.role) } : q;
  });
  return { ...report, actors, voices: { ...report.voices, quotes } };
}
