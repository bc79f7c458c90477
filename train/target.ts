// `npm run train:target`: fits the target-sentiment layer on NewsMTSC's training split in
// ../shared/bench/sentiment, measures it by 5-fold cross-validation grouped by article (refitted on
// each training fold, scored on the held-out fold through the analyzer's own scorer), chooses the
// article stance's neutral band on the out-of-fold scores, and writes data/models/target-sentiment.json.
// Deterministic: the same data gives the same bytes.
import { modelFileText } from '../src/learn/linear-model.ts';
import { round } from '../src/round.ts';
import { writeAtomically } from '../src/write-atomic.ts';
import { trainCommandLine } from './command.ts';
import { accuracy, macroF1 } from '../bench/sentiment/metrics.ts';
import { bestBand, crossValidatedStances, crossValidatedTargets, fitTargetLayer, NEWSMTSC_FILE, readNewsMtsc, stanceGroups, targetExamples, targetFolds } from './target-layer.ts';

async function main(): Promise<void> {
  const { data, out } = trainCommandLine('target', { data: '../shared/bench/sentiment', file: NEWSMTSC_FILE, out: 'data/models/target-sentiment.json' });
  const examples = targetExamples(readNewsMtsc(data));
  const fold = targetFolds(examples);
  const decided = crossValidatedTargets(examples, fold);
  const gold = examples.map((e) => e.gold);
  const predicted = decided.map((d) => d.polarity);
  const scores = decided.map((d) => d.score);
  const groups = stanceGroups(examples);
  const stances = crossValidatedStances(groups, scores, fold);
  const model = fitTargetLayer(examples);
  model.settings.stance = {
    band: bestBand(groups, scores),
    aggregation: 'mean of the target scores of the sentences that name the actor; negative below −band, positive above band, else neutral (src/analyze/actors/stance.ts)',
    chosenOn: `stance macro-F1 over the ${groups.length} NewsMTSC articles naming a person in two or more sentences whose gold labels have a majority, from out-of-fold target scores`,
  };
  model.crossValidated = {
    targets: examples.length,
    macroF1: round(macroF1(gold, predicted)),
    accuracy: round(accuracy(gold, predicted)),
    stanceGroups: groups.length,
    stanceMacroF1: round(
      macroF1(
        groups.map((g) => g.gold),
        stances,
      ),
    ),
  };
  await writeAtomically(out, modelFileText(model));
  const cv = model.crossValidated;
  process.stdout.write(
    `target layer: ${cv.targets} NewsMTSC targets, 5-fold CV by article macro-F1 ${cv.macroF1}, accuracy ${cv.accuracy}; stance band ${(model.settings.stance as { band: number }).band}, macro-F1 ${cv.stanceMacroF1} over ${cv.stanceGroups} articles → ${out}\n`,
  );
}

await main();
