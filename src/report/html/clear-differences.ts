// Which figures on the page take part in a clear difference (one in comparison.differences, i.e. it
// passed the test), so the tables can mark them and link each mark to its finding. Figures without
// a mark may still differ by chance; the page never marks anything the test did not pass.
import { shownDifferences } from '../../measure.ts';
import type { Difference } from '../../types.ts';
import { findingAnchor } from './anchors.ts';
import { escapeHtml } from './escape.ts';
import { fmtNumber } from './format.ts';

export interface ClearDifferences {
  /** A mark on the figure of `outlet` on `measure` when it takes part in a clear difference, else ''. */
  badge(measure: string, outlet: string, compact?: boolean): string;
}

/** The finding that states a difference; the whole list when it is among the ones only counted there. */
function findingHref(differences: readonly Difference[], d: Difference): string {
  const at = shownDifferences(differences).indexOf(d);
  return at < 0 ? '#findings' : `#${findingAnchor(at)}`;
}

function describe(d: Difference): string {
  return `Clear difference in ${d.label}: ${d.higher} higher than ${d.lower} (difference ${fmtNumber(d.effect)}, p = ${fmtNumber(d.pAdjusted)} after correction)`;
}

/**
 * Marks link to the finding: a labelled badge, or (`compact`, for narrow heatmap cells) a diamond
 * whose words are there for screen readers; the title lists every difference the figure is in.
 */
export function clearDifferences(differences: readonly Difference[]): ClearDifferences {
  const byKey = new Map<string, Difference[]>();
  for (const d of differences) {
    for (const outlet of [d.higher, d.lower]) {
      const key = `${d.measure}\u0000${outlet}`;
      byKey.set(key, [...(byKey.get(key) ?? []), d]);
    }
  }
  return {
    badge(measure, outlet, compact = false) {
      const found = byKey.get(`${measure}\u0000${outlet}`) ?? [];
      const [first] = found;
      if (!first) return '';
      const title = escapeHtml(found.map(describe).join('\n'));
      const text = compact ? '◆<span class="vh"> clear difference</span>' : 'clear difference';
      return ` <a class="badge${compact ? ' compact' : ''}" href="${findingHref(differences, first)}" title="${title}">${text}</a>`;
    },
  };
}

export const NO_DIFFERENCES: ClearDifferences = clearDifferences([]);
