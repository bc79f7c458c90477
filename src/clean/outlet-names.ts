// Recognises outlets the text itself names, from the gazetteer in data/outlets.json. Never guesses.
import { escapeRegExp } from '../escape-regexp.ts';
import { table } from '../settings/tables.ts';

const data = table('outlets');

export interface KnownOutlet {
  name: string;
  aliases: string[];
  domains: string[];
}

const outlets: KnownOutlet[] = data.outlets;

/**
 * An outlet name reduced to how it is spelled apart from case, spacing, punctuation and a leading
 * "the": "thehuffingtonpost", "The Huffington Post" and "Huffington Post" meet, as do "Drudge
 * Report" and "drudgereport" (data sets and feeds write outlets as either).
 */
export function outletKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/^the(?=\p{L}{3})/u, '');
}

const byKey = new Map<string, KnownOutlet>();
const bySpelling = new Map<string, KnownOutlet>();
for (const o of outlets) {
  for (const key of [o.name, ...o.aliases, ...o.domains]) byKey.set(key.toLowerCase(), o);
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

/**
 * The gazetteer's name for this outlet ("bbc.co.uk" is "BBC News", "thehuffingtonpost" is
 * "HuffPost"), or the name as given when it is not listed.
 */
export function canonicalOutlet(nameOrDomain: string): string {
  return (lookupOutlet(nameOrDomain) ?? bySpelling.get(outletKey(nameOrDomain)))?.name ?? nameOrDomain;
}

const LOWER_WORD = /(?:^|\s)\p{Ll}/u;

/** The outlet whose name starts the line (a masthead such as "USA TODAY US Edition"). */
export function mastheadOutlet(line: string): KnownOutlet | null {
  const m = mastheadPattern.exec(line);
  // "USA TODAY US Edition" is a masthead; "Time to launch" is a sentence that starts with a name.
  if (!m?.[1] || LOWER_WORD.test(line.slice(m[0].length))) return null;
  return lookupOutlet(m[1]);
}
