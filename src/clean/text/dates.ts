// Reads a date line into ISO form (YYYY-MM-DD) where the date is unambiguous.
import { datePatterns } from './patterns.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A line that is only a date: its ISO form, or the text itself when the form is unclear. */
export function readDateLine(text: string): string | null {
  for (const re of datePatterns) {
    const m = re.exec(text);
    if (!m) continue;
    const g = m.groups ?? {};
    const month = g.month ? MONTHS.indexOf(g.month.slice(0, 3).toLowerCase()) + 1 : Number(g.mnum);
    if (g.year && g.day && month) return iso(Number(g.year), month, Number(g.day)) ?? text;
    return text;
  }
  return null;
}

/** Dates written with dots are day-first wherever they are used (09.03.2021 = 9 March 2021). */
export function readNumericDate(text: string): string | null {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (dotted) return iso(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const isoLike = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (isoLike) return iso(Number(isoLike[1]), Number(isoLike[2]), Number(isoLike[3]));
  return null;
}
