// Picks the element that holds the article: paragraphs vote for their ancestors, containers are
// discounted by link density, and the winner takes along siblings that look like more of the same.
import { isTag, type Element } from 'domhandler';
import { chrome } from './chrome.ts';
import { hintKey } from './hint-key.ts';
import type { PageWalk } from './walk.ts';

const COMMAS = /[,，、،]/g;

function hintWeight(el: Element): number {
  const key = hintKey(el);
  if (!key) return 0;
  const s = chrome.scoring;
  return (s.positiveHints.test(key) ? s.hintWeight : 0) - (s.negativeHints.test(key) ? s.hintWeight : 0);
}

/**
 * 1 for each block (by position in `walk.blocks`) inside the main content, 0 elsewhere. `drops`
 * is resolveDrops' answer: dropped blocks and comment threads neither vote nor count as text.
 * With no paragraph to vote, the whole page counts as main.
 */
export function pickMain(walk: PageWalk, drops: ReadonlyArray<string | null>): Uint8Array {
  const { blocks, ranges } = walk;
  const s = chrome.scoring;
  const chars = new Float64Array(blocks.length + 1);
  const links = new Float64Array(blocks.length + 1);
  blocks.forEach((b, i) => {
    const counts = drops[i] === null && !b.inComments;
    chars[i + 1] = chars[i]! + (counts ? b.text.length : 0);
    links[i + 1] = links[i]! + (counts ? b.linkChars : 0);
  });
  const linkDensity = ([start, end]: [number, number]): number => {
    const total = chars[end]! - chars[start]!;
    return total > 0 ? (links[end]! - links[start]!) / total : 1;
  };

  const scores = new Map<Element, number>();
  blocks.forEach((b, i) => {
    if (drops[i] !== null || b.inComments || !b.owner || !s.scoredTags.has(b.owner.name)) return;
    if (b.text.length < s.minParagraphChars) return;
    const points = 1 + (b.text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(b.text.length / s.charsPerPoint), s.maxLengthPoints);
    let level = 0;
    for (let anc = b.owner.parent; anc && isTag(anc) && level < s.ancestorLevels; anc = anc.parent) {
      if (!ranges.has(anc)) continue;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, (scores.get(anc) ?? (s.tagBonus.get(anc.name) ?? 0) + hintWeight(anc)) + points / divider);
      level++;
    }
  });

  const finals = new Map<Element, number>();
  let top: Element | null = null;
  let topScore = -Infinity;
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(ranges.get(el)!));
    finals.set(el, final);
    if (final > topScore) {
      top = el;
      topScore = final;
    }
  }

  const inMain = new Uint8Array(blocks.length);
  if (!top) return inMain.fill(1);
  const include = ([start, end]: [number, number]): void => {
    inMain.fill(1, start, end);
  };
  include(ranges.get(top)!);

  const parent = top.parent;
  if (!parent || !isTag(parent)) return inMain;
  const threshold = Math.max(s.siblingMinScore, topScore * s.siblingRatio);
  const topClass = top.attribs.class;
  for (const sibling of parent.children) {
    if (sibling === top || !isTag(sibling)) continue;
    const range = ranges.get(sibling);
    if (!range) continue;
    const bonus = topClass && sibling.attribs.class === topClass ? topScore * s.siblingSameClassBonus : 0;
    const score = (finals.get(sibling) ?? 0) + bonus;
    if (score >= threshold) {
      include(range);
      continue;
    }
    // A lone paragraph next to the article (a lede set apart, a closing line) belongs to it.
    if (sibling.name !== 'p') continue;
    const [start, end] = range;
    const len = chars[end]! - chars[start]!;
    const density = linkDensity(range);
    const closes = /[.!?]["”’]?$/.test(blocks[start]?.text ?? '');
    if ((len > s.siblingParagraphChars && density < s.siblingParagraphLinkDensity) || (len > 0 && density === 0 && closes)) {
      include(range);
    }
  }
  return inMain;
}
