// reports/index.html: the corpus across every story, rendered from corpus.json alone. The findings
// (only differences that pass the test), each outlet's frame presence over the corpus and its
// sentiment with intervals over stories, the other measures, outlets ranked per frame, who covered
// which story, the differences in full, the stories (and those left out, named) and the files to
// download. Wide tables scroll inside their own box and are capped, with the full data a link away.
import type { CorpusReport, PooledFigure } from '../../types.ts';
import { htmlDocument } from './document.ts';
import { escapeHtml } from './escape.ts';
import { renderStoryTable, safeStoryHref } from './story-table.ts';
import { fmtShare, fmtSigned, shareShade } from './format.ts';
import { FAMILIES, FAMILY_LABELS } from './frames.ts';
import { intervalChart } from './sentiment-chart.ts';
import { tableOfContents } from './table-of-contents.ts';
import { plural } from '../../prose.ts';
import { EXPORT_COLUMNS } from '../corpus-exports.ts';

const MAX_DIFFERENCE_ROWS = 100;

const CSV_FILES = Object.keys(EXPORT_COLUMNS);

type Outlet = CorpusReport['outlets'][number];

const figureOf = (o: Outlet, measure: string): PooledFigure | undefined => o.figures.find((f) => f.measure === measure);

/** How a measure's figures print. */
function formatter(unit: 'share' | 'score', measure: string): (v: number) => string {
  return unit === 'share' ? fmtShare : (v) => fmtSigned(v, measure === 'sentiment' ? 3 : 2);
}

/** A single article's figure its story gives no interval: nothing to draw, rather than a range of one value. */
const undrawn = (f: PooledFigure): boolean => f.over === 'articles' && f.articles === 1;

/** The figure's interval and what it resamples, as a cell's tooltip says it. */
function intervalNote(f: PooledFigure, fmt: (v: number) => string): string {
  if (undrawn(f)) return '1 article: no interval to draw';
  const range = `95% interval ${fmt(f.low)} to ${fmt(f.high)}`;
  if (f.over === 'stories') return `${range}; ${plural(f.articles, 'article')} in ${plural(f.stories, 'story', 'stories')}, interval over stories`;
  if (f.over === 'sentences' || f.over === 'quotes') return `${range}; 1 article, interval over its ${f.over}`;
  return `${range}; ${plural(f.articles, 'article')} in one story, interval over its articles`;
}

/** Measures × outlets that take part in a clear difference, for the ◆ marks. */
function clearSet(report: CorpusReport): Set<string> {
  return new Set(report.differences.flatMap((d) => [`${d.measure}\0${d.higher}`, `${d.measure}\0${d.lower}`]));
}

const MARK = '<span class="clear" title="part of a clear difference">◆</span>';

function filtersText(f: CorpusReport['filters']): string {
  const parts = [
    f.since && `published on or after ${f.since}`,
    f.until && `published on or before ${f.until}`,
    f.outlets.length ? `outlets ${f.outlets.join(', ')}` : '',
    f.stories.length ? `stories matching ${f.stories.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? `Filters: ${parts.join('; ')}.` : 'No filters: every story reported here, every article.';
}

function renderFindings(report: CorpusReport): string {
  return `<section id="findings"><h2>Findings</h2>
<ol class="findings">
${report.findings.map((f) => `<li>${escapeHtml(f)}</li>`).join('\n')}
</ol>
<p class="note">${escapeHtml(report.test.method)}</p></section>`;
}

function renderFrameTable(report: CorpusReport, outlets: readonly Outlet[], clear: Set<string>): string {
  const frames = report.measures.filter((m) => m.id.startsWith('frame:'));
  if (!frames.length || !outlets.length) return '<p class="muted">No frames were scored.</p>';
  const groups = FAMILIES.map((family) => ({ family, frames: frames.filter((m) => m.id.startsWith(`frame:${family}.`)) })).filter((g) => g.frames.length);
  const columns = groups.flatMap((g) => g.frames);
  const rows = outlets.map((o) => {
    const cells = columns.map((m) => {
      const f = figureOf(o, m.id);
      if (!f) return '<td class="num">–</td>';
      const title = `${o.name}, ${m.label}: present in ${fmtShare(f.value)} of ${plural(f.articles, 'article')} (${intervalNote(f, fmtShare)})`;
      const spoken = undrawn(f) ? 'no interval: one article' : `95% interval ${fmtShare(f.low)} to ${fmtShare(f.high)}`;
      return `<td class="num" style="${shareShade(f.value)}" title="${escapeHtml(title)}">${fmtShare(f.value)}<span class="vh"> (${spoken})</span>${clear.has(`${m.id}\0${o.name}`) ? MARK : ''}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(o.name)}</th>${cells.join('')}</tr>`;
  });
  return `<section id="frames"><h2>Frames across the corpus</h2>
<div class="scroll"><table class="heat">
<caption>Share of each outlet's articles, over all its stories, in which each frame is present (hover a cell for n and the 95% interval over stories). ◆ part of a clear difference.</caption>
<colgroup></colgroup>${groups.map((g) => `<colgroup span="${g.frames.length}"></colgroup>`).join('')}
<thead><tr><th scope="col" rowspan="2">Outlet</th>${groups.map((g) => `<th scope="colgroup" colspan="${g.frames.length}">${escapeHtml(FAMILY_LABELS[g.family])}</th>`).join('')}</tr>
<tr>${columns.map((m) => `<th scope="col" class="frame-name"><span>${escapeHtml(m.label)}</span></th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div></section>`;
}

function renderSentiment(outlets: readonly Outlet[]): string {
  const bars = outlets.flatMap((o) => {
    const f = figureOf(o, 'sentiment');
    return f ? [{ name: o.name, estimate: f.value, low: f.low, high: f.high, dashed: f.over !== 'stories' }] : [];
  });
  if (!bars.length) return '';
  const aria = `Pooled comparative sentiment per outlet with 95% intervals. ${bars.map((b) => `${b.name}: ${fmtSigned(b.estimate)} [${fmtSigned(b.low)}, ${fmtSigned(b.high)}]`).join('; ')}.`;
  return `<section id="sentiment"><h2>Sentiment across the corpus</h2>
<figure>
${intervalChart(bars, aria)}
<figcaption class="note">Bars: each outlet's comparative sentiment over all its articles; whiskers: 95% bootstrap interval over its stories (dashed: the outlet covered one story, and the interval is over that story's articles, or over the sentences of its one article). An outlet's figure also reflects which stories it covered: only the differences listed under Findings, tested within shared stories, are clear.</figcaption>
</figure></section>`;
}

function renderMeasures(report: CorpusReport, outlets: readonly Outlet[], clear: Set<string>): string {
  const measures = report.measures.filter((m) => m.tested && !m.id.startsWith('frame:'));
  if (!measures.length || !outlets.length) return '';
  const head = measures.map((m) => `<th scope="col" class="num">${escapeHtml(m.label)}</th>`).join('');
  const rows = outlets.map((o) => {
    const cells = measures.map((m) => {
      const f = figureOf(o, m.id);
      if (!f) return '<td class="num muted">–</td>';
      const fmt = formatter(m.unit, m.id);
      const title = `${o.name}, ${m.label}: ${fmt(f.value)} (${intervalNote(f, fmt)})`;
      const below = undrawn(f) ? 'no interval' : `${fmt(f.low)} to ${fmt(f.high)}`;
      return `<td class="num" title="${escapeHtml(title)}">${fmt(f.value)}${clear.has(`${m.id}\0${o.name}`) ? MARK : ''}<br><span class="muted">${below}</span></td>`;
    });
    return `<tr><th scope="row">${escapeHtml(o.name)}<br><span class="muted">${plural(o.articles, 'article')}, ${plural(o.stories, 'story', 'stories')}</span></th>${cells.join('')}</tr>`;
  });
  return `<section id="measures"><h2>Other measures</h2>
<div class="scroll"><table>
<caption>Each outlet's figure over all its articles, with the 95% interval below it (over stories; over articles for an outlet of one story; for an outlet of one article, over its sentences where its story gives that, over its quotes for the words voiced, else none). Stances are toward the actors the most stories name (corpus.json has every actor several stories name). ◆ part of a clear difference.</caption>
<thead><tr><th scope="col">Outlet</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div></section>`;
}

function renderRankings(report: CorpusReport): string {
  const rows = report.rankings
    .filter((r) => r.outlets.some((o) => o.value > 0))
    .map((r) => {
      const ranked = r.outlets.map((o, i) => `${i + 1}. ${escapeHtml(o.outlet)} ${fmtShare(o.value)}<span class="muted"> (${fmtShare(o.low)}–${fmtShare(o.high)}, n ${o.articles})</span>`);
      return `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${ranked.slice(0, 10).join('<br>')}${ranked.length > 10 ? `<br><span class="muted">and ${ranked.length - 10} more in corpus.json</span>` : ''}</td></tr>`;
    });
  if (!rows.length) return '';
  return `<section id="rankings"><h2>Outlets ranked per frame</h2>
<div class="scroll"><table>
<caption>Outlets with at least two articles, from the one carrying the frame in the largest share of its articles (frames no such outlet carries are left out); a rank is not a tested difference.</caption>
<thead><tr><th scope="col">Frame</th><th scope="col">Outlets</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div></section>`;
}

function renderCoverage(report: CorpusReport): string {
  const stories = report.stories.slice(0, report.settings.maxStoryColumns);
  const outlets = report.coverage.slice(0, report.settings.maxOutletRows);
  if (!outlets.length) return '';
  const cut = [
    report.coverage.length > outlets.length ? `${report.coverage.length - outlets.length} more outlets` : '',
    report.stories.length > stories.length ? `${report.stories.length - stories.length} more stories` : '',
  ].filter(Boolean);
  const rows = outlets.map((o) => {
    const cells = stories.map((s) => {
      const n = o.byStory[s.id] ?? 0;
      return `<td class="num${n ? '' : ' muted'}">${n || '·'}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(o.outlet)}</th><td class="num">${o.stories}</td><td class="num">${o.articles}</td>${cells.join('')}</tr>`;
  });
  return `<section id="coverage"><h2>Who covered what</h2>
<div class="scroll"><table class="coverage">
<caption>Articles of each outlet in each story${cut.length ? ` (${cut.join(' and ')} in corpus/articles.csv)` : ''}.</caption>
<thead><tr><th scope="col">Outlet</th><th scope="col" class="num">Stories</th><th scope="col" class="num">Articles</th>${stories.map((s) => `<th scope="col" class="frame-name" title="${escapeHtml(s.title)}"><span>${escapeHtml(s.id)}</span></th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div></section>`;
}

function renderDifferences(report: CorpusReport): string {
  if (!report.differences.length) return '';
  const unitOf = new Map(report.measures.map((m) => [m.id, m.unit]));
  const rows = report.differences.slice(0, MAX_DIFFERENCE_ROWS).map((d) => {
    const share = unitOf.get(d.measure) === 'share';
    const fmt = (v: number): string => (share ? `${fmtSigned(Math.round(v * 100), 0)} pts` : fmtSigned(v, d.measure === 'sentiment' ? 3 : 2));
    return `<tr><th scope="row">${escapeHtml(d.label)}</th><td>${escapeHtml(d.higher)}</td><td>${escapeHtml(d.lower)}</td><td class="num">${fmt(d.effect)}</td><td class="num">${fmt(d.low)} to ${fmt(d.high)}</td><td class="num">${d.stories}</td><td class="num">${d.n.higher} / ${d.n.lower}</td><td class="num">${d.pAdjusted}</td></tr>`;
  });
  return `<section id="differences"><h2>Clear differences</h2>
<div class="scroll"><table>
<caption>Every difference that passes the test (${plural(report.test.comparisons, 'comparison')}, Holm-corrected)${report.differences.length > MAX_DIFFERENCE_ROWS ? `; the first ${MAX_DIFFERENCE_ROWS}, corpus.json has all ${report.differences.length}` : ''}.</caption>
<thead><tr><th scope="col">Measure</th><th scope="col">Higher</th><th scope="col">Lower</th><th scope="col" class="num">Effect</th><th scope="col" class="num">95% interval</th><th scope="col" class="num">Shared stories</th><th scope="col" class="num">Articles</th><th scope="col" class="num">p (Holm)</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div></section>`;
}

/** A story left out, linked to its own page where it has one. */
function storyName(e: CorpusReport['excluded'][number]): string {
  const href = e.href === null ? null : safeStoryHref(e.href);
  return href === null ? `<strong>${escapeHtml(e.story)}</strong>` : `<a href="${escapeHtml(href)}"><strong>${escapeHtml(e.story)}</strong></a>`;
}

function renderStories(report: CorpusReport): string {
  const table = renderStoryTable(report.stories);
  const left = report.excluded.length
    ? `<h3>Left out</h3>
<ul class="excluded">
${report.excluded.map((e) => `<li>${storyName(e)} (${e.reason}): ${escapeHtml(e.detail)}</li>`).join('\n')}
</ul>`
    : '';
  const filtered = report.filteredArticles
    ? `<p class="note">${plural(report.filteredArticles, 'article')} of the stories above ${report.filteredArticles === 1 ? 'is' : 'are'} left out by the filters.</p>`
    : '';
  return `<section id="stories"><h2>Stories</h2>
${table}
${filtered}
${left}</section>`;
}

export function renderCorpusPage(report: CorpusReport): string {
  const outlets = report.outlets.slice(0, report.settings.maxOutletRows);
  const articles = report.coverage.reduce((n, o) => n + o.articles, 0);
  const clear = clearSet(report);
  const more =
    report.outlets.length > outlets.length
      ? `<p class="note">The tables show the ${report.settings.maxOutletRows} outlets with the most articles; corpus.json and corpus/outlets.csv hold all ${report.outlets.length}.</p>`
      : '';
  const downloads = `<section id="data"><h2>Data</h2>
<p>Tidy CSV files, one row per observation (columns in the README): ${CSV_FILES.map((f) => `<a href="corpus/${f}.csv">${f}.csv</a>`).join(', ')}; and <a href="corpus.json">corpus.json</a>, the source of this page.</p></section>`;
  const sections: Array<[id: string, label: string, html: string]> = [
    ['findings', 'Findings', renderFindings(report)],
    ['frames', 'Frames', renderFrameTable(report, outlets, clear)],
    ['sentiment', 'Sentiment', renderSentiment(outlets)],
    ['measures', 'Other measures', renderMeasures(report, outlets, clear)],
    ['rankings', 'Rankings', renderRankings(report)],
    ['coverage', 'Coverage', renderCoverage(report)],
    ['differences', 'Differences', renderDifferences(report)],
    ['stories', 'Stories', renderStories(report)],
    ['data', 'Data', downloads],
  ];
  const shown = sections.filter(([, , html]) => html.startsWith('<section'));
  const body = `<header>
<h1>Corpus</h1>
<p>${plural(report.stories.length, 'story', 'stories')}, ${plural(articles, 'article')}, ${plural(report.outlets.length, 'outlet')} of known name; each story's own page is linked under Stories. ${escapeHtml(filtersText(report.filters))}</p>
${tableOfContents(shown.map(([id, label]) => [id, label] as const))}
</header>
<main>
${more}
${sections.map(([, , html]) => html).join('\n')}
</main>`;
  return htmlDocument({ title: 'Corpus · framelens', generator: `framelens ${report.generator.version}`, body });
}
