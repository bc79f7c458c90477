// The negativity weight ends every negative contribution of the sentence scorer; tests that spell
// out a hit's weight or modifiers use these rather than repeating the factor.
import { round } from '../../src/round.ts';
import { table } from '../../src/settings/tables.ts';

const rules = table('sentiment-rules');

export const NEG = `negative ×${rules.negativity.factor}`;

export const negative = (weight: number): number => round(weight * rules.negativity.factor);
