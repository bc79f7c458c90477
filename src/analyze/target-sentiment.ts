// Sentiment toward one actor mentioned in a sentence (target-dependent sentiment, as in NewsMTSC).
// The sentence scorer's hits are reweighed by where they stand relative to the mention: in the
// actor's clause or another, near or far, said of the actor in an appositive, done by or to the
// actor (agent or patient of a news verb of blame or praise), or said by the actor as speaker.
// Every factor is data (data/target-sentiment.json); news words come from data/news-words.json.
// The rules' reading then feeds a trained layer (target/layer.ts) that weighs it together with the
// words around the mention; that layer decides the polarity.
import { isNegator } from './sentiment-rules.ts';
import { segment } from '../text/segment.ts';
import { stem } from '../text/stem.ts';
import { clauses } from './target/clauses.ts';
import { sentenceHits, sentenceScore } from './target/hits.ts';
import { CLASSES, decideTarget, prepareTargetModel, RULE_FEATURE, TARGET_MODEL, targetRow, targetTerms } from './target/layer.ts';
import { mentionTokens } from './target/mention.ts';
import type { LinearModelFile } from '../learn/linear-model.ts';
import { signed } from '../prose.ts';
import { round } from '../round.ts';
import type { Segment, SentimentHit, Token } from '../types.ts';
import { table } from '../settings/tables.ts';

const config = table('target-sentiment');
const newsWords = table('news-words');

export interface TargetSentiment {
  score: number;
  polarity: -1 | 0 | 1;
  /**
   * What decided the polarity, strongest first: the trained layer's probabilities and features
   * (scoreTargetIn), or the rules' contributions, each with the rules that shaped it (ruleTargetIn).
   */
  evidence: string[];
}

interface Mention {
  from: number;
  to: number;
}

/** One sentiment-bearing word as target scoring sees it: its position and its sentence-level weight. */
interface Cue {
  cue: string;
  index: number;
  weight: number;
  /** A news verb: it has an agent and a patient. */
  act: boolean;
  why: string[];
}

const actValues = new Map(newsWords.verbs.map((v) => [stem(v.word), v.value]));
const termValues = new Map(newsWords.terms.map((v) => [stem(v.word), v.value]));
const attributionVerbs = new Set(config.attribution.verbs);
const determiners = new Set(config.attached.determiners);
const passiveAuxiliaries = new Set(config.passive.auxiliaries);

const sign = (x: number): -1 | 0 | 1 => (x > 0 ? 1 : x < 0 ? -1 : 0);

/** AFINN hits from the sentence scorer, plus news words AFINN does not rate (negated the same way). */
function cuesOf(hits: readonly SentimentHit[], tokens: Token[]): Cue[] {
  const at = (offset: number): number => tokens.findIndex((t) => t.start <= offset && offset < t.end);
  const cues: Cue[] = hits.map((h) => {
    const index = at(h.span.start);
    const value = actValues.get(tokens[index]?.stem ?? '');
    // The news lexicon's value wins for its verbs (AFINN rates 'attacked' only -1); the sentence
    // scorer's negation and contrast factors still apply.
    const weight = value !== undefined && h.base !== 0 ? (h.weight * value) / h.base : h.weight;
    return { cue: h.cue, index, weight, act: value !== undefined, why: h.modifiers };
  });
  const covered = new Set(cues.map((c) => c.index));
  tokens.forEach((t, i) => {
    const value = actValues.get(t.stem) ?? termValues.get(t.stem);
    if (value === undefined || covered.has(i)) return;
    const { window, factor } = config.negation;
    const negator = tokens.slice(Math.max(0, i - window), i).find((p) => isNegator(p.norm));
    cues.push({
      cue: t.text,
      index: i,
      weight: negator ? round(value * factor) : value,
      act: actValues.has(t.stem),
      why: negator ? [`negated by '${negator.norm}' ×${factor}`] : [],
    });
  });
  return cues.filter((c) => c.index >= 0);
}

/** The token range the actor's appositive or relative clause covers, if one follows the mention. */
function attachedRange(text: string, tokens: Token[], clauseOf: number[], last: number): [number, number] | undefined {
  const next = tokens[last + 1];
  if (!next || !text.slice(tokens[last]!.end, next.start).includes(',')) return undefined;
  const relative = clauseOf[last + 1] !== clauseOf[last];
  if (!relative && !determiners.has(next.norm)) return undefined;
  let end = last + 1;
  while (end + 1 < tokens.length && clauseOf[end + 1] === clauseOf[last + 1] && !text.slice(tokens[end]!.end, tokens[end + 1]!.start).includes(',')) end++;
  return [last + 1, end];
}

/** Where the actor speaks: the token range of what it says, when a speech verb sits next to the mention. */
function statementRange(tokens: Token[], first: number, last: number): [number, number] | undefined {
  for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
    if (attributionVerbs.has(tokens[k]!.norm)) return [k + 1, tokens.length - 1];
  }
  for (let k = first - 1; k >= first - 2 && k >= 0; k--) {
    if (attributionVerbs.has(tokens[k]!.norm)) return [0, k - 1];
  }
  return undefined;
}

/** Agent when the actor does the act, patient when it is done to the actor (passives included). */
function roleOf(tokens: Token[], act: number, first: number, last: number): 'agent' | 'patient' {
  if (last < act) {
    const passive = tokens.slice(Math.max(last + 1, act - config.passive.reach), act).some((t) => passiveAuxiliaries.has(t.norm));
    return passive ? 'patient' : 'agent';
  }
  return tokens.slice(act + 1, first).some((t) => t.norm === 'by') ? 'agent' : 'patient';
}

/** What target scoring reads of a sentence whatever actor it is about: tokens, clauses and cues. */
export interface TargetSentence {
  text: string;
  tokens: Token[];
  clauseOf: number[];
  cues: Cue[];
  /** The sentence scorer's score of the whole sentence (normalised, -1..1). */
  sentenceScore: number;
}

/**
 * Reads an already segmented sentence (its offsets counted from the sentence's start) once, so a
 * sentence that names several actors is split into clauses and scored only once.
 */
export function targetSentence(seg: Segment): TargetSentence {
  const placed = clauses(seg);
  const tokens = placed.map((p) => p.token);
  const hits = sentenceHits(seg);
  return {
    text: seg.text,
    tokens,
    clauseOf: placed.map((p) => p.clause),
    cues: cuesOf(hits, tokens),
    sentenceScore: sentenceScore(hits),
  };
}

/** Polarity toward the actor at `mention` (character offsets into `text`), with its evidence. */
export function scoreTarget(text: string, mention: Mention, model: LinearModelFile = TARGET_MODEL): TargetSentiment {
  return scoreTargetIn(targetSentence(segment('body', text)), mention, model);
}

/**
 * The same for a sentence already read (see targetSentence): the trained layer's polarity and
 * score (P(positive) − P(negative), 0 when neutral); evidence, the polarity's probability and
 * the others', the features that moved its output most (weight × value, signed), then the rules'
 * own evidence when their reading is among those features.
 */
export function scoreTargetIn(sentence: TargetSentence, mention: Mention, model: LinearModelFile = TARGET_MODEL): TargetSentiment {
  const rules = ruleTargetIn(sentence, mention);
  const { idf, settings } = prepareTargetModel(model);
  const row = targetRow(targetTerms(sentence.tokens, mention, settings.window), { target: rules, sentence: sentence.sentenceScore }, idf, settings);
  const decision = decideTarget(row, model, config.evidence.max);
  const won = decision.polarity + 1;
  const others = CLASSES.flatMap((c, i) => (i === won ? [] : [`${c} ${decision.probabilities[i]!.toFixed(2)}`])).join(', ');
  const evidence = [`${CLASSES[won]} ${decision.probabilities[won]!.toFixed(2)} (${others})`, ...decision.evidence.map((c) => `${c.feature} ${signed(c.contribution, 2)}`)];
  if (decision.evidence.some((c) => c.feature.startsWith(RULE_FEATURE))) evidence.push(...rules.evidence.map((e) => `rules ${rules.score}: ${e}`));
  return { score: decision.score, polarity: decision.polarity, evidence };
}

/**
 * The rules alone: the sentence scorer's cues reweighed by where they stand relative to the
 * mention, summed; polarity outside the neutral band of data/target-sentiment.json.
 */
export function ruleTargetIn({ text, tokens, clauseOf, cues }: TargetSentence, mention: Mention): TargetSentiment {
  const { inMention, first, last } = mentionTokens(tokens, mention);
  const actorClause = clauseOf[first];
  const attached = attachedRange(text, tokens, clauseOf, last);
  const statement = statementRange(tokens, first, last);
  const within = (r: [number, number] | undefined, i: number): boolean => r !== undefined && r[0] <= i && i <= r[1];

  const parts = cues
    .filter((c) => !inMention.includes(c.index))
    .map((c) => {
      const why = [...c.why];
      let factor = 1;
      const apply = (f: number, rule: string): void => {
        if (f === 1) return;
        factor *= f;
        why.push(`${rule} ×${round(f, 2)}`);
      };
      if (c.weight > 0) apply(config.positive.factor, 'positive word in news');
      const distance = c.index < first ? first - c.index : c.index - last;
      apply(Math.max(config.decay.floor, 1 / (1 + config.decay.perToken * distance)), `${distance} words away`);
      if (within(attached, c.index)) {
        apply(config.attached.factor, 'said of the actor in an appositive');
      } else if (within(statement, c.index)) {
        apply(config.attribution.speaker, "in the actor's own statement");
      } else if (clauseOf[c.index] !== actorClause) {
        apply(config.clause.other, "outside the actor's clause");
      } else if (c.act) {
        const role = roleOf(tokens, c.index, first, last);
        const { roles } = config;
        const f = role === 'patient' ? roles.patient : c.weight < 0 ? roles.agentNegative : roles.agentPositive;
        apply(f, `actor as ${role}`);
        why.unshift(`${c.weight < 0 ? 'negative' : 'positive'} act with the actor as ${role}`);
      }
      return { cue: c.cue, weight: c.weight * factor, base: c.weight, why };
    });

  const score = round(parts.reduce((s, p) => s + p.weight, 0));
  const { below, above } = config.neutralBand;
  const polarity = score > above ? 1 : score < below ? -1 : 0;
  const evidence = parts
    .filter((p) => p.weight !== 0 && (polarity === 0 || sign(p.weight) === polarity))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, config.evidence.max)
    .map((p) => `'${p.cue}' ${p.base} → ${round(p.weight, 2)}${p.why.length > 0 ? ` (${p.why.join('; ')})` : ''}`);
  if (polarity === 0) evidence.push(`score ${score} within the neutral band [${below}, ${above}]`);
  return { score, polarity, evidence };
}
