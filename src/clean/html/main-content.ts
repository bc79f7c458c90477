// Picks the element that holds the article: paragraphs vote for their ancestors, containers are
// discounted by link density, the pick climbs to the ancestor that unites several strong candidates
// (an article cut into sections) or holds most of the page's prose, and the winner takes along
// siblings that look like more of the same.
import { isTag, type Element } from 'domhandler';
import { chrome } from './chrome.ts';
import { hintKey } from './hint-key.ts';
import { prefixSums, rangeSum } from './prefix-sums.ts';
import type { PageWalk } from './walk.ts';

const COMMAS = /[,，、،]/g;
const ROOT_TAGS = new Set(['body', 'html']);

function hintWeight(el: Element): number {
  const key = hintKey(el);
  if (!key) return 0;
  const s = chrome.scoring;
  return (s.positiveHints.test(key) ? s.hintWeight : 0) - (s.negativeHints.test(key) ? s.hintWeight : 0);
}

const parentTag = (el: Element): Element | null => (el.parent && isTag(el.parent) && !ROOT_TAGS.has(el.parent.name) ? el.parent : null);

/** Several near-best candidates under one ancestor mean the article is split into parts: take the ancestor. */
function uniteCandidates(top: Element, finals: Map<Element, number>): Element {
  const s = chrome.scoring;
  const topScore = finals.get(top)!;
  const ranked = [...finals].sort((a, b) => b[1] - a[1]).slice(1, s.topCandidates);
  const close = ranked.filter(([, score]) => score >= topScore * s.alternativeRatio).map(([el]) => el);
  if (close.length < s.alternativeMin) return top;
  for (let anc = parentTag(top); anc; anc = parentTag(anc)) {
    let under = 0;
    for (const el of close) {
      for (let n = parentTag(el); n; n = parentTag(n)) {
        if (n === anc) {
          under++;
          break;
        }
      }
    }
    if (under >= s.alternativeMin) return anc;
  }
  return top;
}

/** A parent scoring higher than the pick holds more of the article (Readability's climb). */
function climb(top: Element, finals: Map<Element, number>): Element {
  let last = finals.get(top) ?? 0;
  const floor = last * chrome.scoring.climbFloorRatio;
  for (let anc = parentTag(top); anc; anc = parentTag(anc)) {
    const score = finals.get(anc);
    if (score === undefined) continue;
    if (score < floor) break;
    if (score > last) return anc;
    last = score;
  }
  return top;
}

/**
 * A wrapper with no text but the pick's (empty overlays and spacers aside) adds nothing but makes
 * siblings reachable.
 */
function unwrap(top: Element, ranges: PageWalk['ranges']): Element {
  let el = top;
  const [start, end] = ranges.get(top) ?? [-1, -1];
  for (let p = parentTag(el); p; p = parentTag(p)) {
    const range = ranges.get(p);
    const alone = range ? range[0] === start && range[1] === end : p.children.filter(isTag).length === 1;
    if (!alone) break;
    el = p;
  }
  return el;
}

/**
 * The pick holds too little of the page's plain prose (the body cut into wrappers the scoring saw
 * one by one, or a stray box won): climb while what the parent adds is not link lists.
 */
function widen(top: Element, ranges: PageWalk['ranges'], chars: Float64Array, links: Float64Array, prose: Float64Array): Element {
  const w = chrome.scoring.widen;
  const total = prose[prose.length - 1]!;
  let el = top;
  let range = ranges.get(el)!;
  for (let anc = parentTag(el); anc && rangeSum(prose, range) < w.coverRatio * total; anc = parentTag(anc)) {
    const up = ranges.get(anc);
    if (!up) continue;
    const extraChars = rangeSum(chars, up) - rangeSum(chars, range);
    const extraLinks = rangeSum(links, up) - rangeSum(links, range);
    if (extraChars > 0 && extraLinks / extraChars > w.maxExtraLinkDensity) break;
    el = anc;
    range = up;
  }
  return el;
}

const classSet = (el: Element): Set<string> => new Set(el.attribs.class?.split(/\s+/).filter(Boolean));

/** Two parts of one component: most class names shared (a block id or a modifier may differ), or none on either. */
function sameClasses(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return a.size === b.size;
  let shared = 0;
  for (const c of a) if (b.has(c)) shared++;
  return shared / (a.size + b.size - shared) >= chrome.scoring.siblingClassOverlap;
}

/**
 * 1 for each block (by position in `walk.blocks`) inside the main content, 0 elsewhere. `drops`
 * is resolveDrops' answer: dropped blocks and comment threads neither vote nor count as text.
 * With no paragraph to vote, the whole page counts as main.
 */
export function pickMain(walk: PageWalk, drops: ReadonlyArray<string | null>): Uint8Array {
  const { blocks, ranges } = walk;
  const s = chrome.scoring;
  const counts = blocks.map((b, i) => drops[i] === null && !b.inComments);
  const chars = prefixSums(blocks, (b, i) => (counts[i] ? b.text.length : 0));
  const links = prefixSums(blocks, (b, i) => (counts[i] ? b.linkChars : 0));
  // Plain prose: paragraphs long enough and link-poor enough to be body text wherever they stand.
  const prose = prefixSums(blocks, (b, i) => (counts[i] && b.text.length >= s.proseMinChars && b.linkChars <= s.proseMaxLinkDensity * b.text.length ? b.text.length : 0));
  const linkDensity = (range: [number, number]): number => {
    const total = rangeSum(chars, range);
    return total > 0 ? rangeSum(links, range) / total : 1;
  };

  const scores = new Map<Element, number>();
  blocks.forEach((b, i) => {
    if (!counts[i] || !b.owner || !s.scoredTags.has(b.owner.name)) return;
    if (b.text.length < s.minParagraphChars) return;
    const points = 1 + (b.text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(b.text.length / s.charsPerPoint), s.maxLengthPoints);
    // Text loose in a container that holds other blocks too is a paragraph of that container.
    const range = ranges.get(b.owner);
    const first = range && range[1] - range[0] > 1 ? b.owner : b.owner.parent;
    let level = 0;
    for (let anc = first; anc && isTag(anc) && level < s.ancestorLevels; anc = anc.parent) {
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
  const grown = unwrap(climb(uniteCandidates(top, finals), finals), ranges);
  // An inline wrapper has no block range of its own; the scored element stands then.
  if (ranges.has(grown)) top = grown;
  top = widen(top, ranges, chars, links, prose);
  const topRange = ranges.get(top)!;
  topScore = Math.max(topScore, finals.get(top) ?? 0);
  const include = ([start, end]: [number, number]): void => {
    inMain.fill(1, start, end);
  };
  include(topRange);

  const parent = top.parent;
  if (!parent || !isTag(parent)) return inMain;
  const threshold = Math.max(s.siblingMinScore, topScore * s.siblingRatio);
  const topClasses = classSet(top);
  for (const sibling of parent.children) {
    if (sibling === top || !isTag(sibling)) continue;
    const range = ranges.get(sibling);
    if (!range) continue;
    const alike = sibling.name === top.name && sameClasses(topClasses, classSet(sibling));
    const score = (finals.get(sibling) ?? 0) + (alike && topClasses.size > 0 ? topScore * s.siblingSameClassBonus : 0);
    const [start, end] = range;
    const density = linkDensity(range);
    // A wrapper like the pick's holding plain prose continues the body, however the scoring saw
    // it (an intro or a later section in a wrapper of its own, classed or not).
    if (score >= threshold || (alike && rangeSum(prose, range) >= s.siblingProseChars && density < s.siblingParagraphLinkDensity)) {
      include(range);
      continue;
    }
    // A lone paragraph next to the article (a lede set apart, a closing line) belongs to it; a
    // container holding nothing but one run of text is a paragraph too.
    if (sibling.name !== 'p' && !(end - start === 1 && blocks[start]!.owner === sibling)) continue;
    const len = rangeSum(chars, range);
    const closes = /[.!?]["”’]?$/.test(blocks[start]?.text ?? '');
    if ((len > s.siblingParagraphChars && density < s.siblingParagraphLinkDensity) || (len > 0 && density === 0 && closes)) {
      include(range);
    }
  }
  return inMain;
}
