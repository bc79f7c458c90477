// Who published the article: what the user said, else what the text itself says, else the site its
// address is on, else unknown — reported with the file name, never guessed.
import { canonicalOutlet, hostOf, outletOfHost } from './outlet-names.ts';
import { readClues } from './text/clean-text.ts';
import { foundMeta } from './text/found-meta.ts';
import type { CleanedArticle, FoundMeta, GivenMeta, OutletRef, RemovedBlock } from '../types.ts';
import { table } from '../settings/tables.ts';

export function resolveOutlet(given: GivenMeta, found: FoundMeta, file: string): OutletRef {
  if (given.outlet) {
    return { name: canonicalOutlet(given.outlet), known: true, source: 'metadata', evidence: 'front matter or story.json' };
  }
  if (found.outlet) {
    return {
      // A page's own metadata spells its site as it likes ("WSJ", "the Guardian", "usatoday").
      name: canonicalOutlet(found.outlet.name),
      known: true,
      source: 'text',
      evidence: `${found.outlet.rule}: ${found.outlet.evidence}`,
      ...(found.repost ? { repost: found.repost } : {}),
    };
  }
  // Nothing names it, but the page's address says whose site it is on: the user's (a fetched URL, front matter), else the page's own.
  const givenHost = hostOf(given.url);
  const host = givenHost ?? hostOf(found.url);
  if (host) return { name: outletOfHost(host)?.name ?? host, known: true, source: givenHost ? 'metadata' : 'text', evidence: `page address ${host}` };
  return { name: `unknown (${file})`, known: false, source: 'unknown' };
}

const sameOutlet = (a: string, b: string): boolean => canonicalOutlet(a).toLowerCase() === canonicalOutlet(b).toLowerCase();

// A repost names its source next to the article's start or end: only that far is read (data/outlets.json).
const SOURCE_LINE_REACH = table('outlets').sourceLineReach;

/**
 * A page can carry another outlet's article (a forum or aggregator repost with "Source: dw.com").
 * The text cleaner's own line rules read the page's extracted blocks, so pages and pasted text
 * name the original outlet the same way; the page's site becomes where it was reposted, and the
 * source line leaves the body as it does for text.
 */
export function withStatedSource(cleaned: CleanedArticle): CleanedArticle {
  const { blocks, found } = cleaned;
  const ends = blocks.length > 2 * SOURCE_LINE_REACH ? [...blocks.slice(0, SOURCE_LINE_REACH), ...blocks.slice(-SOURCE_LINE_REACH)] : blocks;
  // Only the outlet clue is wanted: the passes that decide body from chrome need not run.
  const ctx = readClues(ends);
  const stated = foundMeta(ctx.clues, cleaned.title).outlet;
  const site = found.siteName ?? hostOf(found.url);
  if (!stated || (site && sameOutlet(stated.name, site)) || (found.outlet && sameOutlet(stated.name, found.outlet.name))) return cleaned;
  const on = site ?? 'this page';
  const evidence = found.outlet ? `${found.outlet.rule}: ${found.outlet.evidence}` : `page at ${found.url ?? 'an unknown address'}`;
  const sourceLines: RemovedBlock[] = ctx.lines.flatMap(({ line, text }, i) => (ctx.labels[i]?.rule === stated.rule ? [{ line, text, rule: stated.rule }] : []));
  const removedLines = new Set(sourceLines.map((r) => r.line));
  return {
    ...cleaned,
    blocks: blocks.filter((b) => !removedLines.has(b.line)),
    removed: [...cleaned.removed, ...sourceLines].sort((a, b) => a.line - b.line),
    found: { ...found, outlet: stated, repost: { on, evidence } },
  };
}
