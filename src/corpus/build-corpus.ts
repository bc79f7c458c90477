// The corpus report: every story's outlets pooled and compared across stories. Who covered what,
// each outlet's figure on every measure with an interval over its stories, outlets ranked per frame,
// and the differences that pass a test made within the stories both outlets covered and corrected
// by Holm over every pair of outlets and measure, said in words; every story left out, named.
import { compareNames } from '../text/compare-names.ts';
import { holmStaged, permutationBudget } from '../compare/differences.ts';
import { pValue } from '../compare/summary.ts';
import { shownDifferences } from '../measure.ts';
import type { CorpusRunSettings, UncertaintySettings } from '../settings/settings-schema.ts';
import { percent, plural, signed } from '../prose.ts';
import { articleWanted } from './filters.ts';
import { outletSpellings } from '../clean/outlet-names.ts';
import { corpusMeasures, pooledFigure, type CorpusMeasure } from './corpus-measures.ts';
import { sharedStories, testableWithin, withinStoriesEffect, withinStoriesP } from './within-stories.ts';
import { SCHEMA_VERSION, type CorpusDifference, type CorpusExclusion, type CorpusFilters, type CorpusReport, type KeptStory, type StoryDigest } from '../types.ts';

/** A story of the corpus: its digest and how its report links it. */
export interface CorpusStory {
  digest: StoryDigest;
  link: CorpusReport['stories'][number];
}

/**
 * One name per outlet however its stories spell it ("drudgereport" in one, "Drudge Report" in
 * another): the spelling most of its articles use, ties to the first in name order. Returns the
 * stories with their rows renamed (the same objects where nothing needs renaming).
 */
export function mergeSpellings(stories: readonly CorpusStory[]): CorpusStory[] {
  const rename = outletSpellings(stories.flatMap(({ digest }) => digest.articles.map((a) => a.outlet)));
  if (rename.size === 0) return [...stories];
  const renamed = <R extends { outlet: string }>(rows: readonly R[]): R[] => rows.map((r) => (rename.has(r.outlet) ? { ...r, outlet: rename.get(r.outlet)! } : r));
  return stories.map(({ digest, link }) => ({
    link,
    digest: {
      ...digest,
      articles: renamed(digest.articles).map((a) => (a.original_outlet !== null && rename.has(a.original_outlet) ? { ...a, original_outlet: rename.get(a.original_outlet)! } : a)),
      frameRows: renamed(digest.frameRows),
      actorRows: renamed(digest.actorRows),
      voiceRows: renamed(digest.voiceRows),
      claimRows: renamed(digest.claimRows),
    },
  }));
}

/** Coverage groups every article of an unknown outlet under one row: each is an outlet of its own otherwise. */
export const UNKNOWN_OUTLETS = 'unknown outlets';

function coverage(stories: readonly KeptStory[]): CorpusReport['coverage'] {
  const rows = new Map<string, Record<string, number>>();
  for (const { digest, kept } of stories) {
    digest.articles.forEach((a, i) => {
      if (!kept[i]) return;
      const outlet = digest.pooling[i]!.known ? a.outlet : UNKNOWN_OUTLETS;
      const byStory = rows.get(outlet) ?? {};
      byStory[digest.story.id] = (byStory[digest.story.id] ?? 0) + 1;
      rows.set(outlet, byStory);
    });
  }
  return [...rows]
    .map(([outlet, byStory]) => ({ outlet, articles: Object.values(byStory).reduce((s, n) => s + n, 0), stories: Object.keys(byStory).length, byStory }))
    .sort((a, b) => Number(a.outlet === UNKNOWN_OUTLETS) - Number(b.outlet === UNKNOWN_OUTLETS) || b.stories - a.stories || b.articles - a.articles || compareNames(a.outlet, b.outlet));
}

/** Outlets with pooled articles, most articles first. */
function pooledOutlets(measures: readonly CorpusMeasure[]): Array<{ name: string; articles: number; stories: number }> {
  const sentiment = measures.find((m) => m.id === 'sentiment');
  return [...(sentiment?.values ?? new Map<string, Map<string, number[]>>())]
    .map(([name, byStory]) => ({ name, articles: [...byStory.values()].reduce((n, v) => n + v.length, 0), stories: byStory.size }))
    .sort((a, b) => b.articles - a.articles || compareNames(a.name, b.name));
}

/** Every two of the `maxOutlets` largest outlets on every measure, within shared stories, Holm-corrected. */
function differences(measures: readonly CorpusMeasure[], outlets: readonly string[], settings: UncertaintySettings): Pick<CorpusReport, 'differences' | 'test'> {
  const tested = outlets.slice(0, settings.maxOutlets);
  const planned: Array<{ measure: CorpusMeasure; a: string; b: string; strata: ReturnType<typeof sharedStories> }> = [];
  let untested = 0;
  for (const measure of measures.filter((m) => m.tested)) {
    tested.forEach((a, i) => {
      for (const b of tested.slice(i + 1)) {
        const strata = sharedStories(measure.values.get(a) ?? new Map(), measure.values.get(b) ?? new Map());
        if (strata.length === 0) continue;
        const values = strata.flatMap((s) => [...s.a, ...s.b]);
        if (values.every((v) => v === values[0])) continue;
        if (testableWithin(strata, settings)) planned.push({ measure, a, b, strata });
        else untested++;
      }
    });
  }
  const budget = permutationBudget(planned.length, settings);
  const key = (c: (typeof planned)[number]): string => `corpus\0${c.measure.id}\0${c.a}\0${c.b}`;
  const { p, adjusted } = holmStaged(planned.length, (i, draws) => withinStoriesP(planned[i]!.strata, budget, settings, key(planned[i]!), draws), budget, settings);
  const found: CorpusDifference[] = [];
  planned.forEach((c, i) => {
    if (!(adjusted[i]! < settings.alpha)) return;
    // Effects and intervals only for what is claimed: the rest are never shown.
    const r = withinStoriesEffect(c.strata, settings, key(c));
    const aHigher = r.effect >= 0;
    found.push({
      measure: c.measure.id,
      label: c.measure.label,
      higher: aHigher ? c.a : c.b,
      lower: aHigher ? c.b : c.a,
      effect: Math.abs(r.effect),
      low: aHigher ? r.low : -r.high,
      high: aHigher ? r.high : -r.low,
      p: p[i]!,
      pAdjusted: adjusted[i]!,
      n: aHigher ? { higher: r.articles.a, lower: r.articles.b } : { higher: r.articles.b, lower: r.articles.a },
      stories: r.stories,
    });
  });
  found.sort((x, y) => x.pAdjusted - y.pAdjusted || y.effect - x.effect || compareNames(x.measure, y.measure) || compareNames(x.higher, y.higher));
  const capped = tested.length < outlets.length ? ` among the ${settings.maxOutlets} outlets with the most articles` : '';
  return {
    differences: found.map((d) => ({ ...d, p: Number(d.p.toPrecision(4)), pAdjusted: Number(d.pAdjusted.toPrecision(4)) })),
    test: {
      method:
        `Every two outlets${capped} on every measure, compared within the stories both covered: effect = mean of the per-story differences weighted by ka·kb/(ka + kb); ` +
        `two-sided permutation test relabelling articles within each story (normal approximation of its distribution from ${settings.normalFrom} articles a side, else random relabellings stopped early once chance is plain); ` +
        `Holm step-down correction over all comparisons; ${Math.round((1 - settings.alpha) * 100)}% percentile bootstrap interval of the effect over the shared stories (over the articles where they share one).`,
      comparisons: planned.length,
      untested,
      alpha: settings.alpha,
      seed: settings.seed,
      resamples: budget,
    },
  };
}

/** A difference in words, with its figures. */
function differenceSentence(d: CorpusDifference, unit: 'share' | 'score' | undefined, comparisons: number): string {
  const kind = d.measure.split(':')[0];
  const share = unit === 'share';
  const fmt = (v: number): string => (share ? `${signed(Math.round(v * 100), 0)} points` : signed(v, kind === 'sentiment' ? 3 : 2));
  const what =
    kind === 'frame'
      ? `carries the ${d.label} frame in more of its articles than`
      : kind === 'sentiment'
        ? 'is more positive than'
        : kind === 'stance'
          ? `portrays ${d.measure.slice('stance:'.length)} more positively than`
          : kind === 'quotedShare'
            ? 'quotes more of its text directly than'
            : `gives a larger share of its voiced words to ${d.label.replace(/^Words voiced by /, '')} than`;
  const within = `within the ${plural(d.stories, 'story', 'stories')} both covered`;
  return `${d.higher} ${what} ${d.lower}: ${fmt(d.effect)} ${within} (95% interval ${fmt(d.low)} to ${fmt(d.high)}; ${d.n.higher} and ${d.n.lower} articles; ${pValue(d.pAdjusted)} after Holm's correction over ${comparisons} comparisons).`;
}

function findings(report: Pick<CorpusReport, 'differences' | 'test' | 'outlets' | 'stories' | 'measures'>): string[] {
  const { differences: found, test, outlets, stories } = report;
  const unitOf = new Map(report.measures.map((m) => [m.id, m.unit]));
  if (outlets.length < 2) return [`The corpus has ${outlets.length === 1 ? 'one outlet' : 'no outlet'} of known name, so there is no difference between outlets to test.`];
  const across = `Across ${plural(stories.length, 'story', 'stories')}`;
  if (test.comparisons === 0) return [`${across}, no two outlets have enough articles in the same stories to be compared, so the articles show no clear difference between outlets.`];
  if (found.length === 0)
    return [`${across}, the articles show no clear difference between outlets (${plural(test.comparisons, 'comparison')} within shared stories, Holm-corrected at ${percent(test.alpha)}).`];
  const shown = shownDifferences(found);
  const more = found.length - shown.length;
  return [
    ...shown.map((d) => differenceSentence(d, unitOf.get(d.measure), test.comparisons)),
    ...(more ? [`${more} more differences pass the test; corpus.json lists all ${found.length} under differences.`] : []),
  ];
}

/**
 * The corpus report of `stories` (in index order) under `filters`, and which articles of each it
 * keeps; `excludedBefore`: stories already left out, and why.
 */
export function buildCorpus(
  stories: readonly CorpusStory[],
  filters: CorpusFilters,
  excludedBefore: readonly CorpusExclusion[],
  { uncertainty: settings, corpus }: CorpusRunSettings,
  version: string,
): { report: CorpusReport; kept: KeptStory[] } {
  const excluded = [...excludedBefore];
  let filteredArticles = 0;
  const kept: KeptStory[] = [];
  const linked: CorpusReport['stories'] = [];
  for (const { digest, link } of mergeSpellings(stories)) {
    const keep = digest.articles.map((a) => articleWanted(filters, a));
    const n = keep.filter(Boolean).length;
    filteredArticles += keep.length - n;
    if (digest.articles.length === 0) excluded.push({ story: digest.story.id, reason: 'failed', detail: 'no article of the story could be analyzed', href: link.href });
    else if (n === 0) excluded.push({ story: digest.story.id, reason: 'filtered', detail: `none of its ${plural(keep.length, 'article')} passes the date and outlet filters`, href: link.href });
    else {
      kept.push({ digest, kept: keep });
      linked.push(link);
    }
  }
  const frames = kept[0]?.digest.frames ?? [];
  const measures = corpusMeasures(kept, frames, corpus);
  const outlets = pooledOutlets(measures);
  const outletRows = outlets.map((o) => ({ ...o, figures: measures.flatMap((m) => pooledFigure(m, o.name, settings) ?? []) }));
  const rankings = measures
    .filter((m) => m.id.startsWith('frame:'))
    .map((m) => ({
      frame: m.id.slice('frame:'.length),
      label: m.label,
      outlets: outletRows
        .flatMap((o) =>
          o.figures.filter((f) => f.measure === m.id && f.articles >= settings.minArticles).map((f) => ({ outlet: o.name, value: f.value, low: f.low, high: f.high, articles: f.articles })),
        )
        .sort((a, b) => b.value - a.value || b.articles - a.articles || compareNames(a.outlet, b.outlet)),
    }));
  const tested = differences(
    measures,
    outlets.map((o) => o.name),
    settings,
  );
  const report: CorpusReport = {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'framelens', version },
    filters,
    settings: corpus,
    stories: linked,
    coverage: coverage(kept),
    measures: measures.map((m) => ({ id: m.id, label: m.label, unit: m.unit, tested: m.tested })),
    outlets: outletRows,
    rankings,
    ...tested,
    findings: [],
    excluded: excluded.sort((a, b) => compareNames(a.story, b.story)),
    filteredArticles,
  };
  report.findings = findings(report);
  return { report, kept };
}
