// How much two analyses at once gain on this machine over one: the same articles analyzed by one
// process alone, then by two processes at the same time, each as a worker process runs (same job,
// same Node options), then by one alone again (the machine's speed drifts within minutes: the time
// alone is that of both passes around the pair). Two cores that share caches and memory bandwidth
// slow each other down, so the --jobs speed-up of the whole pipeline cannot exceed
// 2 × (time alone) / (time of each of the two).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WORKER_TUNING } from '../../src/pipeline/process-pool.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = fileURLToPath(new URL('./analyze-sample.ts', import.meta.url));

export interface ParallelCeiling {
  articles: number;
  /** Milliseconds an article, one process alone. */
  alone: number;
  /** Milliseconds an article in each of two processes running at once (their mean). */
  together: number;
  /** 2 × alone / together: the most two processes can do in the time of one. */
  ceiling: number;
}

function timeSample(files: readonly string[]): Promise<{ articles: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...WORKER_TUNING, SAMPLE, ...files], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`${SAMPLE} ended with exit ${code}`));
      const timed = JSON.parse(out) as { articles: number; ms: number };
      // Articles that could not be read are skipped: a sample with none past the warm-up times nothing.
      if (timed.articles === 0) reject(new Error(`${SAMPLE}: no article past the warm-up could be read of the ${files.length} given`));
      else resolve(timed);
    });
  });
}

/** Milliseconds an article over several timed samples together. */
const msPerArticle = (samples: ReadonlyArray<{ articles: number; ms: number }>): number => samples.reduce((n, s) => n + s.ms, 0) / samples.reduce((n, s) => n + s.articles, 0);

/** One process over `files`, then two at once over the same files, then one again. */
export async function parallelCeiling(files: readonly string[]): Promise<ParallelCeiling> {
  const before = await timeSample(files);
  const pair = await Promise.all([timeSample(files), timeSample(files)]);
  const after = await timeSample(files);
  const alone = msPerArticle([before, after]);
  const together = msPerArticle(pair);
  return { articles: before.articles, alone, together, ceiling: (2 * alone) / together };
}
