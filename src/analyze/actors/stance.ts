// How one article portrays an actor: the mean of the target scores (P(positive) − P(negative)) of
// the sentences that name it, negative or positive once that mean leaves a neutral band. A mean,
// not a vote: one sharply negative sentence among neutral ones moves it, three mild ones move it as
// much. The band is chosen by `npm run train:target` on NewsMTSC articles that name a person in
// several sentences (grouped cross-validation; bench:sentiment prints the figures) and written into
// the model's settings.
import { TARGET_MODEL } from '../target/layer.ts';
import type { LinearModelFile } from '../../learn/linear-model.ts';
import { round } from '../../round.ts';
import type { ActorSentimentEvidence, ActorStance, StanceLabel } from '../../types.ts';

/** The stance settings a target model carries. */
export interface StanceSettings {
  /** A mean score within [−band, band] is neutral. */
  band: number;
}

/** The model's stance settings; a model without them is refused. */
export function stanceSettings(model: LinearModelFile = TARGET_MODEL): StanceSettings {
  const stance = model.settings.stance as Partial<StanceSettings> | undefined;
  if (typeof stance?.band !== 'number') throw new Error(`${model.name}: settings need "stance": {"band"}`);
  return { band: stance.band };
}

/** The label a mean score gives. */
export function stanceLabel(score: number, band: number): StanceLabel {
  return score < -band ? 'negative' : score > band ? 'positive' : 'neutral';
}

/** The mean of sentence scores (0 for none), and its label. */
export function meanStance(scores: readonly number[], band: number): { label: StanceLabel; score: number } {
  const score = scores.length ? round(scores.reduce((s, x) => s + x, 0) / scores.length) : 0;
  return { label: stanceLabel(score, band), score };
}

/** The stance from the actor's scored sentences; every one of them is evidence, strongest first. */
export function actorStance(scored: readonly ActorSentimentEvidence[], settings: StanceSettings = stanceSettings()): ActorStance {
  const { label, score } = meanStance(
    scored.map((e) => e.score),
    settings.band,
  );
  const evidence = [...scored].sort((a, b) => Math.abs(b.score) - Math.abs(a.score));
  return { label, score, n: scored.length, evidence };
}
