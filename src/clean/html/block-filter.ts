// Last look at each block inside the main content: link lists, stock phrases, bylines, stray
// fragments, the headline repeated, and repeats of text already kept are not body text.
import { chrome } from './chrome.ts';
import type { RawBlock } from './walk.ts';

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}©]+|[^\p{L}\p{N}]+$/gu;

/** Case- and punctuation-blind form used to compare blocks with each other and with the title. */
export function blockKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The rule that drops a block from the body, or null to keep it. `seen` holds the keys of blocks
 * kept so far and is updated when the block is kept.
 */
export function filterRule(block: RawBlock, titleKey: string, seen: Set<string>): string | null {
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
  if (seen.has(key)) return 'duplicate';
  seen.add(key);
  return null;
}
