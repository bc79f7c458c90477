import test from 'ava';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runArticleJob } from '../../src/pipeline/article-job.ts';
import { leanOf, outcomeMessage } from '../../src/pipeline/outcome-message.ts';
import { sha256 } from '../../src/hash.ts';
import { root } from '../helpers/run-analyze.ts';

test('an outcome sent as a message arrives the same: the lean copy as JSON text, the record unless written', async (t) => {
  const file = '000_222f9cba74c784a1.txt';
  const content = await readFile(join(root, 'articles/lunar-research-station-2021', file), 'utf8');
  const outcome = runArticleJob({ article: { file, kind: 'text', content, firstLine: 1, given: {}, sha256: sha256(content) }, actors: [] });
  const message = structuredClone(outcomeMessage(outcome, false));
  t.is(typeof message.lean, 'string');
  t.is(message.record, outcome.record);
  t.deepEqual(leanOf(message), leanOf(outcome));
  t.is(outcomeMessage(outcome, true).record, null);
});
