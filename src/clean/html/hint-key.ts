// The class/id string that chrome patterns and scoring hints run against.
import type { Element } from 'domhandler';

/**
 * ' <class> <id> ' lower-cased, with camelCase and '_' turned into '-', so that `\b` in a pattern
 * marks the edge of a class-name part ("socialShare" and "social_share" both read "social-share").
 * Empty when the element has neither attribute.
 */
export function hintKey(el: Element): string {
  const { class: cls, id } = el.attribs;
  if (!cls && !id) return '';
  const raw = `${cls ?? ''} ${id ?? ''}`;
  return ` ${raw.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/_/g, '-').replace(/\s+/g, ' ').trim()} `;
}
