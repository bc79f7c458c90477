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
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Two levels up: a list item's list sits in the section, as a paragraph does one level below.
const section = (owner: Element | null): ParentNode | null => owner?.parent?.parent ?? null;

/**
 * The rule that drops a block from the body, or null to keep it. `seen` holds the blocks kept so
 * far and is updated when the block is kept.
 */
export function filterRule(block: RawBlock, titleKey: string, seen: SeenBlocks): string | null {
  const f = chrome.blockFilter;
  const { text } = block;
  const key = blockKey(text);
  // An <h1> is the headline even when og:title words it a little differently.
  const headline = block.owner?.name === 'h1' && key !== '' && (key.includes(titleKey) || titleKey.includes(key));
  if (titleKey && (key === titleKey || headline)) return 'title-repeat';
  if (block.linkChars / text.length > f.maxLinkDensity) return 'link-density';
  const words = text.length > 200 ? Infinity : text.split(' ').length;
  if (words <= f.phraseMaxWords) {
    const bare = text.toLowerCase().replace(EDGE_PUNCTUATION, '');
    if (f.boilerplatePhrases.has(bare) || f.boilerplatePrefix.test(bare)) return 'boilerplate-phrase';
  }
  if (words <= f.bylineMaxWords && f.bylinePattern.test(text)) return 'byline-text';
  if (words < f.looseMinWords && !(block.owner && chrome.paragraphTags.has(block.owner.name))) return 'short-fragment';
  // A copy in another part of the page is a second rendering (mobile and desktop, a teaser of the
  // body); lines repeated within one section (a recipe's "Eat every 2 hours") and table values are content.
  const cell = block.owner !== null && chrome.tableCellTags.has(block.owner.name);
  if (seen.has(key) && !cell) return seen.get(key) === section(block.owner) ? null : 'duplicate';
  seen.set(key, section(block.owner));
  return null;
}
