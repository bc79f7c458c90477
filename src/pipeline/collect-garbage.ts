// Once a large story is reported, most of the heap is its articles' copies, garbage from then on; V8
// keeps them until it next runs short, and what comes next (the next story, the corpus) then grew the
// heap on top of them: 5,000 articles, the main process went from 1.15 to 1.43 GB in the corpus
// step, on a live heap a third of that. A full collection at that point gives the room back first.
// After a short story it only costs: 100 stories of 10 articles spent 13 s in 200 collections that
// each found a few MB, while the worker processes waited. So it collects only once the heap has grown
// by `heap.collectAfterGrowthBytes` (data/limits.json) over what the last collection here left.
// It needs the process started with --expose-gc (npm run analyze is); without it, it does nothing.
import type { Limits } from '../settings/settings-schema.ts';

let leftByLast = 0;

export function collectGarbage(heap: Limits['heap']): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc || process.memoryUsage().heapUsed - leftByLast < heap.collectAfterGrowthBytes) return;
  gc();
  leftByLast = process.memoryUsage().heapUsed;
}
