import test, { type ExecutionContext } from 'ava';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { countArticleFiles, inputKind, listStories, listStoryFiles } from '../../src/load/discover.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** A temp folder holding `files` (path → content; a path ending in "/" is an empty folder). */
async function tree(t: ExecutionContext, files: string[]): Promise<string> {
  const root = await tempDir(t, 'framelens-discover-');
  for (const f of files) {
    if (f.endsWith('/')) await mkdir(join(root, f), { recursive: true });
    else {
      await mkdir(dirname(join(root, f)), { recursive: true });
      await writeFile(join(root, f), 'x');
    }
  }
  return root;
}

test('inputKind maps extensions, case-insensitively', (t) => {
  t.is(inputKind('a.txt'), 'text');
  t.is(inputKind('a.TEXT'), 'text');
  t.is(inputKind('dir/a.md'), 'markdown');
  t.is(inputKind('a.Markdown'), 'markdown');
  t.is(inputKind('a.html'), 'html');
  t.is(inputKind('A.HTM'), 'html');
  t.is(inputKind('a.xhtml'), 'html');
  t.is(inputKind('a.pdf'), null);
  t.is(inputKind('README'), null);
  t.is(inputKind('.md'), null);
});

test('listStories gives the story folders, sorted, without files or hidden folders', async (t) => {
  const root = await tree(t, ['zeta/', 'alpha/', 'Beta/', '.git/', 'notes.txt', 'mid/a.txt']);
  t.deepEqual(await listStories(root), ['Beta', 'alpha', 'mid', 'zeta']);
});

test('listStoryFiles: articles sorted, story files and hidden files left out silently', async (t) => {
  const root = await tree(t, ['story.json', 'sources.txt', 'README.md', '.gitkeep', '.DS_Store', '.hidden.txt', 'c.html', 'a.txt', 'b.md', 'B.TXT']);
  t.deepEqual(await listStoryFiles(root), {
    articles: [
      { file: 'B.TXT', kind: 'text' },
      { file: 'a.txt', kind: 'text' },
      { file: 'b.md', kind: 'markdown' },
      { file: 'c.html', kind: 'html' },
    ],
    skipped: [],
  });
});

test('an unknown extension is reported as skipped, with the reason', async (t) => {
  const root = await tree(t, ['a.txt', 'scan.pdf', 'NOTES']);
  const { articles, skipped } = await listStoryFiles(root);
  t.deepEqual(articles, [{ file: 'a.txt', kind: 'text' }]);
  t.deepEqual(skipped, [
    { file: 'NOTES', reason: 'unknown extension "(none)"; use .txt, .md or .html' },
    { file: 'scan.pdf', reason: 'unknown extension ".pdf"; use .txt, .md or .html' },
  ]);
});

test('nested folders are walked; story files count only at the top', async (t) => {
  const root = await tree(t, ['z.txt', 'sub/b.md', 'sub/deeper/c.htm', 'sub/story.json', 'sub/.hidden/x.txt', '.git/config.txt', 'empty/']);
  const { articles, skipped } = await listStoryFiles(root);
  t.deepEqual(articles, [
    { file: 'sub/b.md', kind: 'markdown' },
    { file: 'sub/deeper/c.htm', kind: 'html' },
    { file: 'z.txt', kind: 'text' },
  ]);
  t.deepEqual(skipped, [{ file: 'sub/story.json', reason: 'unknown extension ".json"; use .txt, .md or .html' }]);
});

// A link is either followed or reported, never silently lost (today it is reported).
test('a symbolic link is not silently lost', async (t) => {
  const root = await tree(t, ['a.txt']);
  await symlink(join(root, 'a.txt'), join(root, 'link.txt'));
  const { articles, skipped } = await listStoryFiles(root);
  t.deepEqual(
    articles.filter((a) => a.file === 'a.txt'),
    [{ file: 'a.txt', kind: 'text' }],
  );
  t.true(articles.some((a) => a.file === 'link.txt') || skipped.some((s) => s.file === 'link.txt'));
});

test('a missing folder rejects', async (t) => {
  const root = await tree(t, []);
  await t.throwsAsync(listStoryFiles(join(root, 'nope')), { code: 'ENOENT' });
  await t.throwsAsync(listStories(join(root, 'nope')), { code: 'ENOENT' });
});

test('countArticleFiles adds up the article files of the stories; a folder that cannot be listed counts none', async (t) => {
  const root = await tree(t, ['one/a.txt', 'one/b.html', 'one/scan.pdf', 'one/story.json', 'two/deep/c.md', 'three/']);
  t.is(await countArticleFiles(root, ['one', 'two', 'three', 'missing']), 3);
});
