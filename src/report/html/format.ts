// Number formatting for the page. Fixed decimals (not locale formatting) keep the output
// byte-identical on every machine.
import { escapeHtml } from './escape.ts';
import { percent, plural } from '../../prose.ts';
import type { Interval } from '../../types.ts';
import { round } from '../../round.ts';

const MINUS = '\u2212';

function finite(n: number): boolean {
  return typeof n === 'number' && Number.isFinite(n);
}

/** A number with `digits` decimals and a typographic minus; "0" never gets a sign. */
export function fmtNumber(n: number, digits = 3): string {
  if (!finite(n)) return '–';
  const fixed = Math.abs(n).toFixed(digits);
  if (Number(fixed) === 0) return fixed;
  return n < 0 ? MINUS + fixed : fixed;
}

/** Like fmtNumber but positive values get a "+", for values that diverge around zero. */
export function fmtSigned(n: number, digits = 3): string {
  const s = fmtNumber(n, digits);
  return finite(n) && n > 0 && Number(Math.abs(n).toFixed(digits)) !== 0 ? `+${s}` : s;
}

/** A weight or AFINN value: as few decimals as it needs (2 at most), signed. */
export function fmtWeight(n: number): string {
  if (!finite(n)) return '–';
  const rounded = round(n, 2);
  const body = String(Math.abs(rounded));
  if (rounded === 0) return '0';
  return rounded < 0 ? MINUS + body : `+${body}`;
}

/** A 0..1 share as a percentage; a small non-zero share is not shown as "0%". */
export function fmtShare(share: number): string {
  if (!finite(share)) return '–';
  if (share > 0 && share < 0.005) return '<1%';
  return percent(share);
}

// A long passage or claim is cut for the page; report.json keeps it whole.
const EXCERPT_CHARS = 300;

/** Escaped text, cut at EXCERPT_CHARS with an ellipsis. */
export function excerpt(text: string): string {
  return escapeHtml(text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text);
}

/** "−0.250 to −0.050": an interval's ends in the figure's own format. */
export function fmtRange(iv: { low: number; high: number }, format: (n: number) => string): string {
  return `${format(iv.low)} to ${format(iv.high)}`;
}

/** What an interval rests on, in words: the outlet's articles, or the sentences of its one article (`n` counts what was resampled). */
export function intervalBasis(iv: Interval): string {
  return iv.over === 'sentences' ? `over the ${plural(iv.n, 'sentence')} of its one article` : `over ${plural(iv.n, 'article')}`;
}

/** "95% interval −0.250 to −0.050, over 5 articles": for titles and running text. */
export function fmtInterval(iv: Interval, format: (n: number) => string): string {
  return `95% interval ${fmtRange(iv, format)}, ${intervalBasis(iv)}`;
}

/** A cell shaded by a 0..1 figure (a share, a strength): the colour reads as the number does. */
export function shareShade(share: number): string {
  const alpha = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return `background-color: rgba(11, 87, 208, ${alpha.toFixed(2)})${alpha > 0.55 ? '; color: #fff' : ''}`;
}
