// The top of the page: the findings (each a difference that passed the test, or the one saying there
// is none), each with links to its evidence: the section that charts the measure and the articles
// of both outlets (for a frame, straight to the frame's presence in each article); then the context
// summary and how the test was run.
import { parseMeasure, shownDifferences } from '../../compare/summary.ts';
import type { Comparison, Difference, FrameInfo, StoryReport } from '../../types.ts';
import { articleAnchor, findingAnchor, framePresenceAnchor } from './anchors.ts';
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

/** Links to an outlet's articles, each to the frame's presence when the difference is about a frame. */
function articleLinks(report: StoryReport, outlet: string, measure: string): string {
  const o = report.comparison.outlets.find((x) => x.name === outlet);
  if (!o) return '';
  const m = parseMeasure(measure);
  const frameIndex = m.kind === 'frame' ? report.frames.findIndex((f: FrameInfo) => f.id === m.frame) : -1;
  const links = o.articles.flatMap((id) => {
    const index = report.articles.findIndex((a) => a.id === id);
    if (index < 0) return [];
    const section = articleAnchor(index);
    const href = frameIndex >= 0 ? framePresenceAnchor(section, frameIndex) : section;
    return [`<a href="#${href}">article ${index + 1}</a>`];
  });
  return links.length ? `${escapeHtml(outlet)}: ${links.join(', ')}` : '';
}

function evidence(report: StoryReport, d: Difference): string {
  const [id, title] = measureSection(d.measure);
  const parts = [`<a href="#${id}">${title}</a>`, articleLinks(report, d.higher, d.measure), articleLinks(report, d.lower, d.measure)].filter(Boolean);
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
  const items = comparison.findings.map((text, i) => {
    const d = shown[i];
    return `<li id="${findingAnchor(i)}"><p>${escapeHtml(text)}</p>${d ? evidence(report, d) : ''}</li>`;
  });
  const list = items.length ? `<ol class="findings">\n${items.join('\n')}\n</ol>` : '';
  return `${list}
<p class="summary">${escapeHtml(comparison.summary)}</p>
${testNote(comparison)}`;
}
