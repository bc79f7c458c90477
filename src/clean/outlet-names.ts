// Recognises outlets the text itself names, from the gazetteer in data/outlets.json. Never guesses.
import { escapeRegExp } from '../escape-regexp.ts';
import { compareNames } from '../text/compare-names.ts';
import { spellingKey } from '../text/normalize.ts';
import { table } from '../settings/tables.ts';

const data = table('outlets');

export interface KnownOutlet {
  name: string;
  aliases: string[];
  domains: string[];
}

const outlets: KnownOutlet[] = data.outlets;

/** A web address's name without its suffix: "politifact.com" and "Express.co.uk" name PolitiFact and Express. */
const DOMAIN_SUFFIX = /^([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*?)(?:\.(?:co|com|org|net|gov|ac))?\.\p{L}{2,}$/u;

/**
 * An outlet name reduced to how it is spelled apart from case, spacing, punctuation, a leading
 * "the" and a domain's suffix: "thehuffingtonpost", "The Huffington Post" and "Huffington Post"
 * meet, as do "Drudge Report" and "drudgereport" (data sets and feeds write outlets as either), and
 * "@politifact", "PolitiFact" and "politifact.com" (pages name their site either way).
 */
export function outletKey(name: string): string {
  const bare = name.trim().replace(/^www\./iu, '');
  return spellingKey(DOMAIN_SUFFIX.exec(bare)?.[1] ?? bare).replace(/^the(?=\p{L}{3})/u, '');
}

/**
 * One spelling per outlet, given the outlet of every article ("@politifact" on one page,
 * "PolitiFact" on another): names with the same key take the spelling most articles use, ties to
 * the first in name order. Maps every other spelling to the one chosen.
 */
export function outletSpellings(names: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const name of names) {
    const key = outletKey(name);
    const spellings = counts.get(key) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    counts.set(key, spellings);
  }
  const rename = new Map<string, string>();
  for (const spellings of counts.values()) {
    if (spellings.size < 2) continue;
    const [chosen] = [...spellings].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]))[0]!;
    for (const name of spellings.keys()) if (name !== chosen) rename.set(name, chosen);
  }
  return rename;
}

const byKey = new Map<string, KnownOutlet>();
const bySpelling = new Map<string, KnownOutlet>();
const byDomain = new Map<string, KnownOutlet>();
for (const o of outlets) {
  for (const key of [o.name, ...o.aliases, ...o.domains]) byKey.set(key.toLowerCase(), o);
  for (const domain of o.domains) byDomain.set(domain.toLowerCase(), o);
  for (const name of [o.name, ...o.aliases]) bySpelling.set(outletKey(name), o);
}

// Longest names first, so "USA TODAY" wins over a shorter alias that starts the same way.
const mastheadPattern = new RegExp(
  `^(?:the\\s+)?(${[...byKey.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** The outlet with this exact name, alias or domain (a leading "www." is ignored). */
export function lookupOutlet(nameOrDomain: string): KnownOutlet | null {
  const key = nameOrDomain
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\/$/, '');
  return byKey.get(key) ?? byKey.get(key.replace(/^the\s+/, '')) ?? null;
}

/** The known outlet whose domain the host is or lies under ("uk.reuters.com": Reuters). */
export function outletOfHost(host: string | undefined): KnownOutlet | null {
  const labels = host?.toLowerCase().split('.') ?? [];
  for (let i = 0; i + 2 <= labels.length; i++) {
    const known = byDomain.get(labels.slice(i).join('.'));
    if (known) return known;
  }
  return null;
}

/** The host of a web address, without "www."; undefined for anything else. */
export function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The gazetteer's name for this outlet ("bbc.co.uk" is "BBC News", "thehuffingtonpost" is
 * "HuffPost"), or the name as given when it is not listed; a site named by its address
 * ("https://www.newsnation.in") by its host.
 */
export function canonicalOutlet(nameOrDomain: string): string {
  const name = hostIfAddress(nameOrDomain);
  return listedAs(name)?.name ?? name;
}

/** An address's host ("https://www.newsnation.in": newsnation.in); anything else as it is. */
const hostIfAddress = (nameOrDomain: string): string => (/^https?:\/\//i.test(nameOrDomain.trim()) && hostOf(nameOrDomain.trim())) || nameOrDomain;

/** The listed outlet a name, alias or domain names, spelt any way ("thehuffingtonpost"); null when none. */
const listedAs = (name: string): KnownOutlet | null => lookupOutlet(name) ?? bySpelling.get(outletKey(name)) ?? null;

/** The listed outlet a name, alias, domain or address names; null when none. */
export const knownOutlet = (nameOrDomain: string): KnownOutlet | null => listedAs(hostIfAddress(nameOrDomain));

const LOWER_WORD = /(?:^|\s)\p{Ll}/u;

/** The outlet whose name starts the line (a masthead such as "USA TODAY US Edition"). */
export function mastheadOutlet(line: string): KnownOutlet | null {
  const m = mastheadPattern.exec(line);
  // "USA TODAY US Edition" is a masthead; "Time to launch" is a sentence that starts with a name.
  if (!m?.[1] || LOWER_WORD.test(line.slice(m[0].length))) return null;
  return lookupOutlet(m[1]);
}
