// FrAC sentences: does framelens's top policy frame, mapped onto FrAC's ten classes (none → 15,
// other), match the coders'? Measured by stratified 5-fold cross-validation, the policy layer refitted
// on each training fold exactly as `npm run train:frames-policy` fits it; the peer, TF-IDF + logistic
// regression over plain word tokens, is fitted and scored on the same folds.
import { join } from 'node:path';
import { tokenize } from '../../src/text/segment.ts';
import { splits } from '../../src/learn/folds.ts';
import { fitLogistic, logit, type LogisticFit } from '../../src/learn/logistic.ts';
import { fitIdf, tfidf } from '../../src/learn/tfidf.ts';
import { CV, crossValidatedClasses, fracExample, fracFolds, fracScores, FRAC_CLASSES, FRAC_FILE, readFrac, type FracItem } from '../../train/policy-layer.ts';
import { need } from '../extract/datasets.ts';

export interface FracFigures {
  framelens: { accuracy: number; macroF1: number };
  peer: { accuracy: number; macroF1: number };
  sentences: number;
}

/**
 * The usual baseline, as scikit-learn builds it by default with balanced class weights: lower-cased
 * word tokens, every term of the training fold, one-vs-rest logistic regression with L2 at C = 1
 * (1/n per row here), classes weighed to balance, the most probable class.
 */
function peerClasses(items: readonly FracItem[], fold: readonly number[]): string[] {
  const docs = items.map((item) => tokenize(item.sentence).map((t) => t.norm));
  const classes = Object.keys(FRAC_CLASSES.classes);
  const out = new Array<string>(items.length).fill(FRAC_CLASSES.noFrame);
  for (const { train, test } of splits(fold, CV.folds)) {
    const idf = fitIdf(
      train.map((i) => docs[i]!),
      1,
    );
    const rows = train.map((i) => tfidf(docs[i]!, idf));
    const fits: LogisticFit[] = classes.map((c) =>
      fitLogistic(
        rows,
        train.map((i) => items[i]!.label === c),
        { l2: 1 / train.length, balanced: true },
      ),
    );
    for (const i of test) {
      const row = tfidf(docs[i]!, idf);
      const z = fits.map((f) => logit(f, row));
      out[i] = classes[z.indexOf(Math.max(...z))]!;
    }
  }
  return out;
}

/** framelens and the peer on `dataDir`/frac.dev.csv, folds dealt by `seed`; a missing file is a DataError. */
export function fracFigures(dataDir: string, seed: number = CV.seed): FracFigures {
  const items = readFrac(need(join(dataDir, FRAC_FILE)));
  const gold = items.map((item) => item.label);
  const fold = fracFolds(gold, seed);
  return {
    framelens: fracScores(gold, crossValidatedClasses(items.map(fracExample), fold)),
    peer: fracScores(gold, peerClasses(items, fold)),
    sentences: items.length,
  };
}
