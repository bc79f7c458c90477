// A story's reports as files: report.json, index.html and each article's record and page, to compare
// two runs byte for byte.
import type { ExecutionContext } from 'ava';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file under a story's report folder, by path inside it. */
export async function storyFiles(storyReportDir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const e of await readdir(storyReportDir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files.set(relative(storyReportDir, join(e.parentPath, e.name)), await readFile(join(e.parentPath, e.name)));
  }
  return files;
}

/** The same files as `expected`, byte for byte. */
export function assertSameFiles(t: ExecutionContext, actual: Map<string, Buffer>, expected: Map<string, Buffer>, what: string): void {
  t.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort(), `${what}: the same files`);
  for (const [file, bytes] of expected) t.true(bytes.equals(actual.get(file) ?? Buffer.alloc(0)), `${what}: ${file} is byte-identical`);
}
