// NewsMTSC's named targets as a check of the actor finder: coders marked each mention of the person a
// sentence's sentiment is about. Its sentences, put back together article by article, are read as
// the analyze stage reads a body; a named target (not "she", not "the president") counts as found
// when an actor's mention overlaps it, as the right person when that actor's name holds the gold
// person's last name, and as a person when the actor is classed one.
import nlp from 'compromise';
import { actorMentions, findActors } from '../../src/analyze/actors/find-actors.ts';
import { DEFAULT_GAZETTEER } from '../../src/analyze/actors/gazetteer.ts';
import { nameTokens } from '../../src/analyze/actors/name-tokens.ts';
import type { SentimentItem } from '../../src/load/sentiment-lines.ts';
import { segment } from '../../src/text/segment.ts';
import { articleOf, personOf } from '../../train/target-layer.ts';

export interface NamedTarget {
  /** Offsets into the article's text. */
  from: number;
  to: number;
  /** The gold person's key (personOf): the last capitalised word of the name NewsMTSC gives. */
  person: string;
}

export interface ArticleFragment {
  id: string;
  /** The article's sentences in file order, one paragraph each. */
  text: string;
  targets: NamedTarget[];
}

/** What a finder makes of a text: spans of the names it found, each with the name it files it under and whether it is a person. */
export interface FoundName {
  start: number;
  end: number;
  name: string;
  person: boolean;
}

export type Finder = (text: string) => FoundName[];

// Pronouns and descriptions ("She", "The president", "This man") are targets, but not names.
const NOT_NAMES = /^(?:he|she|him|her|his|hers|they|them|their|it|its|i|me|my|we|us|our|you|your|who|whom|the|this|that|these|those|a|an)\b/iu;

export function isNamedMention(mention: string): boolean {
  return /^\p{Lu}/u.test(mention) && !NOT_NAMES.test(mention);
}

/** The file's sentences grouped into their articles (a sentence given twice is kept once), with the named targets placed in the joined text. */
export function articleFragments(items: readonly SentimentItem[]): ArticleFragment[] {
  // Article → its sentences (in file order) → their named targets.
  const byArticle = new Map<string, Map<string, NamedTarget[]>>();
  for (const item of items) {
    const sentences = byArticle.get(articleOf(item.id)) ?? new Map<string, NamedTarget[]>();
    byArticle.set(articleOf(item.id), sentences);
    const targets = sentences.get(item.text) ?? [];
    sentences.set(item.text, targets);
    for (const t of item.targets ?? []) {
      const mention = t.mention ?? item.text.slice(t.from, t.to);
      if (!isNamedMention(mention) || targets.some((seen) => seen.from === t.from && seen.to === t.to)) continue;
      targets.push({ from: t.from, to: t.to, person: t.gid ? personOf(t.gid) : mention.toLowerCase() });
    }
  }
  return [...byArticle].map(([id, sentences]) => {
    let text = '';
    const targets: NamedTarget[] = [];
    for (const [sentence, named] of sentences) {
      if (text) text += '\n\n';
      targets.push(...named.map((t) => ({ ...t, from: text.length + t.from, to: text.length + t.to })));
      text += sentence;
    }
    return { id, text, targets };
  });
}

/** framelens's actor step, as the analyze stage runs it on a body. */
export const framelensFinder: Finder = (text) => {
  const body = segment('body', text);
  const actors = findActors([body], actorMentions([body], DEFAULT_GAZETTEER), DEFAULT_GAZETTEER);
  return actors.flatMap((a) => a.spans.map((s) => ({ start: s.start, end: s.end, name: a.name, person: a.kind === 'person' })));
};

/** compromise's person finder (`.people()`), each match filed under its own words. */
export const compromiseFinder: Finder = (text) =>
  (nlp(text).people().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>).map((m) => ({
    start: m.offset.start,
    end: m.offset.start + m.offset.length,
    name: m.text,
    person: true,
  }));

export interface TargetFigures {
  articles: number;
  targets: number;
  /** Share of the named targets an actor's mention overlaps. */
  found: number;
  /** Share filed under a name that holds the gold person's last name. */
  rightPerson: number;
  /** Share found and classed as a person. */
  asPerson: number;
}

export function targetFigures(fragments: readonly ArticleFragment[], finder: Finder): TargetFigures {
  let targets = 0;
  let found = 0;
  let rightPerson = 0;
  let asPerson = 0;
  for (const fragment of fragments) {
    if (fragment.targets.length === 0) continue;
    const names = finder(fragment.text);
    for (const t of fragment.targets) {
      targets++;
      // A target may span several names ("House Speaker Paul Ryan"): the best of them counts.
      const hits = names.filter((n) => n.start < t.to && n.end > t.from);
      if (hits.length === 0) continue;
      found++;
      const right = hits.filter((n) => nameTokens(n.name).some((w) => w.key.toLowerCase() === t.person));
      if (right.length) rightPerson++;
      if ((right.length ? right : hits).some((n) => n.person)) asPerson++;
    }
  }
  const share = (n: number): number => (targets ? n / targets : 0);
  return { articles: fragments.filter((f) => f.targets.length).length, targets, found: share(found), rightPerson: share(rightPerson), asPerson: share(asPerson) };
}
