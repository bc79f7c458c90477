// `npm run train:frames-policy`: fits the policy layer on the FrAC sentences in ../shared/bench/frames,
// measures it by stratified 5-fold cross-validation (refitted on each training fold, scored on the
// held-out fold through the analyzer's own path) and writes data/models/policy-frames.json.
// Deterministic: the same data gives the same bytes.
import { modelFileText } from '../src/learn/linear-model.ts';
import { round } from '../src/round.ts';
import { writeAtomically } from '../src/write-atomic.ts';
import { trainCommandLine } from './command.ts';
import { crossValidatedClasses, fitPolicyLayer, fracExample, fracFolds, fracScores, FRAC_FILE, readFrac } from './policy-layer.ts';

async function main(): Promise<void> {
  const { data, out } = trainCommandLine('frames-policy', { data: '../shared/bench/frames', file: FRAC_FILE, out: 'data/models/policy-frames.json' });
  const examples = readFrac(data).map(fracExample);
  const gold = examples.map((e) => e.label);
  const scores = fracScores(gold, crossValidatedClasses(examples, fracFolds(gold)));
  const model = fitPolicyLayer(examples);
  model.crossValidated = { sentences: examples.length, accuracy: round(scores.accuracy), macroF1: round(scores.macroF1) };
  await writeAtomically(out, modelFileText(model));
  process.stdout.write(`policy layer: ${examples.length} FrAC sentences, 5-fold CV accuracy ${model.crossValidated.accuracy}, macro-F1 ${model.crossValidated.macroF1} → ${out}\n`);
}

await main();
