import test from 'ava';
import { collectGarbage } from '../../src/pipeline/collect-garbage.ts';

const MB = 1024 * 1024;
const growth = (bytes: number) => ({ collectAfterGrowthBytes: bytes });

test('collects once the heap has grown by the given bytes since its last collection, and does nothing without the collector', (t) => {
  const host = globalThis as { gc?: () => void };
  const own = host.gc;
  t.teardown(() => {
    host.gc = own;
  });
  let calls = 0;
  host.gc = () => calls++;
  collectGarbage(growth(0));
  t.is(calls, 1, 'no growth asked for: collects');
  collectGarbage(growth(8 * MB));
  t.is(calls, 1, 'the heap has not grown by 8 MB since: skipped');
  // About 50 MB kept alive until after the call, so the heap holds them whatever V8 collects meanwhile.
  const held = Array.from({ length: 2_000_000 }, (_, i) => ({ i }));
  collectGarbage(growth(8 * MB));
  t.is(calls, 2, `grown by ${held.length} objects: collects`);
  delete host.gc;
  t.notThrows(() => collectGarbage(growth(0)));
});
