// The comparison in words: findings, each an outlet difference that passed the test with its figures
// (effect, 95% interval, corrected p, articles per side), or the one finding that there is none and
// why; and a short summary giving the context (articles, outlets, the story's core claims).
// Nothing is named as a difference unless it is in `comparison.differences`. Built only from the
// comparison and the frame list, with fixed-decimal formatting, so the same report reads the same
// on every machine.
import { percent, plural, signed } from '../prose.ts';
import { parseMeasure, shownDifferences, type Measure } from '../measure.ts';
import type { Comparison, Difference, FrameInfo, Interval, OutletComparison } from '../types.ts';

/** The outlet's own figure behind a measure, with its interval; undefined when the outlet has none. */
export function outletInterval(outlet: OutletComparison, measure: Measure): Interval | undefined {
  switch (measure.kind) {
    case 'sentiment':
      return outlet.sentimentInterval;
    case 'quotedShare':
      return outlet.quotedShareInterval;
    case 'frame':
      return outlet.presence[measure.frame];
    case 'stance':
      return outlet.actors.find((a) => a.name === measure.actor)?.stance;
    case 'other':
      return undefined;
  }
}

function list(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A known outlet by name; an unknown one by its file, since "unknown (a.txt)" is not a name. */
function outletName(o: OutletComparison, atStart: boolean): string {
  if (o.known) return o.name;
  const file = /^unknown \((.+)\)$/.exec(o.name)?.[1] ?? o.articles.join(', ');
  return `${atStart ? 'An' : 'an'} article of unknown outlet (${file})`;
}

/** A p value to two significant digits (0.049 is not rounded up to the 0.05 it is tested against); "< 0.001" below that. */
export function pValue(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${String(Number(p.toPrecision(2)))}`;
}

/** The correction's name as the test records it. */
function correction(method: string): string {
  if (/holm/i.test(method)) return 'Holm';
  if (/benjamini|hochberg/i.test(method)) return 'Benjamini–Hochberg';
  return 'correction';
}

/** A measure's unit: how its figures print, and how its effects print (with `points` after them for shares). */
interface Unit {
  value: (v: number) => string;
  effect: (v: number) => string;
  points: string;
}

const COMPARATIVE: Unit = { value: (v) => signed(v, 3), effect: (v) => signed(v, 3), points: '' };
const SCORE: Unit = { value: (v) => signed(v, 2), effect: (v) => signed(v, 2), points: '' };
const SHARE: Unit = { value: percent, effect: (v) => signed(Math.round(v * 100), 0), points: ' points' };

function unitOf(measure: Measure): Unit {
  if (measure.kind === 'sentiment') return COMPARATIVE;
  if (measure.kind === 'frame' || measure.kind === 'quotedShare') return SHARE;
  return SCORE;
}

/** A frame's label, with its family where another frame has the same label (policy and generic "Economic"). */
function frameName(frames: readonly FrameInfo[], id: string): string {
  const frame = frames.find((f) => f.id === id);
  if (!frame) return id;
  return frames.some((f) => f !== frame && f.label === frame.label) ? `${frame.label} (${frame.family})` : frame.label;
}

interface Side {
  name: (atStart: boolean) => string;
  interval: Interval | undefined;
}

function side(name: string, byName: ReadonlyMap<string, OutletComparison>, measure: Measure): Side {
  const o = byName.get(name);
  return { name: (atStart) => (o ? outletName(o, atStart) : name), interval: o ? outletInterval(o, measure) : undefined };
}

/** How many articles each side's figures rest on (the test compares article values). */
function articlesText([a, b]: [number, number]): string {
  return a === b ? `${plural(a, 'article')} each` : `${a} vs ${b} articles`;
}

/**
 * One difference in words. The sentence is told from the side that makes it read naturally ("X is
 * more negative than Y" when the lower side is negative), so the effect and interval are turned
 * round with it: they always read as first-named minus second-named.
 */
function differenceFinding(d: Difference, comparison: Pick<Comparison, 'outlets' | 'test'>, frames: readonly FrameInfo[]): string {
  const measure = parseMeasure(d.measure);
  const unit = unitOf(measure);
  const byName = new Map(comparison.outlets.map((o) => [o.name, o]));
  const higher = side(d.higher, byName, measure);
  const lower = side(d.lower, byName, measure);
  const lowerNegative = (lower.interval?.estimate ?? 0) < 0;
  const fromLower = (measure.kind === 'sentiment' || measure.kind === 'stance') && lowerNegative;
  const [first, second] = fromLower ? [lower, higher] : [higher, lower];
  const [e, lo, hi]: [number, number, number] = fromLower ? [-d.effect, -d.high, -d.low] : [d.effect, d.low, d.high];
  const A = first.name(true);
  const B = second.name(false);
  let claim: string;
  let unitWord = '';
  switch (measure.kind) {
    case 'sentiment':
      claim = `${A} is more ${fromLower ? 'negative' : 'positive'} than ${B}`;
      unitWord = ' comparative sentiment';
      break;
    case 'stance':
      claim = `${A} portrays ${measure.actor} more ${fromLower ? 'negatively' : 'positively'} than ${B}`;
      unitWord = ' mean stance';
      break;
    case 'frame':
      claim = `${A} carries the ${frameName(frames, measure.frame)} frame in more of its articles than ${B}`;
      unitWord = ' of articles';
      break;
    case 'quotedShare':
      claim = `${A} quotes more than ${B}`;
      unitWord = ' of the text in direct quotation';
      break;
    case 'other':
      claim = `${A} scores higher than ${B} on ${d.label}`;
      break;
  }
  const figures = first.interval && second.interval ? `: ${unit.value(first.interval.estimate)} vs ${unit.value(second.interval.estimate)}${unitWord}` : '';
  const test = `${pValue(d.pAdjusted)} after ${correction(comparison.test.method)} over ${plural(comparison.test.comparisons, 'comparison')}`;
  return `${claim}${figures} (difference ${unit.effect(e)}${unit.points}, 95% CI ${unit.effect(lo)} to ${unit.effect(hi)}${unit.points}; ${test}; ${articlesText(fromLower ? [d.n.lower, d.n.higher] : [d.n.higher, d.n.lower])}).`;
}

/** Why nothing passed: most often there are too few articles per outlet to tell anything from chance. */
function whyNone(outlets: readonly OutletComparison[]): string {
  const singles = outlets.filter((o) => o.articles.length === 1).length;
  const one = "one article cannot tell an outlet's way of reporting from chance.";
  if (singles === outlets.length) return ` Every outlet has a single article: ${one}`;
  if (singles * 2 > outlets.length) return ` ${singles} of the ${outlets.length} outlets have a single article: ${one}`;
  const articles = outlets.reduce((n, o) => n + o.articles.length, 0);
  return ` With ${plural(articles, 'article')} over ${outlets.length} outlets the intervals are wide and overlap.`;
}

function noDifference(comparison: Pick<Comparison, 'outlets' | 'test'>): string {
  const { outlets, test } = comparison;
  const tested = test.comparisons
    ? ` None of the ${plural(test.comparisons, 'comparison')} of sentiment, frame presence, actor stance and quotation between outlets passes the test (p < ${test.alpha} after ${correction(test.method)}).`
    : '';
  const untested = test.untested
    ? ` ${test.comparisons ? `${test.untested} more` : plural(test.untested, 'comparison')} could not be tested: a side has too few articles to reach p < ${test.alpha}.`
    : '';
  return `The articles show no clear difference between outlets.${tested}${untested}${whyNone(outlets)}`;
}

/** The findings: one per tested difference (the first MAX_FINDINGS), or one saying there is none and why. */
export function findingsOf(comparison: Pick<Comparison, 'outlets' | 'differences' | 'test'>, frames: readonly FrameInfo[]): string[] {
  const { outlets, differences } = comparison;
  if (outlets.length === 0) return ['There are no articles to compare.'];
  if (outlets.length === 1) return [`Only ${outletName(outlets[0]!, false)} covers the story here, so there is no difference between outlets to test.`];
  if (!differences.length) return [noDifference(comparison)];
  const shown = shownDifferences(differences);
  const rest = differences.length - shown.length;
  const more = rest ? [`${rest} more differences pass the test; report.json lists all ${differences.length} under comparison.differences.`] : [];
  return [...shown.map((d) => differenceFinding(d, comparison, frames)), ...more];
}

// A sentence names at most this many outlets or articles; past that, the ones with the most, and a
// count of the rest, so a story of hundreds of outlets still reads in a few lines.
const NAMED_MAX = 5;

/** The items a sentence names, all of them in their order or past NAMED_MAX the ones counting most (stable on ties), and the rest. */
function namedFew<T>(items: readonly T[], count: (item: T) => number): { shown: T[]; rest: T[] } {
  if (items.length <= NAMED_MAX) return { shown: [...items], rest: [] };
  const ranked = [...items].sort((a, b) => count(b) - count(a));
  return { shown: ranked.slice(0, NAMED_MAX), rest: ranked.slice(NAMED_MAX) };
}

function claimsSentence(comparison: Pick<Comparison, 'outlets' | 'claims'>, byName: ReadonlyMap<string, OutletComparison>): string {
  const { claims } = comparison;
  const core = claims.core.length;
  if (claims.claims.length === 0) return '';
  if (core === 0) return ' No claim is made by at least half of the outlets.';
  const omitting = claims.outlets.filter((o) => o.omits.length > 0);
  const named = (name: string, atStart: boolean): string => {
    const o = byName.get(name);
    return o ? outletName(o, atStart) : name;
  };
  const { shown, rest: unnamed } = namedFew(omitting, (o) => o.omits.length);
  const others = unnamed.length;
  const fewest = shown.at(-1)?.omits.length ?? 0;
  const rest = others ? `; ${plural(others, 'other outlet')} ${others === 1 ? 'leaves' : 'leave'} out ${fewest === 1 ? '1' : `at most ${fewest}`}${others === 1 ? '' : ' each'}` : '';
  const omits = omitting.length ? ` ${list(shown.map((o, i) => `${named(o.name, i === 0)} leaves out ${o.omits.length}`))}${rest}.` : ' Every outlet makes all of them.';
  return ` ${core} ${core === 1 ? 'claim is' : 'claims are'} made by at least half of the outlets, the story's core.${omits}`;
}

function repostSentence(outlets: readonly OutletComparison[]): string {
  const reprinted = outlets.filter((o) => o.reposts.length);
  const { shown, rest: others } = namedFew(reprinted, (o) => o.reposts.length);
  const parts = shown.map((o) => {
    const n = o.reposts.length;
    const files = n > NAMED_MAX ? [...o.reposts.slice(0, NAMED_MAX), plural(n - NAMED_MAX, 'more article')] : o.reposts;
    return `${list(files)} ${n === 1 ? 'reprints' : 'reprint'} ${outletName(o, false)} and ${n === 1 ? 'is' : 'are'} counted as it`;
  });
  if (others.length) {
    const n = others.reduce((sum, o) => sum + o.reposts.length, 0);
    parts.push(`${plural(n, 'more article')} ${n === 1 ? 'reprints' : 'reprint'} ${plural(others.length, 'other outlet')}`);
  }
  return parts.length ? ` ${parts.join('; ')}.` : '';
}

function testSentence(comparison: Pick<Comparison, 'differences' | 'test'>): string {
  const { differences, test } = comparison;
  if (!differences.length) return ' No difference between outlets passes the test.';
  const verb = differences.length === 1 ? 'passes' : 'pass';
  return ` ${plural(differences.length, 'difference')} between outlets ${verb} the test (${correction(test.method)} over ${plural(test.comparisons, 'comparison')}); the findings give ${differences.length === 1 ? 'it with its' : 'them with their'} figures.`;
}

function singleOutlet(o: OutletComparison, frameList: readonly FrameInfo[]): string {
  const n = o.articles.length;
  const most = o.dominant.policy.map((id) => frameName(frameList, id));
  const frames = most.length ? `The policy frames present in most of its articles: ${list(most)}` : 'No policy frame is present in most of its articles';
  return `Only ${outletName(o, false)} covers the story here (${plural(n, 'article')}), so there is nothing to compare it with. ${frames}; its mean sentiment is ${signed(o.sentiment.mean, 2)}.`;
}

/** A few sentences of context: how many articles and outlets, the core claims, reposts, how many differences passed. */
export function summarize(comparison: Pick<Comparison, 'outlets' | 'claims' | 'differences' | 'test'>, frames: readonly FrameInfo[]): string {
  const { outlets } = comparison;
  if (outlets.length === 0) return 'There are no articles to compare.';
  if (outlets.length === 1) return singleOutlet(outlets[0]!, frames);
  const byName = new Map(outlets.map((o) => [o.name, o]));
  const articles = outlets.reduce((n, o) => n + o.articles.length, 0);
  const singles = outlets.filter((o) => o.articles.length === 1).length;
  const single = singles === outlets.length ? ', one article each' : singles ? ` (${singles} of them with a single article)` : '';
  return `${plural(articles, 'article')} from ${outlets.length} outlets${single}.${claimsSentence(comparison, byName)}${repostSentence(outlets)}${testSentence(comparison)}`;
}
