// Splits a sentence's tokens into clauses, so that sentiment can be weighed by whether it sits in
// the actor's own clause. The break characters and words live in data/target-sentiment.json.
import type { Segment, Token } from '../../types.ts';
import { table } from '../../settings/tables.ts';

const config = table('target-sentiment');

const breakChars = new Set(config.clauseBreaks.chars);
const breakWords = new Set(config.clauseBreaks.words);
const afterComma = new Set(config.clauseBreaks.afterComma);

const hasAny = (gap: string, chars: ReadonlySet<string>): boolean => [...gap].some((ch) => chars.has(ch));

/** The segment's tokens in reading order, each with the index of its clause (0-based, increasing). */
export function clauses(seg: Segment): Array<{ token: Token; clause: number }> {
  const out: Array<{ token: Token; clause: number }> = [];
  let clause = 0;
  for (const sentence of seg.sentences) {
    sentence.tokens.forEach((token, i) => {
      const prev = sentence.tokens[i - 1];
      if (prev === undefined) {
        if (out.length > 0) clause++;
      } else {
        const gap = seg.text.slice(prev.end, token.start);
        if (hasAny(gap, breakChars) || breakWords.has(token.norm) || (gap.includes(',') && afterComma.has(token.norm))) clause++;
      }
      out.push({ token, clause });
    });
  }
  return out;
}
