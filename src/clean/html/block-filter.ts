// Last look at each block inside the main content: link lists, stock phrases, bylines, stray
// fragments, the headline repeated, and repeats of text already kept are not body text.
import type { Element, ParentNode } from 'domhandler';
import { chrome } from './chrome.ts';
import type { RawBlock } from './walk.ts';

/** Keys of the blocks kept so far, each with the section (see `section`) of the first one kept. */
export type SeenBlocks = Map<string, ParentNode | null>;

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}©]+|[^\p{L}\p{N}]+$/gu;

/** Case- and punctuation-blind form used to compare blocks with each other and with the title. */
export function blockKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Two levels up: a list item's list sits in the section, as a paragraph does one level below.
const section = (owner: Element | null): ParentNode | null => owner?.parent?.parent ?? null;

const LETTERS = /\p{L}/gu;
const CAPITALS = /\p{Lu}/gu;

/**
 * A linked line amid plain text that still reads as a teaser: a call to read elsewhere ("See also:",
 * "Don't miss") or a headline set in capitals outside a heading.
 */
function inlineLink(block: RawBlock): boolean {
  const a = chrome.blockFilter.amidText;
  if (a.teaserPrefix.test(block.text)) return false;
  if (block.kind === 'heading') return true;
  const letters = block.text.match(LETTERS)?.length ?? 0;
  return letters < a.minCapitalsLetters || (block.text.match(CAPITALS)?.length ?? 0) < a.maxCapitalsShare * letters;
}

/**
 * The rule that drops a block from the body, or null to keep it. `key` is the block's blockKey.
 * `seen` holds the blocks kept so far and is updated when the block is kept.
 */
export function filterRule(block: RawBlock, key: string, titleKey: string, seen: SeenBlocks): string | null {
  const f = chrome.blockFilter;
  const { text } = block;
  // An <h1> is the headline even when og:title words it a little differently.
  const headline = block.owner?.name === 'h1' && key !== '' && (key.includes(titleKey) || titleKey.includes(key));
  if (titleKey && (key === titleKey || headline)) return 'title-repeat';
  if (block.linkChars / text.length > f.maxLinkDensity && !(block.amidText && inlineLink(block))) return 'link-density';
  const words = text.length > 200 ? Infinity : text.split(' ').length;
  if (words <= f.phraseMaxWords) {
    const bare = text.toLowerCase().replace(EDGE_PUNCTUATION, '');
    if (f.boilerplatePhrases.has(bare) || f.boilerplatePrefix.test(bare)) return 'boilerplate-phrase';
  }
  if (words <= f.bylineMaxWords && f.bylinePattern.test(text)) return 'byline-text';
  if (words <= f.bylineMaxWords && f.datelinePattern.test(text)) return 'dateline-text';
  if (words < f.looseMinWords && !(block.owner && chrome.paragraphTags.has(block.owner.name))) return 'short-fragment';
  // A copy in another part of the page is a second rendering (mobile and desktop, a teaser of the
  // body); lines repeated within one section (a recipe's "Eat every 2 hours"), table values and
  // spec fields of a repeated template ("Weight: 2 lb") are content.
  const cell = block.owner !== null && chrome.tableCellTags.has(block.owner.name);
  const field = words <= f.fieldMaxWords && f.fieldPattern.test(text);
  if (seen.has(key) && !cell && !field) return seen.get(key) === section(block.owner) ? null : 'duplicate';
  seen.set(key, section(block.owner));
  return null;
}
