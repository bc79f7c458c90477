// Mean comparative sentiment per outlet as bars diverging from zero, with whiskers over its 95%
// interval (dashed where the outlet has one article and the interval is over its sentences),
// followed by the same numbers as a table (the chart is an image to assistive tech; the table is
// the data), where outlets in a clear difference are marked.
import { round } from '../../round.ts';
import type { OutletComparison } from '../../types.ts';
import { NO_DIFFERENCES, type ClearDifferences } from './clear-differences.ts';
import { escapeHtml } from './escape.ts';
import { fmtInterval, fmtNumber, fmtRange, fmtSigned, intervalBasis } from './format.ts';
import { outletName } from './outlet-name.ts';

const WIDTH = 760;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 210;
const ROW = 28;
const TOP = 26;
const BOTTOM = 8;
/** The labels' font size in px (svg.chart in styles.css) and the room left of the plot, in em. */
const FONT_PX = 13;
const LABEL_EM = (LABEL_WIDTH - 14) / FONT_PX;

/** Smallest "round" number (1, 2, 2.5 or 5 × 10^k) at or above x, so the axis ends read well. */
function niceCeil(x: number): number {
  if (!(x > 0)) return 0.01;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= x * (1 - 1e-12)) ?? 10;
  return step * power;
}

function num(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

/**
 * A character's width in em, as wide as common sans-serif fonts set it or wider (DejaVu Sans, the
 * usual fallback on Linux, is among the widest): a count of characters let a name of digits and
 * capitals run past the left edge.
 */
function charEm(c: string): number {
  if (/[\u2e80-\u{10ffff}]/u.test(c)) return 1;
  if (/[ijlftrI.,:;'’!|()[\] ]/u.test(c)) return 0.36;
  if (/[mwMW@%]/u.test(c)) return 0.95;
  return /[\p{Lu}\p{N}_]/u.test(c) ? 0.72 : 0.62;
}

/** The name, cut with an ellipsis where it would not fit the room left of the plot. */
export function fitLabel(name: string, roomEm = LABEL_EM): string {
  const chars = [...name];
  const widths = chars.map(charEm);
  if (widths.reduce((sum, w) => sum + w, 0) <= roomEm) return name;
  let used = 1; // the ellipsis
  let kept = 0;
  while (used + widths[kept]! <= roomEm) used += widths[kept++]!;
  return `${chars.slice(0, kept).join('').trimEnd()}…`;
}

/** SVG coordinates with two decimals at most, so output is stable and compact. */
function px(n: number): string {
  return String(round(n, 2));
}

function describe(o: OutletComparison): string {
  const iv = o.sentimentInterval;
  return `${o.name}: ${fmtSigned(iv.estimate)} (${fmtInterval(iv, fmtSigned)})`;
}

/** One bar of an interval chart: a figure around zero, its interval, dashed where it rests on one article's sentences. */
export interface IntervalBar {
  name: string;
  estimate: number;
  low: number;
  high: number;
  dashed: boolean;
}

/** Bars diverging from zero with whiskers over their intervals, labelled `aria` for screen readers. */
export function intervalChart(bars: readonly IntervalBar[], aria: string): string {
  const reach = (b: IntervalBar): number => Math.max(...[b.estimate, b.low, b.high].map((v) => Math.abs(num(v))));
  const extent = niceCeil(Math.max(...bars.map(reach)));
  const plotLeft = LABEL_WIDTH;
  const plotRight = WIDTH - VALUE_WIDTH;
  const zero = (plotLeft + plotRight) / 2;
  const scale = (plotRight - plotLeft) / 2 / extent;
  const x = (v: number): number => zero + Math.max(-extent, Math.min(extent, v)) * scale;
  const height = TOP + bars.length * ROW + BOTTOM;
  const bottom = height - BOTTOM;

  const digits = Math.max(1, 1 - Math.floor(Math.log10(extent)));
  const ticks = [-extent, 0, extent].map((v) => `<text class="tick" x="${px(x(v))}" y="16" text-anchor="middle">${fmtSigned(v, digits)}</text>`).join('');
  const grid = [-extent, -extent / 2, extent / 2, extent].map((v) => `<line class="grid" x1="${px(x(v))}" x2="${px(x(v))}" y1="${TOP - 4}" y2="${bottom}"/>`).join('');
  const rows = bars.map((b, i) => {
    const mean = num(b.estimate);
    const [low, high] = [num(b.low), num(b.high)];
    const mid = TOP + i * ROW + ROW / 2;
    const barX = Math.min(x(mean), zero);
    const bar = `<rect class="bar ${mean < 0 ? 'neg' : 'pos'}" x="${px(barX)}" y="${px(mid - 8)}" width="${px(Math.abs(x(mean) - zero))}" height="16"/>`;
    const ci = `ci${b.dashed ? ' sentences' : ''}`;
    const whisker =
      high > low
        ? `<line class="${ci}" x1="${px(x(low))}" x2="${px(x(high))}" y1="${px(mid)}" y2="${px(mid)}"/>` +
          `<line class="${ci}" x1="${px(x(low))}" x2="${px(x(low))}" y1="${px(mid - 5)}" y2="${px(mid + 5)}"/>` +
          `<line class="${ci}" x1="${px(x(high))}" x2="${px(x(high))}" y1="${px(mid - 5)}" y2="${px(mid + 5)}"/>`
        : '';
    const shown = fitLabel(b.name);
    // A cut name is whole in its tooltip.
    const full = shown === b.name ? '' : `<title>${escapeHtml(b.name)}</title>`;
    const label = `<text class="label" x="${LABEL_WIDTH - 10}" y="${px(mid + 4)}" text-anchor="end">${full}${escapeHtml(shown)}</text>`;
    const value = `<text class="value" x="${plotRight + 10}" y="${px(mid + 4)}">${fmtSigned(mean)} [${fmtSigned(low)}, ${fmtSigned(high)}]</text>`;
    return `<g>${label}${bar}${whisker}${value}</g>`;
  });
  const axis = `<line class="axis" x1="${px(zero)}" x2="${px(zero)}" y1="${TOP - 4}" y2="${bottom}"/>`;
  return `<svg class="chart" role="img" aria-label="${escapeHtml(aria)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">${ticks}${grid}${axis}${rows.join('')}</svg>`;
}

function renderSvg(outlets: readonly OutletComparison[]): string {
  const bars = outlets.map((o) => ({
    name: o.name,
    estimate: o.sentimentInterval.estimate,
    low: o.sentimentInterval.low,
    high: o.sentimentInterval.high,
    dashed: o.sentimentInterval.over === 'sentences',
  }));
  return intervalChart(bars, `Mean comparative sentiment per outlet. ${outlets.map(describe).join('; ')}.`);
}

function renderTable(outlets: readonly OutletComparison[], clear: ClearDifferences): string {
  const rows = outlets.map((o) => {
    const s = o.sentiment;
    const iv = o.sentimentInterval;
    return `<tr><th scope="row">${outletName(o)}${clear.badge('sentiment', o.name)}</th><td class="num">${s.n}</td><td class="num">${fmtSigned(iv.estimate)}</td><td class="num">${fmtRange(iv, fmtSigned)}</td><td>${intervalBasis(iv)}</td><td class="num">${fmtNumber(s.sd)}</td><td class="num">${fmtSigned(s.min)}</td><td class="num">${fmtSigned(s.max)}</td></tr>`;
  });
  return `<div class="scroll"><table>
<caption>Comparative sentiment (sentiment score per token) of each article's whole text, per outlet, with its 95% bootstrap interval.</caption>
<thead><tr><th scope="col">Outlet</th><th scope="col" class="num">Articles (n)</th><th scope="col" class="num">Mean</th><th scope="col" class="num">95% interval</th><th scope="col">Resampled</th><th scope="col" class="num">SD</th><th scope="col" class="num">Min</th><th scope="col" class="num">Max</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

export function renderSentimentChart(outlets: readonly OutletComparison[], clear: ClearDifferences = NO_DIFFERENCES): string {
  if (!outlets.length) return '<p class="muted">No outlets to compare.</p>';
  return `<figure>
${renderSvg(outlets)}
<figcaption class="note">Bars: mean comparative sentiment (left of the axis negative, right positive); whiskers: its 95% bootstrap interval over the outlet's articles, dashed where the outlet has one article and the interval is over that article's sentences. Overlapping whiskers are not a test: only the outlets marked “clear difference” differ beyond chance.</figcaption>
</figure>
${renderTable(outlets, clear)}`;
}
