// The names an actor goes by, merged into one: countries with their official names, capitals and
// demonyms (world-countries, ODbL), the seats and agencies news uses for a state (data/actors.json),
// places, legislatures and media, and the actors a story lists in story.json, which win over everything else.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { nameTextKey } from './name-tokens.ts';
import type { ActorKind, ListedActor } from '../../types.ts';
import { table } from '../../settings/tables.ts';

const data = table('actors');

export interface GazetteerEntry {
  name: string;
  kind: ActorKind;
  listed: boolean;
}

export interface Gazetteer {
  /** The entry a phrase's key names (see phraseKey). */
  get(key: string): GazetteerEntry | undefined;
  /** The longest alias, in words: how far a lookup needs to look ahead. */
  longest: number;
  listed: GazetteerEntry[];
}

// The package's ESM entry has no typed default export under NodeNext; its CommonJS entry is the same array.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

const demonyms = new Set<string>();

/** "Chinese", "American": a country named as an attribute of something else. */
export function isDemonym(key: string): boolean {
  return demonyms.has(key);
}

const officialBodies = new Set(data.bodies.official.map((name) => name.toLowerCase()));

/** Whether the name (in any case) is a body of a state or of a union of states that speaks officially ("FBI", "House"). */
export const isOfficialBody = (name: string): boolean => officialBodies.has(name.toLowerCase());

/** Names of the built-in table: countries first, then agencies and seats, places, organisations and media. */
function builtInNames(): Array<[string, GazetteerEntry]> {
  const { countries: c } = data;
  const skipCapitals = new Set(c.skipCapitals);
  const skipNames = new Set(c.skipNames);
  const out: Array<[string, GazetteerEntry]> = [];
  const demonymOwners = new Map<string, Array<{ name: string; independent: boolean }>>();
  for (const country of countries) {
    const entry: GazetteerEntry = { name: country.name.common, kind: 'country', listed: false };
    const names = [country.name.common, country.name.official, ...country.capital.filter((n) => !skipCapitals.has(n))];
    for (const n of names) if (!skipNames.has(n)) out.push([n, entry]);
    const demonyms = country.demonyms?.['eng'];
    for (const d of new Set(demonyms ? [demonyms.m, demonyms.f] : [])) {
      demonymOwners.set(d, [...(demonymOwners.get(d) ?? []), { name: country.name.common, independent: country.independent }]);
    }
  }
  const countryEntries = new Map(out.map(([, e]) => [e.name, e]));
  for (const [demonym, owners] of demonymOwners) {
    // "American" is also the Northern Mariana Islands' demonym: a sovereign state's claim wins.
    const states = owners.filter((o) => o.independent);
    const [owner] = states.length ? states : owners;
    if ((states.length === 1 || owners.length === 1) && !skipNames.has(demonym)) {
      out.push([demonym, countryEntries.get(owner!.name)!]);
      demonyms.add(nameTextKey(demonym));
    }
  }
  for (const name of c.extra) countryEntries.set(name, { name, kind: 'country', listed: false });
  for (const [name, aliases] of Object.entries(c.aliases)) {
    const entry = countryEntries.get(name)!;
    for (const alias of [name, ...aliases]) out.push([alias, entry]);
  }
  for (const name of data.places.names) out.push([name, { name, kind: 'place', listed: false }]);
  for (const [name, aliases] of Object.entries(data.bodies.names)) {
    const entry: GazetteerEntry = { name, kind: 'organisation', listed: false };
    for (const alias of [name, ...aliases]) out.push([alias, entry]);
  }
  for (const name of data.media.names) out.push([name, { name, kind: 'organisation', listed: false }]);
  return out;
}

const BUILT_IN = builtInNames();

export function buildGazetteer(listed: readonly ListedActor[] = []): Gazetteer {
  const byKey = new Map<string, GazetteerEntry>();
  for (const [name, entry] of BUILT_IN) byKey.set(nameTextKey(name), entry);
  const listedEntries = listed.map((actor) => {
    const known = byKey.get(nameTextKey(actor.name));
    const entry: GazetteerEntry = { name: actor.name, kind: actor.kind ?? known?.kind ?? 'other', listed: true };
    // Listing a built-in actor by its own name keeps its aliases ("PRC" stays China); listing one
    // of its aliases ("NASA") takes only that name from it.
    if (known?.name === actor.name) for (const [key, e] of byKey) if (e === known) byKey.set(key, entry);
    for (const alias of [actor.name, ...(actor.aliases ?? [])]) byKey.set(nameTextKey(alias), entry);
    return entry;
  });
  let longest = 1;
  for (const key of byKey.keys()) longest = Math.max(longest, key.split(' ').length);
  return { get: (key) => byKey.get(key), longest, listed: listedEntries };
}

export const DEFAULT_GAZETTEER = buildGazetteer();
