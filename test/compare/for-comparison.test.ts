import test from 'ava';
import { compareOutlets } from '../../src/compare/compare-outlets.ts';
import { forComparison } from '../../src/compare/for-comparison.ts';
import { FRAMES, sampleArticles } from '../helpers/sample-report.ts';
import { SETTINGS } from '../helpers/settings.ts';

const words = new Map([
  ['council', 2],
  ['charge', 1],
]);

test('the comparison of lean copies is the comparison of the full records', (t) => {
  const articles = sampleArticles();
  const full = compareOutlets(
    articles.map((article) => ({ article, words })),
    FRAMES,
    SETTINGS,
  );
  const lean = compareOutlets(
    articles.map((article) => ({ article: forComparison(article), words })),
    FRAMES,
    SETTINGS,
  );
  t.deepEqual(lean, full);
});

test('a lean copy is smaller and keeps what outlets are compared on', (t) => {
  for (const article of sampleArticles()) {
    const lean = forComparison(article);
    t.true(JSON.stringify(lean).length < JSON.stringify(article).length);
    t.deepEqual(lean.sentences, article.sentences);
    t.is(lean.scores.whole.sentiment.comparative, article.scores.whole.sentiment.comparative);
    t.deepEqual(
      lean.scores.whole.presence.map((p) => [p.id, p.present, p.strength, p.sentences]),
      article.scores.whole.presence.map((p) => [p.id, p.present, p.strength, p.sentences]),
    );
    t.deepEqual(
      lean.actors.map((a) => a.spans),
      article.actors.map((a) => a.spans),
    );
    t.deepEqual(
      lean.actors.map((a) => a.stance.evidence.map((e) => e.score)),
      article.actors.map((a) => a.stance.evidence.map((e) => e.score)),
    );
    t.deepEqual(lean.scores.whole.sentiment.hits, []);
  }
});
