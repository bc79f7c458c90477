// story.json: the story's title and per-file metadata, all optional.
import { readGivenMeta } from './front-matter.ts';
import type { ListedActor } from '../types.ts';
import { urlProblem, type Source } from './sources.ts';
import type { ActorKind, GivenMeta } from '../types.ts';

export interface StoryConfig {
  title?: string;
  articles: Record<string, GivenMeta>;
  /** The story's main actors: always reported, their aliases merged into them. */
  actors: ListedActor[];
  /** URLs to fetch, as sources.txt lists them. */
  urls: Source[];
}

const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organisation', 'country', 'place', 'other'];
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/** One entry of "actors": { "name", "aliases"?, "kind"? }; errors name the entry. */
function readActor(entry: unknown, at: string, errors: string[]): ListedActor | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    errors.push(`${at} must be an object like {"name": "China", "aliases": ["Beijing"]}`);
    return null;
  }
  const { name, aliases, kind } = entry as Record<string, unknown>;
  if (!isText(name)) {
    errors.push(`${at}.name must be text`);
    return null;
  }
  const actor: ListedActor = { name: name.trim() };
  if (aliases !== undefined) {
    if (!Array.isArray(aliases) || !aliases.every(isText)) errors.push(`${at}.aliases must be a list of names`);
    else actor.aliases = aliases.map((a) => a.trim());
  }
  if (kind !== undefined) {
    if (!ACTOR_KINDS.includes(kind as ActorKind)) errors.push(`${at}.kind must be one of ${ACTOR_KINDS.join(', ')}`);
    else actor.kind = kind as ActorKind;
  }
  return actor;
}

export interface StoryConfigResult {
  config: StoryConfig;
  errors: string[];
  warnings: string[];
}

/** Parses story.json text; a broken file yields an error and an empty config, never a throw. */
export function parseStoryConfig(text: string): StoryConfigResult {
  const config: StoryConfig = { articles: {}, actors: [], urls: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { config, errors: [`not valid JSON: ${(e as Error).message}`], warnings: [] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { config, errors: ['must be a JSON object like {"title": "…", "articles": {"file.txt": {"outlet": "…"}}, "actors": [{"name": "…"}]}'], warnings: [] };
  }
  const warnings: string[] = [];
  const errors: string[] = [];
  const { title, articles, actors, urls, ...rest } = data as Record<string, unknown>;
  for (const key of Object.keys(rest)) warnings.push(`unknown key "${key}" ignored (known: title, articles, actors, urls)`);
  if (typeof title === 'string' && title.trim()) config.title = title.trim();
  else if (title !== undefined) errors.push('"title" must be text');
  if (articles !== undefined) {
    if (typeof articles !== 'object' || articles === null || Array.isArray(articles)) {
      errors.push('"articles" must map file names to metadata objects');
    } else {
      for (const [file, meta] of Object.entries(articles)) {
        if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
          errors.push(`articles["${file}"] must be an object`);
          continue;
        }
        const read = readGivenMeta(meta as Record<string, unknown>, `articles["${file}"]`);
        config.articles[file] = read.given;
        warnings.push(...read.warnings);
      }
    }
  }
  if (actors !== undefined) {
    if (!Array.isArray(actors)) errors.push('"actors" must be a list like [{"name": "China", "aliases": ["Beijing"]}]');
    else config.actors = actors.flatMap((entry, i) => readActor(entry, `actors[${i}]`, errors) ?? []);
  }
  if (urls !== undefined) {
    if (!Array.isArray(urls)) errors.push('"urls" must be a list like ["https://…", {"url": "https://…", "outlet": "…"}]');
    else config.urls = urls.flatMap((entry, i) => readUrl(entry, `urls[${i}]`, errors) ?? []);
  }
  return { config, errors, warnings };
}

/** One entry of "urls": a URL, or { "url", "outlet"? }. */
function readUrl(entry: unknown, at: string, errors: string[]): Source | null {
  const { url, outlet } = typeof entry === 'string' ? { url: entry, outlet: undefined } : ((entry ?? {}) as Record<string, unknown>);
  if (typeof url !== 'string') {
    errors.push(`${at} must be a URL or {"url": "…", "outlet": "…"}`);
    return null;
  }
  const problem = urlProblem(url);
  if (problem) {
    errors.push(`${at}: ${problem}`);
    return null;
  }
  if (outlet !== undefined && !isText(outlet)) errors.push(`${at}.outlet must be text`);
  return { url, ...(isText(outlet) ? { outlet: outlet.trim() } : {}), from: 'story.json' };
}
