import test from 'ava';
import { isRefusal, refusal } from '../../src/distribute/protocol.ts';

const mine = { version: '1.2.0', fingerprint: 'a'.repeat(64) };

test('a worker takes the jobs of its own analyzer, whatever the version string says', (t) => {
  t.is(refusal('host-1', mine, { ...mine }), null);
  t.is(refusal('host-1', mine, { ...mine, version: '1.1.0' }), null);
});

test('a job of another analyzer is refused, naming the worker and both versions, and is told from other failures', (t) => {
  const reason = refusal('host-1', mine, { version: '1.1.0', fingerprint: 'b'.repeat(64) });
  t.is(
    reason,
    `refused by worker host-1: it runs framelens 1.2.0 (analyzer ${'a'.repeat(12)}), the coordinator framelens 1.1.0 (analyzer ${'b'.repeat(12)}); run workers and coordinator from the same version, with the same src/, data/ and package-lock.json`,
  );
  t.true(isRefusal(reason!));
  t.false(isRefusal('job stalled more than allowable limit'));
});
