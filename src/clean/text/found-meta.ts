// Turns the clues the passes left into FoundMeta: the first clue of each kind wins, except the
// outlet, where an explicit attribution beats a masthead, which beats a source line.
import { canonicalOutlet } from '../outlet-names.ts';
import type { FoundMeta } from '../../types.ts';
import type { TextClue } from './context.ts';

const OUTLET_RULES = ['attribution', 'masthead', 'source-line', 'title-site-date'];

export function foundMeta(clues: TextClue[], title: string | null): FoundMeta {
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
