// The filters a researcher narrows a corpus with: stories by name pattern, articles by publication
// date and by outlet. Every story or article a filter leaves out is counted or named, never dropped
// silently.
import { outletKey } from '../clean/outlet-names.ts';
import type { CorpusArticleRow, CorpusFilters } from '../types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why a --since or --until value is not a date, or null when it is one (YYYY-MM-DD). */
export function dateProblem(value: string): string | null {
  if (!DAY.test(value)) return `"${value}" is not a date written YYYY-MM-DD`;
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value ? `"${value}" is not a calendar date` : null;
}

/** A story name pattern as a regular expression: `*` any run of characters, `?` one, `[…]` a set; the rest literal. */
export function globPattern(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else out += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'u');
}

/**
 * The stories named or matched by `patterns` (every story when there are none), in the order the
 * patterns name them; the first pattern that matches nothing is returned as `unmatched`.
 */
export function selectStories(available: readonly string[], patterns: readonly string[] | undefined): { wanted: string[]; unmatched?: string } {
  const wanted: string[] = [];
  for (const pattern of patterns ?? ['*']) {
    const matched = available.filter((name) => name === pattern || globPattern(pattern).test(name));
    if (!matched.length) return { wanted, unmatched: pattern };
    for (const name of matched) if (!wanted.includes(name)) wanted.push(name);
  }
  return { wanted };
}

/** Whether a story is in the corpus: no patterns, or one of them matches its name. */
export function storyWanted(filters: CorpusFilters, story: string): boolean {
  return filters.stories.length === 0 || filters.stories.some((g) => globPattern(g).test(story));
}

/** The day an article was published (YYYY-MM-DD): as written when its date starts with one, else in UTC; null when missing or unreadable. */
export function publishedDay(published: string | null): string | null {
  if (published === null) return null;
  if (DAY.test(published.slice(0, 10)) && !Number.isNaN(Date.parse(published.slice(0, 10)))) return published.slice(0, 10);
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/**
 * Whether an article passes the date and outlet filters: within [since, until] (both days included;
 * with either set, an article without a readable date is left out), and of one of the outlets named
 * (case, spacing, punctuation and a leading "the" aside), when any are.
 */
export function articleWanted(filters: CorpusFilters, row: Pick<CorpusArticleRow, 'published' | 'outlet'>): boolean {
  if (filters.since !== null || filters.until !== null) {
    const day = publishedDay(row.published);
    if (day === null || (filters.since !== null && day < filters.since) || (filters.until !== null && day > filters.until)) return false;
  }
  if (filters.outlets.length === 0) return true;
  const name = outletKey(row.outlet);
  return filters.outlets.some((o) => outletKey(o) === name);
}
