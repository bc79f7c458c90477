// `npm run train:frames-generic`: fits the generic frame layer on the Narrative Frames Corpus articles
// in ../shared/bench/frames, measures it by 5-fold cross-validation (refitted on each training fold,
// L2 and thresholds chosen inside it, scored on the held-out fold through the analyzer's own path)
// and writes data/models/generic-frames.json. Deterministic: the same data gives the same bytes.
import { modelFileText } from '../src/learn/linear-model.ts';
import { round } from '../src/round.ts';
import { writeAtomically } from '../src/write-atomic.ts';
import { trainCommandLine } from './command.ts';
import { crossValidatedPresence, fitGenericLayer, GENERIC_FRAMES, genericExample, NARRATIVE_FILE, narrativeFolds, readNarrative } from './generic-layer.ts';
import { auc, f1 } from '../bench/frames/metrics.ts';
import { mean } from '../bench/extract/metrics.ts';

async function main(): Promise<void> {
  const { data, out } = trainCommandLine('frames-generic', { data: '../shared/bench/frames', file: NARRATIVE_FILE, out: 'data/models/generic-frames.json' });
  const examples = readNarrative(data).map(genericExample);
  const found = crossValidatedPresence(examples, narrativeFolds(examples));
  const crossValidated: Record<string, number> = { articles: examples.length };
  for (const frame of GENERIC_FRAMES) {
    const labels = examples.map((e) => e.labels[frame]);
    crossValidated[`${frame}:auc`] = round(
      auc(
        found.map((p) => p[frame].strength),
        labels,
      ),
    );
    crossValidated[`${frame}:f1`] = round(
      f1(
        found.map((p) => p[frame].present),
        labels,
      ),
    );
  }
  crossValidated.macroAuc = round(mean(GENERIC_FRAMES.map((f) => crossValidated[`${f}:auc`]!)));
  crossValidated.macroF1 = round(mean(GENERIC_FRAMES.map((f) => crossValidated[`${f}:f1`]!)));
  const model = fitGenericLayer(examples);
  model.crossValidated = crossValidated;
  await writeAtomically(out, modelFileText(model));
  process.stdout.write(`generic layer: ${examples.length} articles, 5-fold CV macro AUC ${crossValidated.macroAuc}, macro F1 ${crossValidated.macroF1} → ${out}\n`);
}

await main();
