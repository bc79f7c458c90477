import test from 'ava';
import { foldLatent, latentDirections, project, symmetricEigen } from '../../src/learn/latent.ts';
import { seededRandom } from '../../src/learn/random.ts';
import type { Features } from '../../src/learn/logistic.ts';

const close = (a: number, b: number, eps = 1e-9): boolean => Math.abs(a - b) < eps;
/** A linear score: the sum of the row's values times their weights. */
const score = (w: ReadonlyMap<string, number>, r: Features): number => [...r].reduce((s, [name, v]) => s + v * (w.get(name) ?? 0), 0);

test('symmetricEigen: the eigenpairs of a small symmetric matrix', (t) => {
  const { values, vectors } = symmetricEigen([
    [2, 1],
    [1, 2],
  ]);
  const order = values.map((_, i) => i).sort((i, j) => values[j]! - values[i]!);
  t.true(close(values[order[0]!]!, 3) && close(values[order[1]!]!, 1), `values ${values}`);
  const top = vectors.map((row) => row[order[0]!]!);
  t.true(close(Math.abs(top[0]!), Math.SQRT1_2) && close(top[0]!, top[1]!), `vector ${top}`);
});

test('latentDirections: rows along one line give that line, unit length, sign fixed; other features ignored', (t) => {
  const line = new Map([
    ['w:a', 3],
    ['w:b', -4],
  ]);
  const rows: Features[] = [1, 2, -0.5].map((k) => new Map([...[...line].map(([name, x]) => [name, k * x] as [string, number]), ['cue:x', k]]));
  const basis = latentDirections(rows, 5, 'w:');
  t.is(basis.size, 1);
  t.deepEqual([...basis.loadings.keys()].sort(), ['w:a', 'w:b']);
  t.true(close(basis.loadings.get('w:a')![0]!, -0.6) && close(basis.loadings.get('w:b')![0]!, 0.8), `direction ${[...basis.loadings]}`);
  t.true(close(project(rows[1]!, basis)[0]!, -10));
  t.deepEqual(latentDirections(rows, 5, 'w:'), basis);
});

test('foldLatent: the folded weights score every row as the weights over latent coordinates did', (t) => {
  const random = seededRandom(3);
  const rows: Features[] = Array.from({ length: 12 }, () => new Map(['a', 'b', 'c', 'd', 'e'].map((w) => [`w:${w}`, random() - 0.5] as [string, number])));
  const basis = latentDirections(rows, 3, 'w:');
  t.is(basis.size, 3);
  const scale = 3;
  const weights = new Map([
    ['w:a', 0.4],
    ['x:length', 2],
    ['z:0', 1.5],
    ['z:2', -0.7],
  ]);
  const folded = foldLatent(weights, basis, scale, 'z:');
  t.false([...folded.keys()].some((name) => name.startsWith('z:')));
  for (const row of rows) {
    const z = project(row, basis);
    const withCoordinates = new Map([...row, ['x:length', 1], ...z.map((v, i) => [`z:${i}`, scale * v] as [string, number])]);
    t.true(close(score(folded, new Map([...row, ['x:length', 1]])), score(weights, withCoordinates)));
  }
});
