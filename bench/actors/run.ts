// `npm run bench:actors`: the actor finder against NewsMTSC's coders, who marked every mention of the
// person each sentence is about (see named-targets.ts), with compromise's person finder as the peer.
// Not part of `npm test`: it needs ../shared.
import { join } from 'node:path';
import { parseCommandLine } from '../../src/cli/command.ts';
import { DATA_OPTIONS, dataUsage } from '../data-options.ts';
import { readData } from '../extract/datasets.ts';
import { fixed, table, type Row } from '../extract/table.ts';
import { DEFAULT_FILES, loadDataset } from '../sentiment/datasets.ts';
import { articleFragments, compromiseFinder, framelensFinder, targetFigures, type TargetFigures } from './named-targets.ts';

const USAGE = dataUsage('bench:actors', `reads\n              DIR/sentiment/${DEFAULT_FILES.newsmtsc}`);

const FINDERS = { framelens: framelensFinder, 'compromise people()': compromiseFinder };

function main(): number {
  const { values } = parseCommandLine('bench:actors', USAGE, { options: DATA_OPTIONS });
  const dataset = readData(() => loadDataset('newsmtsc', join(values.data, 'sentiment', DEFAULT_FILES.newsmtsc)));
  if (!dataset) return 2;
  const fragments = articleFragments(dataset.items);
  const results = Object.fromEntries(Object.entries(FINDERS).map(([name, finder]) => [name, targetFigures(fragments, finder)])) as Record<string, TargetFigures>;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ data: dataset.path, results }, null, 2)}\n`);
    return 0;
  }
  const names = Object.keys(results);
  const column = (key: keyof TargetFigures): string[] => names.map((n) => fixed(results[n]![key]));
  const [first] = Object.values(results);
  const rows: Row[] = [
    ['named targets found', column('found')],
    ['  filed under the right person', column('rightPerson')],
    ['  classed as a person', column('asPerson')],
  ];
  process.stdout.write(
    `NewsMTSC train (${dataset.path}): ${first!.targets} named targets (pronouns and descriptions left out) in ${first!.articles} articles, each article's sentences read as one body\n\n${table(names, rows, '')}\n`,
  );
  return 0;
}

process.exitCode = main();
