// Turns the clues the passes left into FoundMeta: the first clue of each kind wins, except the
// outlet, where an explicit attribution beats a masthead, which beats a source line.
import { canonicalOutlet } from '../outlet-names.ts';
import { spellingKey } from '../../text/normalize.ts';
import type { FoundMeta } from '../../types.ts';
import type { TextClue } from './context.ts';

const OUTLET_RULES = ['attribution', 'masthead', 'source-line', 'title-site-date'];

// A tab title cut short ("Russia, China agree to build lu…") still names the headline; fewer
// letters than this could name many.
const HEADLINE_MIN_KEY = 10;

/** Whether a page-title line's headline is the article's: the same letters, or the start of them. */
function sameHeadline(line: string, title: string | null): boolean {
  if (!title) return false;
  const [a, b] = [spellingKey(line), spellingKey(title)];
  const shorter = a.length < b.length ? a : b;
  return a === b || (shorter.length >= HEADLINE_MIN_KEY && (a.startsWith(b) || b.startsWith(a)));
}

/**
 * `title` is the article's headline: a page-title line ("Headline | Site | date") names the outlet
 * and date only when its headline is that one, since lines of the same shape inside a page are
 * bylines, specs and captions ("Bridgestone Team | 5 min read").
 */
export function foundMeta(read: TextClue[], title: string | null): FoundMeta {
  const clues = read.filter((c) => c.headline === undefined || sameHeadline(c.headline, title));
  const first = (kind: TextClue['kind']): TextClue | undefined => clues.find((c) => c.kind === kind);
  const found: FoundMeta = {};
  if (title) found.title = title;
  const author = first('author');
  if (author) found.author = author.value;
  const published = first('published');
  if (published) found.published = published.value;
  const outletClues = clues.filter((c) => c.kind === 'outlet' || c.kind === 'source').sort((a, b) => OUTLET_RULES.indexOf(a.rule) - OUTLET_RULES.indexOf(b.rule));
  const outlet = outletClues[0];
  if (outlet) {
    const name = canonicalOutlet(outlet.value);
    const agreeing = outletClues.filter((c) => canonicalOutlet(c.value) === name).map((c) => `"${c.evidence}"`);
    found.outlet = { name, evidence: agreeing.join(', '), rule: outlet.rule };
    const forum = first('forum');
    if (forum && outlet.kind === 'source') found.repost = { on: forum.value, evidence: forum.evidence };
  }
  return found;
}
