// The story page: a pure function of report.json, so the HTML never says more than the JSON does.
import { errorCount } from '../../diagnostics.ts';
import type { StoryReport } from '../../types.ts';
import { renderActors } from './actors.ts';
import { ARTICLE_LIST_SCRIPT, renderArticleList } from './article-list.ts';
import { largestOutlets, shownNote } from './display.ts';
import { renderClaims } from './claims.ts';
import { clearDifferences } from './clear-differences.ts';
import { renderDiagnostics } from './diagnostics.ts';
import { renderDistinctiveWords } from './distinctive-words.ts';
import { htmlDocument } from './document.ts';
import { escapeHtml } from './escape.ts';
import { plural } from '../../prose.ts';
import { renderFindings } from './findings.ts';
import { renderFrameHeatmap } from './heatmap.ts';
import { renderLanguage } from './language.ts';
import { renderPairwise } from './pairwise.ts';
import { renderReuse } from './reuse.ts';
import { renderSentimentChart } from './sentiment-chart.ts';
import { renderVoices } from './voices.ts';
import { tableOfContents } from './table-of-contents.ts';

function renderHeader(report: StoryReport): string {
  const errors = errorCount(report.diagnostics);
  const diagnostics = report.diagnostics.length ? `<a href="#diagnostics">${plural(report.diagnostics.length, 'diagnostic')}</a>${errors ? ` (${plural(errors, 'error')})` : ''}` : 'no diagnostics';
  const generated = report.story.generatedAt ? `<li>generated ${escapeHtml(report.story.generatedAt)}</li>` : '';
  return `<header>
<p class="muted">framelens story report · ${escapeHtml(report.story.id)}</p>
<h1>${escapeHtml(report.story.title)}</h1>
<ul class="stats">
<li><strong>${plural(report.articles.length, 'article')}</strong></li>
<li><strong>${plural(report.comparison.outlets.length, 'outlet')}</strong></li>
<li>${diagnostics}</li>
${generated}</ul>
</header>`;
}

function renderToc(report: StoryReport): string {
  const links: Array<[string, string]> = [
    ['findings', 'Findings'],
    ['frames', 'Frames'],
    ['sentiment', 'Sentiment'],
    ['pairwise', 'Pairwise'],
    ['actors', 'Actors'],
    ['voices', 'Voices'],
    ['claims', 'Claims'],
    ['language', 'Loaded language'],
    ['words', 'Distinctive words'],
    ['reuse', 'Reuse'],
    ['articles', 'Articles'],
  ];
  if (report.diagnostics.length) links.push(['diagnostics', 'Diagnostics']);
  return tableOfContents(links);
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
${body}
</section>`;
}

export function renderStoryPage(report: StoryReport): string {
  const { comparison } = report;
  const clear = clearDifferences(comparison.differences);
  // Per-outlet sections show the largest outlets only, each with the same note.
  const outlets = largestOutlets(comparison.outlets);
  const note = shownNote(outlets.length, comparison.outlets.length, 'outlet', 'the outlets with the most articles:');
  const perOutlet = (html: string): string => `${note}${note ? '\n' : ''}${html}`;
  const sections = [
    section('findings', 'Findings', renderFindings(report)),
    section('frames', 'Frames by outlet', perOutlet(renderFrameHeatmap(report.frames, outlets, clear))),
    section('sentiment', 'Sentiment by outlet', perOutlet(renderSentimentChart(outlets, clear))),
    section('pairwise', 'How the outlets compare', renderPairwise(comparison)),
    section('actors', 'Actors by outlet', perOutlet(renderActors(outlets, clear))),
    section('voices', 'Who gets a voice', perOutlet(renderVoices(outlets, clear))),
    section('claims', 'Claims: who reports what', renderClaims(comparison.claims, outlets, comparison.outlets.length, report.articles, report.settings.claimsCoreShare)),
    section('language', 'Loaded language, intensifiers and hedges', perOutlet(renderLanguage(outlets, report.settings.languageSources))),
    section('words', 'Distinctive words per outlet', perOutlet(renderDistinctiveWords(outlets))),
    section('reuse', 'Passages shared between articles', renderReuse(comparison.reuse, report.articles, report.settings.reuseMinWords)),
    section('articles', 'Articles', renderArticleList(report.articles, report.frames)),
  ];
  if (report.diagnostics.length) sections.push(section('diagnostics', 'Diagnostics', renderDiagnostics(report.diagnostics)));
  return htmlDocument({
    title: `${report.story.title} · framelens`,
    generator: `${report.generator.name} ${report.generator.version}`,
    body: [renderHeader(report), renderToc(report), ...sections].join('\n'),
    script: ARTICLE_LIST_SCRIPT,
  });
}
