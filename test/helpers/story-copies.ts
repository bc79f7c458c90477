// A story of any size from the bundled one: copies of its five articles, each copy in a sub-folder
// and made distinct by a line appended to every article (identical files would be one article).
import { appendFile, cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from './run-analyze.ts';

export const BUNDLED_STORY = join(root, 'articles/lunar-research-station-2021');

/** Writes `copies` copies of the bundled story into `storyDir`: 5 × copies articles. */
export async function copiesOfBundledStory(storyDir: string, copies: number): Promise<void> {
  for (let i = 0; i < copies; i++) {
    const to = join(storyDir, `copy-${i}`);
    await cp(BUNDLED_STORY, to, { recursive: true });
    for (const file of await readdir(to)) if (file.endsWith('.txt')) await appendFile(join(to, file), `\nCopy ${i}.\n`);
  }
}
