// Whether a page says of itself that it is a forum or Q&A thread (schema.org type, forum engine
// as generator), and the summary it gives of the thread when its posts are not in the saved HTML.
import type { CheerioAPI } from 'cheerio';
import { normalizeText } from '../../../text/normalize.ts';
import { select } from '../select.ts';
import { countWords, textOf } from '../text-of.ts';
import { table } from '../../../settings/tables.ts';

const data = table('forum-chrome');

const rule = data.declared;
const ldType = new RegExp(`"@type"\\s*:\\s*\\[?[^\\]}]*?"(?:https?://schema\\.org/)?(?:${rule.jsonLdTypes.join('|')})"`, 'u');
const generators = rule.generators.map((g) => g.toLowerCase());

/** Whether the page's generator tag names a forum engine. */
function forumGenerator($: CheerioAPI): boolean {
  return select($, "meta[name='generator']")
    .toArray()
    .some((m) => {
      const content = (m.attribs.content ?? '').toLowerCase();
      return generators.some((g) => content.startsWith(g));
    });
}

/** Whether the page declares itself a thread: by schema.org type (microdata or JSON-LD) or by its generator. */
export function declaresThread($: CheerioAPI): boolean {
  if (select($, rule.microdata).length > 0) return true;
  const scripts = select($, "script[type='application/ld+json']").toArray();
  return scripts.some((s) => ldType.test($(s).text())) || forumGenerator($);
}

/**
 * The page's own description of the thread (its opening post's first lines, without the cut-off
 * mark), when the page shows next to nothing itself: its posts were left for a script to render.
 */
export function threadSummary($: CheerioAPI): string | undefined {
  const body = select($, 'body')[0];
  if (body && countWords(textOf(body)) > rule.emptyPageWords) return undefined;
  for (const selector of rule.summary) {
    const content = select($, selector).first().attr('content');
    const text = content ? normalizeText(content, false).replace(/\s*(?:…|\.\.\.|&hellip;)$/u, '') : '';
    if (countWords(text) >= data.limits.minWords) return text;
  }
  return undefined;
}
