// A fetched URL kept in the story folder, so a later run reads it instead of the network: the page
// with its fetch record in a leading HTML comment (the HTML's front matter), or, for a URL that
// could not be fetched, the failure alone. One file per URL, written whole or not at all.
import { sha256 } from '../../hash.ts';
import type { FetchFailure, FetchRecord } from './fetch-page.ts';
import { parseReadBack } from '../../read-back.ts';

const PAGE = 'framelens-fetch';
const FAILED = 'framelens-fetch-failed';
const HEADER = /^<!-- (framelens-fetch(?:-failed)?) (.*) -->\n/;

/**
 * Where a URL's snapshot lives in the story folder: by host, a readable slug and a hash of the URL;
 * `.txt` for a plain-text page so it is read as text. The host never climbs out (".."), never hides
 * (".x") and has no ':' (the port).
 */
export function snapshotFile(url: string, kind: 'html' | 'text' = 'html'): string {
  const u = new URL(url);
  const host =
    u.host
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '_')
      .replace(/\.{2,}/g, '_')
      .replace(/^\.+|\.+$/g, '') || '_';
  const slug =
    `${u.pathname}${u.search}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'index';
  const hash = sha256(url).slice(0, 8);
  return `snapshots/${host}/${slug}-${hash}.${kind === 'text' ? 'txt' : 'html'}`;
}

// "--" cannot appear inside an HTML comment; in JSON it can only be inside a string, where \u002d reads the same.
const commentSafe = (value: unknown): string => JSON.stringify(value).replace(/--/g, '-\\u002d');

export function snapshotText(record: FetchRecord, page: string): string {
  return `<!-- ${PAGE} ${commentSafe(record)} -->\n${page}`;
}

export function failureText(failure: FetchFailure & { fetchedAt: string }): string {
  return `<!-- ${FAILED} ${commentSafe(failure)} -->\n`;
}

export type Snapshot =
  | { kind: 'page'; record: FetchRecord; page: string }
  | { kind: 'failed'; failure: FetchFailure & { fetchedAt: string } }
  /** A snapshot whose record is not one this version writes (edited, or cut short): the page after it is kept, never fetched over. */
  | { kind: 'invalid'; problem: string; page: string }
  | null;

/** The record a snapshot starts with, checked against schema/cache.schema.json; null for a page saved any other way. */
export function readSnapshot(content: string): Snapshot {
  const m = HEADER.exec(content);
  if (!m) return null;
  const page = content.slice(m[0].length);
  if (m[1] === FAILED) {
    const { value, problem } = parseReadBack<FetchFailure & { fetchedAt: string }>('fetchFailure', m[2]!);
    return value ? { kind: 'failed', failure: value } : { kind: 'invalid', problem, page };
  }
  const { value, problem } = parseReadBack<FetchRecord>('fetchRecord', m[2]!);
  return value ? { kind: 'page', record: value, page } : { kind: 'invalid', problem, page };
}
