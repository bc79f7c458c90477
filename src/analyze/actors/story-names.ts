// One name per person across the story: an article that only says "Trump" or "Putin" gets the
// full name another article of the story gives, when exactly one person in the story has it.
import { nameTokens } from './name-tokens.ts';
import { speakerCategory } from '../voices/speaker-category.ts';
import type { ArticleActor, ArticleReport } from '../../types.ts';

const keysOf = (name: string): string[] => nameTokens(name).map((t) => t.key);

function fullNames(reports: readonly Pick<ArticleReport, 'actors'>[]): Map<string, Set<string>> {
  const byWord = new Map<string, Set<string>>();
  for (const r of reports) {
    for (const a of r.actors) {
      const keys = keysOf(a.name);
      if (a.kind !== 'person' || keys.length < 2) continue;
      for (const key of [keys[0]!, keys.at(-1)!]) byWord.set(key, (byWord.get(key) ?? new Set()).add(a.name));
    }
  }
  return byWord;
}

function fullNameOf(actor: ArticleActor, byWord: ReadonlyMap<string, ReadonlySet<string>>, taken: ReadonlySet<string>): string | null {
  const keys = keysOf(actor.name);
  if (keys.length !== 1 || actor.listed || (actor.kind !== 'person' && actor.kind !== 'other')) return null;
  const names = byWord.get(keys[0]!);
  const [name] = names ?? [];
  return names?.size === 1 && !taken.has(name!) ? name! : null;
}

/** For each report, the short names to replace with the full name another article of the story gives. */
export function storyRenames(reports: readonly Pick<ArticleReport, 'actors'>[]): Array<Map<string, string>> {
  const byWord = fullNames(reports);
  return reports.map((report) => {
    const taken = new Set(report.actors.map((a) => a.name));
    const renamed = new Map<string, string>();
    for (const a of report.actors) {
      const full = fullNameOf(a, byWord, taken);
      if (full) renamed.set(a.name, full);
    }
    return renamed;
  });
}

/** The report with its actors (and the quotes they speak) under their story-wide names. */
export function renameActors(report: ArticleReport, renamed: ReadonlyMap<string, string>): ArticleReport {
  if (renamed.size === 0) return report;
  const actors = report.actors.map((a): ArticleActor => (renamed.has(a.name) ? { ...a, name: renamed.get(a.name)!, kind: 'person' } : a));
  const quotes = report.voices.quotes.map((q) => {
    const name = q.speaker === null ? undefined : renamed.get(q.speaker);
    return name ? { ...q, speaker: name, category: speakerCategory(name, 'person', q.role) } : q;
  });
  return { ...report, actors, voices: { ...report.voices, quotes } };
}
