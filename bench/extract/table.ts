// Plain-text side-by-side table: one label column, one column per extractor, then the goal.

export type Row = [label: string, values: string[], goal?: string] | string;

export function fixed(n: number, digits = 3): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '-';
}

export function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}

/** A string row is a section heading; other rows align under the header. `goalHeader` '' leaves the goal column unnamed, for a table without goals. */
export function table(header: string[], rows: Row[], goalHeader = 'goal'): string {
  const cells = rows.filter((r): r is Exclude<Row, string> => typeof r !== 'string');
  const labelWidth = Math.max(...cells.map((r) => r[0].length + 2), 28);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[1][i] ?? '').length)) + 2);
  const line = (label: string, values: string[], goal = '') => (label.padEnd(labelWidth) + values.map((v, i) => v.padStart(widths[i]!)).join('') + (goal ? `   ${goal}` : '')).trimEnd();
  const out = [line('', header, goalHeader)];
  for (const r of rows) out.push(typeof r === 'string' ? r : line(`  ${r[0]}`, r[1], r[2]));
  return out.join('\n');
}
