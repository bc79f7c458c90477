// The top of the page: the findings (each a difference that passed the test, or the one saying there
// is none), each with links to its evidence: the section that charts the measure and the articles
// of both outlets (for a frame, straight to the frame's presence in each article); then the context
// summary and how the test was run.
import { parseMeasure, shownDifferences } from '../../measure.ts';
import type { Comparison, Difference, FrameInfo, StoryReport } from '../../types.ts';
import { ARTICLE_SECTION, articlesById, findingAnchor, framePresenceAnchor, pageHref } from './anchors.ts';
import { escapeHtml } from './escape.ts';
import { plural } from '../../prose.ts';

/** The page section that charts a measure, with its heading. */
function measureSection(measure: string): [string, string] {
  switch (parseMeasure(measure).kind) {
    case 'sentiment':
      return ['sentiment', 'sentiment by outlet'];
    case 'frame':
      return ['frames', 'frames by outlet'];
    case 'stance':
      return ['actors', 'actors by outlet'];
    case 'quotedShare':
      return ['voices', 'who gets a voice'];
    case 'other':
      return ['findings', 'findings'];
  }
}

// An outlet of many articles links the first few; the article list has them all.
const LINKED_ARTICLES = 10;

type ArticlesById = ReturnType<typeof articlesById>;

/** Links to an outlet's articles, each to the frame's presence when the difference is about a frame. */
function articleLinks(report: StoryReport, byId: ArticlesById, outlet: string, measure: string): string {
  const o = report.comparison.outlets.find((x) => x.name === outlet);
  if (!o) return '';
  const m = parseMeasure(measure);
  const frameIndex = m.kind === 'frame' ? report.frames.findIndex((f: FrameInfo) => f.id === m.frame) : -1;
  const links = o.articles.slice(0, LINKED_ARTICLES).flatMap((id) => {
    const place = byId.get(id);
    if (!place) return [];
    const href = pageHref(place.entry, frameIndex >= 0 ? framePresenceAnchor(ARTICLE_SECTION, frameIndex) : undefined);
    return [`<a href="${href}">article ${place.index + 1}</a>`];
  });
  const more = o.articles.length > LINKED_ARTICLES ? ` and ${plural(o.articles.length - LINKED_ARTICLES, 'more article')} (see <a href="#articles">Articles</a>)` : '';
  return links.length ? `${escapeHtml(outlet)}: ${links.join(', ')}${more}` : '';
}

function evidence(report: StoryReport, byId: ArticlesById, d: Difference): string {
  const [id, title] = measureSection(d.measure);
  const parts = [`<a href="#${id}">${title}</a>`, articleLinks(report, byId, d.higher, d.measure), articleLinks(report, byId, d.lower, d.measure)].filter(Boolean);
  return `<p class="evidence">Evidence: ${parts.join(' · ')}</p>`;
}

function testNote(comparison: Comparison): string {
  const { test } = comparison;
  const untested = test.untested ? `, ${plural(test.untested, 'comparison')} left untested (too few articles on a side)` : '';
  return `<details><summary>How differences are tested</summary>
<p>${escapeHtml(test.method)}</p>
<p>${plural(test.comparisons, 'comparison')} made${untested}; α = ${test.alpha}; seed ${test.seed}; up to ${test.resamples} resamples per comparison. Every figure elsewhere on this page carries its 95% interval; only the differences listed here passed the test, and only they are marked <span class="badge">clear difference</span>.</p>
</details>`;
}

export function renderFindings(report: StoryReport): string {
  const { comparison } = report;
  const shown = shownDifferences(comparison.differences);
  const byId = articlesById(report.articles);
  const items = comparison.findings.map((text, i) => {
    const d = shown[i];
    return `<li id="${findingAnchor(i)}"><p>${escapeHtml(text)}</p>${d ? evidence(report, byId, d) : ''}</li>`;
  });
  const list = items.length ? `<ol class="findings">\n${items.join('\n')}\n</ol>` : '';
  return `${list}
<p class="summary">${escapeHtml(comparison.summary)}</p>
${testNote(comparison)}`;
}
