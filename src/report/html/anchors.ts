// Ids of the page's article sections and sentences, so every link into an article uses the ids
// renderArticle writes.
import type { Part } from '../../types.ts';

/** The section of the article at `index` in report.articles: `a1`, `a2`… */
export function articleAnchor(index: number): string {
  return `a${index + 1}`;
}

/** A sentence inside the article section `section` (an articleAnchor). */
export function sentenceAnchor(section: string, part: Part, sentence: number): string {
  return `${section}-${part}-s${sentence}`;
}

/** A finding in the Findings list, by its place in comparison.findings. */
export function findingAnchor(index: number): string {
  return `finding-${index + 1}`;
}

/** A frame's presence and evidence inside the article section `section`, by the frame's place in report.frames. */
export function framePresenceAnchor(section: string, frameIndex: number): string {
  return `${section}-f${frameIndex + 1}`;
}
