// story.json: the story's title and per-file metadata, all optional.
import { readGivenMeta } from './front-matter.ts';
import type { GivenMeta } from '../types.ts';

export interface StoryConfig {
  title?: string;
  articles: Record<string, GivenMeta>;
}

export interface StoryConfigResult {
  config: StoryConfig;
  errors: string[];
  warnings: string[];
}

/** Parses story.json text; a broken file yields an error and an empty config, never a throw. */
export function parseStoryConfig(text: string): StoryConfigResult {
  const config: StoryConfig = { articles: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { config, errors: [`not valid JSON: ${(e as Error).message}`], warnings: [] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { config, errors: ['must be a JSON object like {"title": "…", "articles": {"file.txt": {"outlet": "…"}}}'], warnings: [] };
  }
  const warnings: string[] = [];
  const errors: string[] = [];
  const { title, articles, ...rest } = data as Record<string, unknown>;
  for (const key of Object.keys(rest)) warnings.push(`unknown key "${key}" ignored (known: title, articles)`);
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
  return { config, errors, warnings };
}
