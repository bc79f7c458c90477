// The story page: a pure function of report.json, so the HTML never says more than the JSON does.
import { errorCount } from '../../diagnostics.ts';
import type { StoryReport } from '../../types.ts';
import { renderActors } from './actors.ts';
import { renderArticle } from './article-view.ts';
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

function renderHeader(report: StoryReport): string {
  const errors = errorCount(report.diagnostics);
  const diagnostics = report.diagnostics.length
    ? `<a href="#diagnostics">${plural(report.diagnostics.length, 'diagnostic')}</a>${errors ? ` (${plural(errors, 'error')})` : ''}`
    : 'no diagnostics';
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
  return `<nav class="toc" aria-label="Sections"><ol>${links.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('')}</ol></nav>`;
}

const LEGEND = `<ul class="legend" aria-label="Highlight legend">
<li><mark class="pos">positive</mark> sentiment cue</li>
<li><mark class="neg">negative</mark> sentiment cue</li>
<li><mark class="frame">framing</mark> frame cue</li>
<li><mark class="neg frame multi">both</mark> text with several labels</li>
</ul>
<p class="note">Hover a highlight for the cue, its AFINN value → weight after modifiers, or the frame it cues.</p>`;

function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${title}</h2>
${body}
</section>`;
}

export function renderStoryPage(report: StoryReport): string {
  const { comparison } = report;
  const clear = clearDifferences(comparison.differences);
  const sections = [
    section('findings', 'Findings', renderFindings(report)),
    section('frames', 'Frames by outlet', renderFrameHeatmap(report.frames, comparison.outlets, clear)),
    section('sentiment', 'Sentiment by outlet', renderSentimentChart(comparison.outlets, clear)),
    section('pairwise', 'How the outlets compare', renderPairwise(comparison)),
    section('actors', 'Actors by outlet', renderActors(comparison.outlets, clear)),
    section('voices', 'Who gets a voice', renderVoices(comparison.outlets, clear)),
    section('claims', 'Claims: who reports what', renderClaims(comparison.claims, comparison.outlets, report.articles)),
    section('language', 'Loaded language, intensifiers and hedges', renderLanguage(comparison.outlets)),
    section('words', 'Distinctive words per outlet', renderDistinctiveWords(comparison.outlets)),
    section('reuse', 'Passages shared between articles', renderReuse(comparison.reuse, report.articles)),
    section(
      'articles',
      'Articles',
      [LEGEND, ...report.articles.map((a, i) => renderArticle(a, report.frames, i))].join('\n'),
    ),
  ];
  if (report.diagnostics.length) sections.push(section('diagnostics', 'Diagnostics', renderDiagnostics(report.diagnostics)));
  return htmlDocument({
    title: `${report.story.title} · framelens`,
    generator: `${report.generator.name} ${report.generator.version}`,
    body: [renderHeader(report), renderToc(report), ...sections].join('\n'),
  });
}
