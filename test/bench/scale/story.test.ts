import test from 'ava';
import { markCopy, planStory } from '../../../bench/scale/story.ts';

test('distinct pages first, then copies drawn from the pool, numbered across the story', (t) => {
  const plan = planStory(5, 12);
  t.deepEqual(
    plan
      .slice(0, 5)
      .map((a) => a.page)
      .sort(),
    [0, 1, 2, 3, 4],
  );
  t.true(plan.slice(0, 5).every((a) => a.copy === 0));
  t.deepEqual(
    plan.slice(5).map((a) => a.copy),
    [1, 2, 3, 4, 5, 6, 7],
  );
  t.true(plan.every((a) => a.page >= 0 && a.page < 5));
});

test('the plan depends on the seed alone, and a smaller story is a prefix of a larger one', (t) => {
  t.deepEqual(planStory(40, 100), planStory(40, 100));
  t.deepEqual(planStory(40, 60), planStory(40, 100).slice(0, 60));
  t.notDeepEqual(planStory(40, 100, 1), planStory(40, 100, 2));
});

const page = `<html><head><title>A long title that is not page text at all</title>
<script>var s = "a script string longer than any paragraph on this page, by far, really";</script></head>
<body><nav>Home</nav><div class="promo">A promotional line longer than the article's own text.</div>
<p>The article&#39;s <b>body</b> text is here.  </p><!-- a comment longer than every line of the page -->
<noscript><p>Posts for readers without scripts.</p></noscript></body></html>`;

const truth = "The article's body\ntext is here. Posts for readers without scripts.";
const sentence = (n: number) => ` Copy ${n} of this page carries reference number ${n}.`;

test('a copy gets its numbered sentence after the longest run of main text', (t) => {
  const one = markCopy(page, 1, truth);
  t.true(one.includes(`<p>Posts for readers without scripts.${sentence(1)}</p>`));
  t.not(markCopy(page, 2, truth), one);
  t.is(one.replace(sentence(1), ''), page);
});

test('a run counts as main text by its longest stretch between entities', (t) => {
  t.true(markCopy(page, 1, "The article's body text is here.").includes(`<p>The article&#39;s${sentence(1)} <b>body</b>`));
});

test('without main text the longest visible run takes it; without any text, a paragraph', (t) => {
  t.true(markCopy(page, 4, 'nothing on the page').includes(`own text.${sentence(4)}</div>`));
  t.is(markCopy('<html><body><img src="x"></body></html>', 3, ''), `<html><body><img src="x"></body></html><p>${sentence(3).trim()}</p>`);
});
