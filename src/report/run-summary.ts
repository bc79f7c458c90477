// reports/summary.md: what a run changed, for a CI log or a GitHub step summary. Each story's
// articles against the previous report (new, changed, removed by content hash), the largest score
// changes per outlet, the story's findings (the outlet differences that passed the test, or that
// none did), and the run's warnings and failures; then the corpus's findings across the stories.
import { errorCount } from '../diagnostics.ts';
import { percent, plural, signed } from '../prose.ts';
import type { ArticleEntry, CorpusReport, Diagnostic, FrameInfo, OutletComparison, StoryReport } from '../types.ts';
import { compareNames } from '../text/compare-names.ts';

type OutletFigures = Pick<OutletComparison, 'name' | 'presence'> & { sentiment: Pick<OutletComparison['sentiment'], 'mean'> };

/**
 * What the summary compares a story with: the previous report's article hashes and outlet figures.
 * A run keeps only these of it, not the whole report, which at thousands of articles is hundreds of
 * megabytes held through the comparison.
 */
export interface PriorReport {
  articles: ReadonlyArray<Pick<ArticleEntry, 'id' | 'sha256'>>;
  // A report written before presence existed has none.
  outlets: ReadonlyArray<Omit<OutletFigures, 'presence'> & Partial<Pick<OutletFigures, 'presence'>>>;
}

export const priorOf = (report: StoryReport): PriorReport & { outlets: readonly OutletFigures[] } => ({
  articles: report.articles.map(({ id, sha256 }) => ({ id, sha256 })),
  outlets: report.comparison.outlets.map(({ name, sentiment, presence }) => ({ name, sentiment: { mean: sentiment.mean }, presence })),
});

/**
 * What the summary reads of a story's new report: the parts it compares with the previous one, and
 * the story's head, frames, findings and diagnostics. A run of many stories keeps this of each until
 * summary.md is written, not the whole report (about 170 MB parsed at 5,000 articles).
 */
export interface SummaryView extends PriorReport {
  // A new report always has presence shares.
  outlets: readonly OutletFigures[];
  story: Pick<StoryReport['story'], 'id' | 'title'>;
  frames: ReadonlyArray<Pick<FrameInfo, 'id' | 'label'>>;
  findings: readonly string[];
  diagnostics: readonly Diagnostic[];
}

export const summaryViewOf = (report: StoryReport): SummaryView => ({
  ...priorOf(report),
  story: { id: report.story.id, title: report.story.title },
  frames: report.frames.map(({ id, label }) => ({ id, label })),
  findings: report.comparison.findings,
  diagnostics: report.diagnostics,
});

export interface StoryRun {
  previous: PriorReport | null;
  current: SummaryView;
  /** Inputs unchanged since the last run: nothing was analyzed or rendered. */
  unchanged: boolean;
}

const WARNINGS_SHOWN = 20;
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function articleChanges(previous: PriorReport | null, current: SummaryView): { added: string[]; changed: string[]; removed: string[] } {
  const before = new Map((previous?.articles ?? []).map((a) => [a.id, a.sha256]));
  const now = new Map(current.articles.map((a) => [a.id, a.sha256]));
  return {
    added: [...now.keys()].filter((id) => !before.has(id)),
    changed: [...now].filter(([id, sha]) => before.has(id) && before.get(id) !== sha).map(([id]) => id),
    removed: [...before.keys()].filter((id) => !now.has(id)),
  };
}

/** Per outlet present in both reports: the sentiment change and the frame whose presence share moved most. */
function scoreChanges(previous: PriorReport, current: SummaryView): string[] {
  const before = new Map(previous.outlets.map((o) => [o.name, o]));
  const labels = new Map(current.frames.map((f) => [f.id, f.label]));
  return current.outlets.flatMap((o) => {
    const p = before.get(o.name);
    if (!p) return [];
    const sentiment = o.sentiment.mean - p.sentiment.mean;
    // A report written before presence existed has none: its shares count as 0.
    const [was, now] = [p.presence ?? {}, o.presence];
    const frames = [...new Set([...Object.keys(now), ...Object.keys(was)])]
      .map((id) => ({ id, from: was[id]?.estimate ?? 0, to: now[id]?.estimate ?? 0 }))
      .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || compareNames(a.id, b.id));
    const frame = frames[0];
    if (Math.abs(sentiment) < 1e-9 && (!frame || frame.to === frame.from)) return [];
    const frameText = frame && frame.to !== frame.from ? `; ${labels.get(frame.id) ?? frame.id} ${percent(frame.from)} → ${percent(frame.to)}` : '';
    return [`| ${cell(o.name)} | ${signed(p.sentiment.mean, 3)} → ${signed(o.sentiment.mean, 3)} (${signed(sentiment, 3)})${frameText} |`];
  });
}

function diagnosticsOf(report: Pick<SummaryView, 'diagnostics'>): string[] {
  const line = (d: Diagnostic): string => `- ${d.level}: \`${cell(d.file)}\`: ${cell(d.message)}`;
  const errors = report.diagnostics.filter((d) => d.level === 'error');
  const warnings = report.diagnostics.filter((d) => d.level === 'warning');
  const more = warnings.length > WARNINGS_SHOWN ? [`- … and ${warnings.length - WARNINGS_SHOWN} more warnings (see report.json)`] : [];
  return [...errors.map(line), ...warnings.slice(0, WARNINGS_SHOWN).map(line), ...more];
}

function storySection({ previous, current, unchanged }: StoryRun): string {
  const errors = errorCount(current.diagnostics);
  const warnings = current.diagnostics.length - errors;
  const head = `## ${cell(current.story.title)} (\`${current.story.id}\`)\n\n${plural(current.articles.length, 'article')} from ${plural(current.outlets.length, 'outlet')}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
  if (unchanged) return `${head} Unchanged since the last run: nothing analyzed.\n`;
  const { added, changed, removed } = articleChanges(previous, current);
  const list = (label: string, ids: string[]): string => (ids.length ? `- ${label}: ${ids.map((id) => `\`${cell(id)}\``).join(', ')}\n` : '');
  const articles = previous === null ? '- first report of this story\n' : list('new', added) + list('changed', changed) + list('removed', removed) || '- no article changed\n';
  const scores = previous ? scoreChanges(previous, current) : [];
  const table = scores.length ? `\n| outlet | mean sentiment; frame that moved most |\n|---|---|\n${scores.join('\n')}\n` : '';
  const findings = current.findings.length ? `\nFindings:\n\n${current.findings.map((f) => `- ${cell(f)}`).join('\n')}\n` : '';
  const problems = diagnosticsOf(current);
  return `${head}\n\n${articles}${table}${findings}${problems.length ? `\n${problems.join('\n')}\n` : ''}`;
}

/** The corpus across every story reported: its size, filters, findings and the stories left out. */
function corpusSection(corpus: CorpusReport): string {
  const articles = corpus.coverage.reduce((n, c) => n + c.articles, 0);
  const left = corpus.excluded.map((e) => `- left out: \`${cell(e.story)}\` (${e.reason}): ${cell(e.detail)}`);
  return `## Corpus\n\n${plural(corpus.stories.length, 'story', 'stories')}, ${plural(articles, 'article')}, ${plural(corpus.outlets.length, 'outlet')} of known name (reports/index.html, reports/corpus.json, reports/corpus/*.csv).\n\nFindings:\n\n${corpus.findings.map((f) => `- ${cell(f)}`).join('\n')}\n${left.length ? `\n${left.join('\n')}\n` : ''}`;
}

export function runSummary(stories: readonly StoryRun[], corpus?: CorpusReport): string {
  const unchanged = stories.filter((s) => s.unchanged).length;
  const head = `# framelens run\n\n${plural(stories.length, 'story', 'stories')}; ${stories.length - unchanged} analyzed, ${unchanged} unchanged.\n`;
  return [head, ...stories.map(storySection), ...(corpus ? [corpusSection(corpus)] : [])].join('\n');
}
