// Which stretches of a text are inside quotation marks, so a quoted speaker's words can be told
// apart from the outlet's own. A quote left open runs to the end of its paragraph: news style
// leaves a multi-paragraph quote open and reopens it in the next paragraph.
import { escapeRegExp } from '../escape-regexp.ts';
import { table } from '../settings/tables.ts';

const rules = table('sentiment-rules');

const { pairs, toggles } = rules.quotation;
const closerOf = new Map(pairs.map((p) => [p.open, p.close]));
// Only paragraph breaks and the marks themselves matter, so the scan jumps from one to the next.
// Toggles first: "''" is one mark, not two.
const marks = new RegExp(['\n\n', ...toggles, ...pairs.flatMap((p) => [p.open, p.close])].map(escapeRegExp).join('|'), 'g');

/** [start, end) ranges of quoted text (between the marks) in `text`. */
export function quoteRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: { at: number; close: string } | undefined;
  for (const m of text.matchAll(marks)) {
    const [mark] = m;
    const i = m.index;
    if (mark === '\n\n') {
      if (open) ranges.push([open.at, i]);
      open = undefined;
    } else if (open && mark === open.close) {
      ranges.push([open.at, i]);
      open = undefined;
    } else if (!open && (closerOf.has(mark) || toggles.includes(mark))) {
      open = { at: i + mark.length, close: closerOf.get(mark) ?? mark };
    }
  }
  if (open) ranges.push([open.at, text.length]);
  return ranges;
}

export function isInside(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return ranges.some(([a, b]) => start >= a && end <= b);
}
