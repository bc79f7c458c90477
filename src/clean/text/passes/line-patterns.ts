// Named line patterns from data/chrome-patterns.json; matches that carry metadata leave a clue.
import { captureMaxWords, lineRules, type LineRule } from '../patterns.ts';
import { readDateLine, readNumericDate } from '../dates.ts';
import { label, type CleanContext, type TextClue } from '../context.ts';

// A name ends where its sentence does ("originally published by Futurism. Read the original
// article."); a period after a capital or two ("St. Louis", "U.S. News") is an abbreviation's.
const SENTENCE_BREAK = /(?<=\p{Ll}{3})\.\s+(?=\p{Lu})/u;

// Domains are written in one case; "Alyio.Extensions.Http.Logging" is a name in code.
const oneCase = (label: string): boolean => label === label.toLowerCase() || label === label.toUpperCase();

function cluesOf(rule: LineRule, groups: Record<string, string | undefined>, evidence: string): TextClue[] | null {
  const name = groups.name?.trim().split(SENTENCE_BREAK)[0]!.replace(/\.$/, '');
  if (groups.domain && !oneCase(groups.domain.split('.').at(-1)!)) return null;
  if (name && name.split(/\s+/).length > captureMaxWords) return null;
  const clue = (kind: TextClue['kind'], value: string): TextClue => ({ kind, value, evidence, rule: rule.rule });
  switch (rule.meta) {
    case 'outlet':
      return name ? [clue('outlet', name)] : null;
    case 'author':
      return name ? [clue('author', name)] : null;
    case 'source':
      return [clue('source', name ?? groups.domain ?? evidence)];
    case 'source-title': {
      const date = groups.date ? readNumericDate(groups.date) : null;
      const headline = groups.title!.trim();
      return name ? [clue('source', name), ...(date ? [clue('published', date)] : [])].map((c) => ({ ...c, headline })) : null;
    }
    default:
      return [];
  }
}

export function applyLineRules(ctx: CleanContext): void {
  ctx.lines.forEach(({ text }, i) => {
    if (ctx.labels[i]) return;
    for (const rule of lineRules) {
      for (const re of rule.patterns) {
        const m = re.exec(text);
        const clues = m && cluesOf(rule, m.groups ?? {}, text);
        if (!clues) continue;
        label(ctx, i, 'chrome', rule.rule);
        ctx.clues.push(...clues);
        return;
      }
    }
    const date = readDateLine(text);
    if (date) {
      label(ctx, i, 'chrome', 'dateline');
      ctx.clues.push({ kind: 'published', value: date, evidence: text, rule: 'dateline' });
    }
  });
}
