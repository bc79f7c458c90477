import test from 'ava';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyzeStory } from '../src/analyze-story.ts';
import { tempDir } from './helpers/temp-dir.ts';

async function story(t: { teardown: (fn: () => Promise<void>) => void }, files: Record<string, string>): Promise<string> {
  const dir = await tempDir(t, 'framelens-story-');
  await mkdir(join(dir, 'moon'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, 'moon', name), text);
  return join(dir, 'moon');
}

const english = `---
outlet: Orbit Daily
---
# Russia and China agree to build a lunar station

Russia and China signed an agreement on Tuesday to build a research station on the moon, the space agencies said.

The station will be open to other countries, officials said in a statement.
`;

const german = `---
outlet: Mondpost
---
# Russland und China bauen eine Mondstation

Russland und China haben am Dienstag vereinbart, gemeinsam eine Forschungsstation auf dem Mond zu bauen, teilten die Raumfahrtbehörden mit.

Die Station soll auch anderen Ländern offenstehen, hieß es in einer Erklärung.
`;

test('an article not in English is kept and marked, not scored, not compared, with a warning naming it', async (t) => {
  const report = await analyzeStory(await story(t, { 'a.md': english, 'b.md': german }), 'moon');
  const b = report.articles.find((a) => a.file === 'b.md')!;
  t.deepEqual(b.lang, { code: 'deu', name: 'German', scored: false });
  t.regex(b.text, /Forschungsstation/);
  t.is(b.scores.whole.sentiment.hits.length, 0);
  t.deepEqual(b.actors, []);
  t.true(b.sentences.body.length > 0, 'sentences still shown');
  t.deepEqual(report.comparison.outlets.map((o) => o.name), ['Orbit Daily']);
  t.true(report.diagnostics.some((d) => d.file === 'b.md' && d.level === 'warning' && /German \(deu\), not English/.test(d.message)));
});
