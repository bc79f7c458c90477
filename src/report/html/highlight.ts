// Turns a stretch of text plus evidence spans into escaped HTML with <mark>s. Spans may overlap
// (a sentiment word inside a frame phrase), and <mark>s cannot, so the text is cut at every span
// edge and each piece is wrapped once, carrying the classes and labels of every span covering it.
import { escapeHtml } from './escape.ts';

export type MarkKind = 'pos' | 'neg' | 'frame';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Tooltip text for this span. */
  label: string;
  /** Frame id, for frame cues. */
  frame?: string;
}

const kindOrder: MarkKind[] = ['pos', 'neg', 'frame'];

function compareMarks(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function markPiece(piece: string, covering: Mark[]): string {
  const kinds = kindOrder.filter((k) => covering.some((m) => m.kind === k));
  const classes = covering.length > 1 ? [...kinds, 'multi'] : kinds;
  const frames = unique(covering.flatMap((m) => (m.frame === undefined ? [] : [m.frame])));
  const frameAttr = frames.length ? ` data-frame="${escapeHtml(frames.join(' '))}"` : '';
  // Sentiment first, then frames, whatever order the spans start in.
  const byKind = [...covering].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  const title = unique(byKind.map((m) => m.label)).join('\n');
  return `<mark class="${classes.join(' ')}"${frameAttr} title="${escapeHtml(title)}">${escapeHtml(piece)}</mark>`;
}

/**
 * `text.slice(from, to)` as HTML, with the marks that fall inside it (clipped to the range).
 * Marks that are empty or outside the text are ignored rather than trusted.
 */
export function highlight(text: string, marks: readonly Mark[], from = 0, to = text.length): string {
  const inRange = marks
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length)
    .map((m) => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to) }))
    .filter((m) => m.start < m.end)
    .sort(compareMarks);
  const cuts = unique([from, to, ...inRange.flatMap((m) => [m.start, m.end])]).sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const piece = text.slice(a, b);
    const covering = inRange.filter((m) => m.start <= a && m.end >= b);
    html += covering.length ? markPiece(piece, covering) : escapeHtml(piece);
  }
  return html;
}

/** What the marks mean, shown above an article's text. */
export const HIGHLIGHT_LEGEND = `<ul class="legend" aria-label="Highlight legend">
<li><mark class="pos">positive</mark> sentiment cue</li>
<li><mark class="neg">negative</mark> sentiment cue</li>
<li><mark class="frame">framing</mark> frame cue</li>
<li><mark class="neg frame multi">both</mark> text with several labels</li>
</ul>
<p class="note">Hover a highlight for the cue, its AFINN value → weight after modifiers, or the frame it cues.</p>`;
