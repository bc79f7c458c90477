// The negativity weight ends every negative contribution of the sentence scorer; tests that spell
// out a hit's weight or modifiers use these rather than repeating the factor.
import { round } from '../../src/round.ts';
import rules from '../../data/sentiment-rules.json' with { type: 'json' };

export const NEG = `negative ×${rules.negativity.factor}`;

export const negative = (weight: number): number => round(weight * rules.negativity.factor);
