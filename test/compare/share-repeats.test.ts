import test from 'ava';
import { compareOutlets } from '../../src/compare/compare-outlets.ts';
import { forComparison } from '../../src/compare/for-comparison.ts';
import { shareRepeats, type StringPool } from '../../src/compare/share-repeats.ts';
import type { ArticleReport } from '../../src/types.ts';
import { FRAMES, sampleArticles } from '../helpers/sample-report.ts';
import { SETTINGS } from '../helpers/settings.ts';

// As the story holds them: each lean copy parsed from its own JSON, then shared.
function sharedCopies(strings: StringPool): ArticleReport[] {
  return sampleArticles().map((article) => {
    const copy = JSON.parse(JSON.stringify(forComparison(article))) as ArticleReport;
    shareRepeats(copy, strings);
    return copy;
  });
}

test('a shared lean copy reads the same, and compares the same', (t) => {
  const words = new Map([['council', 2]]);
  const plain = sampleArticles().map(forComparison);
  const shared = sharedCopies(new Map());
  t.is(JSON.stringify(shared), JSON.stringify(plain));
  t.deepEqual(
    compareOutlets(
      shared.map((article) => ({ article, words })),
      FRAMES,
      SETTINGS,
    ),
    compareOutlets(
      plain.map((article) => ({ article, words })),
      FRAMES,
      SETTINGS,
    ),
  );
});

test("an actor's evidence and first mention are its own spans, empty lists one frozen list", (t) => {
  const actors = sharedCopies(new Map()).flatMap((a) => a.actors);
  t.true(actors.some((a) => a.stance.evidence.length > 0));
  for (const actor of actors) {
    if (actor.first) t.true(actor.spans.includes(actor.first));
    for (const e of [...actor.sentiment.evidence, ...actor.stance.evidence]) t.true(actor.spans.includes(e.span));
    for (const e of actor.stance.evidence) if (e.cues.length === 0) t.true(Object.isFrozen(e.cues));
  }
});

test('the pool keeps short strings once, passages and the text out of it', (t) => {
  const strings: StringPool = new Map();
  const [first] = sharedCopies(strings);
  t.true(strings.has(first!.actors[0]!.name));
  t.false(strings.has(first!.text));
  t.true([...strings.keys()].every((s) => s.length <= 200));
});
