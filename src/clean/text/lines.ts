// Splits text into the cleaner's units: one non-blank line each, hard-wrapped prose joined back.
import { normalizeText } from '../../text/normalize.ts';
import { thresholds } from './patterns.ts';

export interface Line {
  /** 1-based line number in the source file. */
  line: number;
  text: string;
  /** Set by the Markdown reader: the author marked this line as the title or a heading. */
  hint?: 'title' | 'heading';
}

const TERMINAL = /[.!?…:;"”’)\]]$/;
const LOWER_START = /^\p{Ll}/u;

/** A line that ends mid-sentence and a next line that starts in lower case were one paragraph. */
function continues(prev: string, next: string): boolean {
  return prev.length >= thresholds.unwrapMinChars && !TERMINAL.test(prev) && LOWER_START.test(next);
}

export function toLines(content: string, firstLine = 1): Line[] {
  return linesFrom(content.split(/\r?\n|\r/), firstLine);
}

/** toLines for a text already split at its line breaks (`raws` hold none). */
export function linesFrom(raws: readonly string[], firstLine = 1): Line[] {
  const out: Line[] = [];
  let prevBlank = true;
  raws.forEach((raw, i) => {
    const text = normalizeText(raw, false);
    if (!text) {
      prevBlank = true;
      return;
    }
    const last = out[out.length - 1];
    if (last && !prevBlank && continues(last.text, text)) last.text += ` ${text}`;
    else out.push({ line: firstLine + i, text });
    prevBlank = false;
  });
  return out;
}
