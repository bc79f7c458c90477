// The layers of src/, checked on every import: shared tools (src/text, src/learn, src/settings and the files at
// the top of src/) below the stages, and each stage importing only itself, earlier stages and the
// shared tools: load → clean → analyze → cache → compare → corpus → report → pipeline → distribute
// → cli. The library entry (src/index.ts) sits on top. And the reports are a function of what they
// are given: nothing under src/report/ reads data/ or imports a stage.
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { root } from './helpers/run-analyze.ts';

const SRC = join(root, 'src');
const ORDER = ['load', 'clean', 'analyze', 'cache', 'compare', 'corpus', 'report', 'pipeline', 'distribute', 'cli'];
const SHARED = new Set(['text', 'learn', 'settings']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every relative module a file imports (static, dynamic and type-only), as paths from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) =>
    relative(root, join(dirname(file), m[1]!))
      .split(sep)
      .join('/'),
  );
}

/** A module's layer: its folder under src/ (the rank of a stage, -1 for the shared tools), or where outside src/ it is. */
function layer(path: string): { name: string; rank: number } {
  const [top, second, third] = path.split('/');
  if (top !== 'src') return { name: top!, rank: -1 };
  if (third === undefined) return second === 'index.ts' ? { name: 'index', rank: ORDER.length } : { name: 'shared', rank: -1 };
  if (SHARED.has(second!)) return { name: second!, rank: -1 };
  const rank = ORDER.indexOf(second!);
  return { name: second!, rank: rank < 0 ? ORDER.length : rank };
}

test('no stage imports a later one, and the shared tools import no stage', (t) => {
  const wrong: string[] = [];
  for (const file of sources(SRC)) {
    const from = layer(relative(root, file).split(sep).join('/'));
    for (const target of importsOf(file)) {
      const to = layer(target);
      if (to.name === 'data' || to.name === 'package.json' || to.name === from.name) continue;
      if (to.rank > from.rank || (from.rank === -1 && to.rank !== -1)) wrong.push(`${relative(root, file)} (${from.name}) imports ${target} (${to.name})`);
    }
  }
  t.deepEqual(wrong, []);
});

test('the reports read no data file and import no stage: they are written and rendered from what they are given', (t) => {
  const wrong = sources(join(SRC, 'report')).flatMap((file) =>
    importsOf(file)
      .filter((target) => target.startsWith('data/') || (layer(target).rank >= 0 && layer(target).name !== 'report'))
      .map((target) => `${relative(root, file)} imports ${target}`),
  );
  t.deepEqual(wrong, []);
});

test('no module imports a file of data/: the settings are read once and passed in, the tables read and checked by src/settings', (t) => {
  const wrong = ['src', 'bench', 'train', 'test'].flatMap((dir) =>
    sources(join(root, dir)).flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('data/'))
        .map((target) => `${relative(root, file)} imports ${target}`),
    ),
  );
  t.deepEqual(wrong, []);
});
