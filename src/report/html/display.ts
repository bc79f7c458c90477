// How much of a large story the story page shows, so that it opens at once however many articles and
// outlets the story has: the outlets with the most articles, the claims most outlets make, the first
// reuse links and diagnostics. report.json always has everything, and the page says what it left out.
import { plural } from '../../prose.ts';

export const SHOWN = {
  /** Outlets per chart and table; a researcher compares a few dozen at a time. */
  outlets: 40,
  /** Rows of the claims matrix. */
  sharedClaims: 60,
  /** Claims listed per outlet as its own. */
  ownClaims: 10,
  reuseLinks: 50,
  diagnostics: 200,
};

/** The `max` outlets with the most articles (ties in the comparison's order), kept in the comparison's order. */
export function largestOutlets<T extends { articles: readonly string[] }>(outlets: readonly T[], max = SHOWN.outlets): T[] {
  if (outlets.length <= max) return [...outlets];
  const kept = new Set(
    outlets
      .map((o, i) => ({ o, i }))
      .sort((a, b) => b.o.articles.length - a.o.articles.length || a.i - b.i)
      .slice(0, max)
      .map((x) => x.o),
  );
  return outlets.filter((o) => kept.has(o));
}

/** The note under a list cut short, or nothing when it is whole. */
export function shownNote(shown: number, total: number, what: string, which: string): string {
  return shown < total ? `<p class="note">Showing ${which} ${shown} of ${plural(total, what)}; report.json has them all.</p>` : '';
}
