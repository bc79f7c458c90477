// A story folder read whole, for tests that look at every article and diagnostic at once.
import { openStory } from '../../src/load/load-story.ts';
import type { LoadedArticle } from '../../src/types.ts';
import { SETTINGS } from './settings.ts';

export async function loadStory(dir: string, id?: string) {
  const story = await openStory(dir, id, { settings: SETTINGS });
  const articles: LoadedArticle[] = [];
  for await (const article of story.articles) articles.push(article);
  return { ...story, articles };
}
