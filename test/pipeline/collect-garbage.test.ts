import test from 'ava';
import { collectGarbage } from '../../src/pipeline/collect-garbage.ts';

test('collects when the process exposes the collector, and does nothing when it does not', (t) => {
  const host = globalThis as { gc?: () => void };
  const own = host.gc;
  t.teardown(() => {
    host.gc = own;
  });
  let calls = 0;
  host.gc = () => calls++;
  collectGarbage();
  t.is(calls, 1);
  delete host.gc;
  t.notThrows(() => collectGarbage());
});
