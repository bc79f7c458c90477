import test from 'ava';
import { chancePresent } from '../../src/analyze/chance-present.ts';

test('a generic frame: its calibrated strength; a policy frame: its decision', (t) => {
  t.is(chancePresent({ family: 'generic', present: false, strength: 0.42 }), 0.42);
  t.is(chancePresent({ family: 'generic', present: true, strength: 0.8 }), 0.8);
  t.is(chancePresent({ family: 'policy', present: true, strength: 0.3 }), 1);
  t.is(chancePresent({ family: 'policy', present: false, strength: 0.9 }), 0);
});
