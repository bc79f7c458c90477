// The class/id string that chrome patterns and scoring hints run against.
import type { Element } from 'domhandler';
import { chrome } from './chrome.ts';

/**
 * ' <class> <id> ' lower-cased, with camelCase and '_' turned into '-', so that `\b` in a pattern
 * marks the edge of a class-name part ("socialShare" and "social_share" both read "social-share").
 * Page builders' own prefixes are cut (see enginePrefixes). Empty when the element has neither attribute.
 */
export function hintKey(el: Element): string {
  const { class: cls } = el.attribs;
  // An id made of many words is a slug of the heading or title it anchors ("how-popular-is-x"),
  // not the name of a page part.
  const id = el.attribs.id && el.attribs.id.split(/[-_]/).length <= chrome.maxIdWords ? el.attribs.id : undefined;
  if (!cls && !id) return '';
  const raw = `${cls ?? ''} ${id ?? ''}`;
  const key = ` ${raw
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/\s+/g, ' ')
    .trim()} `;
  return key.replace(chrome.enginePrefixes, '');
}
