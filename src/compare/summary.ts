// The comparison in one paragraph of plain English. Built only from the comparison itself and the
// frame list, so the same report always reads the same.
import type { Comparison, FrameInfo, OutletComparison, PairDistance } from '../types.ts';

const WORDS_PER_OUTLET = 3;

function list(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function quoted(word: string): string {
  return `“${word}”`;
}

/** A known outlet by name; an unknown one by its file, since "unknown (a.txt)" is not a name. */
function outletName(o: OutletComparison, atStart: boolean): string {
  if (o.known) return o.name;
  const file = /^unknown \((.+)\)$/.exec(o.name)?.[1] ?? o.articles.join(', ');
  return `${atStart ? 'An' : 'an'} article of unknown outlet (${file})`;
}

function signed(value: number, digits: number): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return sign + Math.abs(value).toFixed(digits);
}

/** Two decimals unless that would print two different figures the same. */
function digitsFor(a: number, b: number, format: (v: number, d: number) => string): number {
  let d = 2;
  while (d < 4 && a !== b && format(a, d) === format(b, d)) d++;
  return d;
}

function framesSentence(outlets: OutletComparison[], labels: Map<string, string>): string {
  let previousLeaned = false;
  const clauses = outlets.map((o, i) => {
    const name = outletName(o, i === 0);
    const dominant = o.dominant.policy.map((id) => labels.get(id) ?? id);
    const clause = !dominant.length
      ? `${name} has no dominant frame`
      : `${name} ${previousLeaned ? 'on' : 'leans on'} ${list(dominant)}`;
    previousLeaned = dominant.length > 0;
    return clause;
  });
  return `${clauses.join('; ')}.`;
}

function sentimentSentence(outlets: OutletComparison[]): string {
  const means = outlets.map((o) => o.sentiment.mean);
  const lo = Math.min(...means);
  const hi = Math.max(...means);
  if (lo === hi) {
    const who = outlets.length === 2 ? 'Both outlets have' : 'All outlets have';
    return `${who} the same mean sentiment (${signed(lo, 2)}).`;
  }
  const d = digitsFor(lo, hi, signed);
  const names = (mean: number, atStart: boolean): string[] =>
    outlets.filter((o) => o.sentiment.mean === mean).map((o, i) => outletName(o, atStart && i === 0));
  const lowest = names(lo, true);
  const highest = names(hi, false);
  const lowWord = lo < 0 ? 'most negative' : 'least positive';
  const highWord = hi > 0 ? 'most positive' : 'least negative';
  const verb = lowest.length > 1 ? 'are' : 'is';
  return `${list(lowest)} ${verb} the ${lowWord} (mean ${signed(lo, d)}), ${list(highest)} the ${highWord} (${signed(hi, d)}).`;
}

function pairsSentence(comparison: Omit<Comparison, 'summary' | 'reuse'>, byName: Map<string, OutletComparison>): string {
  const { pairs, mostAlike, mostDifferent } = comparison;
  if (!mostAlike || !mostDifferent) return '';
  const both = (p: PairDistance, atStart: boolean): string =>
    `${outletName(byName.get(p.a)!, atStart)} and ${outletName(byName.get(p.b)!, false)}`;
  const plain = (v: number, d: number): string => v.toFixed(d);
  if (pairs.length === 1) {
    return `${both(mostAlike, true)} frame the story at a JS distance of ${plain(mostAlike.distance, 2)} (0 = the same mix of policy frames, 1 = none in common).`;
  }
  if (mostAlike.distance === mostDifferent.distance) {
    return `Every pair of outlets frames the story at the same JS distance (${plain(mostAlike.distance, 2)}).`;
  }
  const d = digitsFor(mostAlike.distance, mostDifferent.distance, plain);
  return `${both(mostAlike, true)} frame the story most alike (JS distance ${plain(mostAlike.distance, d)}); ${both(mostDifferent, false)} most differently (${plain(mostDifferent.distance, d)}).`;
}

function wordsSentence(outlets: OutletComparison[]): string {
  const parts = outlets
    .filter((o) => o.distinctive.length > 0)
    .map((o) => `${outletName(o, false)} — ${o.distinctive.slice(0, WORDS_PER_OUTLET).map((w) => quoted(w.word)).join(', ')}`);
  return parts.length ? `Words that set outlets apart: ${parts.join('; ')}.` : 'No word sets any outlet clearly apart.';
}

function singleOutlet(o: OutletComparison, labels: Map<string, string>): string {
  const n = o.articles.length;
  const dominant = o.dominant.policy.map((id) => labels.get(id) ?? id);
  const frames = dominant.length ? `It leans on ${list(dominant)}` : 'It has no dominant frame';
  return `Only ${outletName(o, false)} covers the story here (${n} article${n === 1 ? '' : 's'}), so there is nothing to compare it with. ${frames}; its mean sentiment is ${signed(o.sentiment.mean, 2)}.`;
}

/** One deterministic paragraph on how the outlets differ: frames, sentiment, distance, words. */
export function summarize(comparison: Omit<Comparison, 'summary' | 'reuse'>, frames: FrameInfo[]): string {
  const { outlets } = comparison;
  const labels = new Map(frames.map((f) => [f.id, f.label]));
  if (outlets.length === 0) return 'There are no articles to compare.';
  if (outlets.length === 1) return singleOutlet(outlets[0]!, labels);
  const byName = new Map(outlets.map((o) => [o.name, o]));
  return [framesSentence(outlets, labels), sentimentSentence(outlets), pairsSentence(comparison, byName), wordsSentence(outlets)]
    .filter(Boolean)
    .join(' ');
}
