// `npm run train:frames-generic`: fits the generic frame layer on the Narrative Frames Corpus articles
// in ../shared/bench/frames, measures it by 5-fold cross-validation (refitted on each training fold,
// L2 and thresholds chosen inside it, scored on the held-out fold through the analyzer's own path)
// and writes data/models/generic-frames.json. Deterministic: the same data gives the same bytes.
import { join } from 'node:path';
import { parseCommandLine } from '../src/cli/command.ts';
import { round } from '../src/round.ts';
import { writeAtomically } from '../src/write-atomic.ts';
import { crossValidatedPresence, fitGenericLayer, GENERIC_FRAMES, genericExample, NARRATIVE_FILE, narrativeFolds, readNarrative } from './generic-layer.ts';
import { auc, f1 } from '../bench/frames/metrics.ts';
import { mean } from '../bench/extract/metrics.ts';

const USAGE = `Usage: npm run train:frames-generic -- [--data DIR] [--out FILE]

  --data DIR   folder with ${NARRATIVE_FILE} (default ../shared/bench/frames)
  --out FILE   where the weights go (default data/models/generic-frames.json)`;

const OPTIONS = {
  data: { type: 'string', default: '../shared/bench/frames' },
  out: { type: 'string', default: 'data/models/generic-frames.json' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

async function main(): Promise<void> {
  const { values } = parseCommandLine('train:frames-generic', USAGE, { options: OPTIONS });
  const examples = readNarrative(join(values.data, NARRATIVE_FILE)).map(genericExample);
  const found = crossValidatedPresence(examples, narrativeFolds(examples));
  const crossValidated: Record<string, number> = { articles: examples.length };
  for (const frame of GENERIC_FRAMES) {
    const labels = examples.map((e) => e.labels[frame]);
    crossValidated[`${frame}:auc`] = round(auc(found.map((p) => p[frame].strength), labels));
    crossValidated[`${frame}:f1`] = round(f1(found.map((p) => p[frame].present), labels));
  }
  crossValidated.macroAuc = round(mean(GENERIC_FRAMES.map((f) => crossValidated[`${f}:auc`]!)));
  crossValidated.macroF1 = round(mean(GENERIC_FRAMES.map((f) => crossValidated[`${f}:f1`]!)));
  const model = fitGenericLayer(examples);
  model.crossValidated = crossValidated;
  await writeAtomically(values.out, `${JSON.stringify(model, null, 2)}\n`);
  process.stdout.write(`generic layer: ${examples.length} articles, 5-fold CV macro AUC ${crossValidated.macroAuc}, macro F1 ${crossValidated.macroF1} → ${values.out}\n`);
}

await main();
