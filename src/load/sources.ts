// The URLs of a story: sources.txt (one URL per line, an outlet after a tab, # comments) and "urls"
// in story.json, each remembered with where it was listed. --url on the command line adds to
// sources.txt, so a later run without it still knows the URL.
import { join } from 'node:path';
import { checkUrlScheme } from './fetch/fetch-page.ts';
import { readIfExists } from './read-if-exists.ts';
import { writeAtomically } from '../write-atomic.ts';

export interface Source {
  url: string;
  outlet?: string;
  /** Where the URL was listed: "sources.txt line 3", "story.json", "command line". */
  from: string;
}

/** A URL the fetcher takes (checkUrlScheme decides), or the reason it is not one. */
export function urlProblem(text: string): string | null {
  const failure = checkUrlScheme(text);
  if (!failure) return null;
  return failure.reason === 'bad-url' ? `not a URL: "${text}"` : `only http and https URLs are fetched, not ${new URL(text).protocol}`;
}

/** A line of sources.txt that is not a URL to fetch: its 1-based line and the problem. */
export interface SourceLineError {
  line: number;
  message: string;
}

export function parseSources(text: string): { sources: Source[]; errors: SourceLineError[] } {
  const sources: Source[] = [];
  const errors: SourceLineError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [url, ...rest] = raw.split('\t').map((p) => p.trim());
    const outlet = rest.join(' ').trim();
    const problem = urlProblem(url!);
    if (problem) errors.push({ line: i + 1, message: problem });
    else sources.push({ url: url!, ...(outlet ? { outlet } : {}), from: `sources.txt line ${i + 1}` });
  });
  return { sources, errors };
}

/** The first listing of each URL wins; later ones are reported. */
export function uniqueSources(sources: readonly Source[]): { sources: Source[]; duplicates: string[] } {
  const seen = new Map<string, Source>();
  const duplicates: string[] = [];
  for (const s of sources) {
    const first = seen.get(s.url);
    if (first) duplicates.push(`${s.url} (${s.from}) is already listed in ${first.from}`);
    else seen.set(s.url, s);
  }
  return { sources: [...seen.values()], duplicates };
}

/** Adds the URLs sources.txt does not list yet (creating it), and returns them. */
export async function addSources(storyDir: string, urls: readonly string[]): Promise<string[]> {
  const path = join(storyDir, 'sources.txt');
  const text = (await readIfExists(path)) ?? '';
  const listed = new Set(parseSources(text).sources.map((s) => s.url));
  const added = [...new Set(urls)].filter((u) => !listed.has(u));
  if (added.length) await writeAtomically(path, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${added.join('\n')}\n`);
  return added;
}
