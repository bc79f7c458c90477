// The comparison in one paragraph of plain English: frames, sentiment, distance, words, who is
// quoted, the actor outlets judge most differently, the claims they share or leave out, reposts.
// Built only from the comparison itself and the frame list, so the same report always reads the same.
import { percent, plural, signed } from '../prose.ts';
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

function pairsSentence(comparison: Omit<Comparison, 'summary'>, byName: Map<string, OutletComparison>): string {
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

const SPEAKERS_NAMED = 2;

/** Who each outlet quotes most (people first: they are who readers look for), and how much of its text is quotation. */
function voicesSentence(outlets: OutletComparison[]): string {
  const parts = outlets.flatMap((o) => {
    const people = o.voices.speakers.filter((s) => s.words > 0);
    const named = [...people.filter((s) => /\s/.test(s.name) && s.category !== 'media'), ...people].filter((s, i, all) => all.indexOf(s) === i);
    return named.length ? [`${outletName(o, false)} — ${list(named.slice(0, SPEAKERS_NAMED).map((s) => s.name))}`] : [];
  });
  if (!parts.length) return '';
  const shares = outlets.map((o) => o.voices.quotedShare);
  const hi = outlets[shares.indexOf(Math.max(...shares))]!;
  const lo = outlets[shares.indexOf(Math.min(...shares))]!;
  const pct = (o: OutletComparison): string => percent(o.voices.quotedShare);
  const extremes = hi === lo ? '' : ` Quotation makes up ${pct(hi)} of ${outletName(hi, false)}'s text and ${pct(lo)} of ${outletName(lo, false)}'s.`;
  return `Quoted most: ${parts.join('; ')}.${extremes}`;
}

/** The actor that outlets judge most differently, among those at least two outlets score twice or more. */
function actorSentence(outlets: OutletComparison[]): string {
  const scores = new Map<string, Array<{ outlet: OutletComparison; mean: number }>>();
  for (const o of outlets) {
    for (const a of o.actors) {
      if (a.sentiment.n >= 2) scores.set(a.name, [...(scores.get(a.name) ?? []), { outlet: o, mean: a.sentiment.mean }]);
    }
  }
  let best: { name: string; lo: { outlet: OutletComparison; mean: number }; hi: { outlet: OutletComparison; mean: number } } | null = null;
  for (const [name, list] of scores) {
    if (list.length < 2) continue;
    const lo = list.reduce((a, b) => (b.mean < a.mean ? b : a));
    const hi = list.reduce((a, b) => (b.mean > a.mean ? b : a));
    if (!best || hi.mean - lo.mean > best.hi.mean - best.lo.mean) best = { name, lo, hi };
  }
  if (!best || best.hi.mean === best.lo.mean) return '';
  return `Outlets judge ${best.name} most differently: mean sentiment toward it is ${signed(best.lo.mean, 2)} in ${outletName(best.lo.outlet, false)} and ${signed(best.hi.mean, 2)} in ${outletName(best.hi.outlet, false)}.`;
}

function claimsSentence(comparison: Omit<Comparison, 'summary'>): string {
  const { claims, outlets } = comparison;
  const byName = new Map(outlets.map((o) => [o.name, o]));
  const core = claims.core.length;
  if (claims.claims.length === 0) return '';
  if (core === 0) return 'No claim is made by at least half of the outlets.';
  const omitting = claims.outlets.filter((o) => o.omits.length > 0);
  const omits = omitting.length
    ? ` ${list(omitting.map((o, i) => `${outletName(byName.get(o.name)!, i === 0)} leaves out ${o.omits.length}`))}.`
    : ' Every outlet makes all of them.';
  const own = claims.outlets.reduce((a, b) => (b.only.length > a.only.length ? b : a));
  const alone = own.only.length ? ` ${outletName(byName.get(own.name)!, true)} makes the most claims no other outlet makes (${own.only.length}).` : '';
  return `${core} ${core === 1 ? 'claim is' : 'claims are'} made by at least half of the outlets, the story's core.${omits}${alone}`;
}

function repostSentence(outlets: OutletComparison[]): string {
  const parts = outlets.filter((o) => o.reposts.length).map((o) => `${list(o.reposts)} ${o.reposts.length === 1 ? 'reprints' : 'reprint'} ${outletName(o, false)} and ${o.reposts.length === 1 ? 'is' : 'are'} counted as it`);
  return parts.length ? `${parts.join('; ')}.` : '';
}

function singleOutlet(o: OutletComparison, labels: Map<string, string>): string {
  const n = o.articles.length;
  const dominant = o.dominant.policy.map((id) => labels.get(id) ?? id);
  const frames = dominant.length ? `It leans on ${list(dominant)}` : 'It has no dominant frame';
  return `Only ${outletName(o, false)} covers the story here (${plural(n, 'article')}), so there is nothing to compare it with. ${frames}; its mean sentiment is ${signed(o.sentiment.mean, 2)}.`;
}

/** One deterministic paragraph on how the outlets differ. */
export function summarize(comparison: Omit<Comparison, 'summary'>, frames: FrameInfo[]): string {
  const { outlets } = comparison;
  const labels = new Map(frames.map((f) => [f.id, f.label]));
  if (outlets.length === 0) return 'There are no articles to compare.';
  if (outlets.length === 1) return singleOutlet(outlets[0]!, labels);
  const byName = new Map(outlets.map((o) => [o.name, o]));
  return [
    framesSentence(outlets, labels),
    sentimentSentence(outlets),
    pairsSentence(comparison, byName),
    actorSentence(outlets),
    voicesSentence(outlets),
    claimsSentence(comparison),
    repostSentence(outlets),
    wordsSentence(outlets),
  ]
    .filter(Boolean)
    .join(' ');
}
