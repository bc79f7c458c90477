// Who published the article: what the user said, else what the text itself says, else unknown —
// reported with the file name, never guessed.
import { lookupOutlet } from './outlet-names.ts';
import type { FoundMeta, GivenMeta, OutletRef } from '../types.ts';

export function resolveOutlet(given: GivenMeta, found: FoundMeta, file: string): OutletRef {
  if (given.outlet) {
    return { name: lookupOutlet(given.outlet)?.name ?? given.outlet, known: true, source: 'metadata', evidence: 'front matter or story.json' };
  }
  if (found.outlet) {
    return {
      name: found.outlet.name,
      known: true,
      source: 'text',
      evidence: `${found.outlet.rule}: ${found.outlet.evidence}`,
      ...(found.repost ? { repost: found.repost } : {}),
    };
  }
  return { name: `unknown (${file})`, known: false, source: 'unknown' };
}
