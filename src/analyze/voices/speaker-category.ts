// Officials, experts, media or others: what a speaker is, from the actor's kind, the names of
// media and of official bodies, and the words of the role the text gives ("a senior director at …
// think tank" is an expert).
import { lookupOutlet } from '../../clean/outlet-names.ts';
import { isOfficialBody } from '../actors/gazetteer.ts';
import { nameTokens } from '../actors/name-tokens.ts';
import type { ActorKind, SpeakerCategory } from '../../types.ts';
import { table } from '../../settings/tables.ts';

const data = table('actors');

const media = new Set(data.media.names.map((n) => n.toLowerCase()));
const official = new Set(data.roleNouns.official);
const expert = new Set(data.roleNouns.expert);
const mediaWords = new Set(data.roleNouns.media);

export function speakerCategory(name: string | null, kind: ActorKind | null, role: string | null): SpeakerCategory {
  if (name === null) return 'unknown';
  if (media.has(name.toLowerCase()) || lookupOutlet(name)) return 'media';
  if (kind === 'country' || isOfficialBody(name)) return 'official';
  const words = nameTokens(`${role ?? ''} ${name}`).map((t) => t.text.toLowerCase());
  const count = (set: ReadonlySet<string>): number => words.filter((w) => set.has(w)).length;
  const [o, e, m] = [count(official), count(expert), count(mediaWords)];
  // A "director" of a think tank is an expert and a "chief of space operations" an official: the
  // more specific words win, experts on a tie since officials' titles are the commoner words.
  if (e > 0 && e >= o) return 'expert';
  if (o > 0) return 'official';
  if (m > 0) return 'media';
  return kind === 'organisation' ? 'organisation' : 'other';
}
