import test from 'ava';
import { extractHtml } from '../../../src/clean/html/extract.ts';

const page = (body: string): string => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const sentence = (topic: string, i: number): string => `${topic} paragraph ${i} explains, with some care and a few commas, what the council decided about the river and why it matters.`;
const nav = '<div class="links"><a href="/a">Home page</a> <a href="/b">World news</a> <a href="/c">Sport pages</a> <a href="/d">Weather today</a></div>';

test('an article cut into section wrappers comes out whole, not one section', (t) => {
  const sections = ['Flooding', 'Bridges', 'Ferries', 'Costs']
    .map((topic, s) => `<div class="section-wrap" id="s${s}"><div class="inner"><h2>${topic}</h2>${[0, 1].map((i) => `<p>${sentence(topic, i)}</p>`).join('')}</div></div>`)
    .join('');
  const got = extractHtml(page(`${nav}<main><div class="col">${sections}</div></main>${nav}`));
  const texts = got.blocks.map((b) => b.text);
  for (const topic of ['Flooding', 'Bridges', 'Ferries', 'Costs']) {
    t.true(texts.includes(sentence(topic, 0)), topic);
    t.true(texts.includes(topic), `heading ${topic}`);
  }
  t.false(texts.some((x) => x.includes('World news')));
});

test("text held loose in one container between <br>s is that container's article", (t) => {
  const loose = [0, 1, 2, 3].map((i) => sentence('Loose', i)).join('<br><br>');
  const got = extractHtml(page(`<div class="row"><div class="text">${loose}<div class="tools"><a href="/p">Print</a></div></div><div class="side">${nav}${nav}</div></div>`));
  t.deepEqual(
    got.blocks.map((b) => b.text),
    [0, 1, 2, 3].map((i) => sentence('Loose', i)),
  );
});

test('a lede in a plain div next to the body container belongs to the article', (t) => {
  const body = [0, 1, 2, 3].map((i) => `<p>${sentence('Body', i)}</p>`).join('');
  const got = extractHtml(page(`<div class="story"><div class="lede">The council voted on Tuesday to close the old bridge for good.</div><div class="body">${body}</div></div>${nav}`));
  t.is(got.blocks[0]?.text, 'The council voted on Tuesday to close the old bridge for good.');
  t.is(got.blocks.length, 5);
});

test('a tweet embedded in the article is quoted content, not chrome', (t) => {
  const body = [0, 1, 2, 3].map((i) => `<p>${sentence('Body', i)}</p>`).join('');
  const got = extractHtml(page(`<article>${body}<blockquote class="twitter-tweet"><p>The bridge is closed, take the ferry.</p>— Harbour Office (@harbour) May 2, 2024</blockquote></article>`));
  t.true(got.blocks.some((b) => b.text === 'The bridge is closed, take the ferry.'));
});

test("a part of the body in a wrapper like the pick's (block ids differ, or no class at all) is taken along", (t) => {
  const part = (cls: string, topic: string, n: number): string =>
    `<section class="${cls}"><div class="inner">${Array.from({ length: n }, (_, i) => `<p>${sentence(topic, i)}</p>`).join('')}</div><div class="overlay"></div></section>`;
  const got = extractHtml(page(`${nav}<div class="content">${part('cols cols-wrap block-1a2b', 'Intro', 2)}${part('cols cols-wrap block-9f8e', 'Main', 8)}</div>${nav}`));
  t.true(got.blocks.some((b) => b.text === sentence('Intro', 0)));
  const bare = (topic: string, n: number): string => `<div>${Array.from({ length: n }, (_, i) => `<p>${sentence(topic, i)}</p>`).join('')}</div>`;
  const got2 = extractHtml(page(`${nav}<div class="layout">${bare('Intro', 2)}<div class="products"><a href="/t">Tours</a></div>${bare('Main', 8)}${bare('Tips', 2)}</div>${nav}`));
  t.true(got2.blocks.some((b) => b.text === sentence('Intro', 1)));
  t.true(got2.blocks.some((b) => b.text === sentence('Tips', 1)));
  t.false(got2.blocks.some((b) => b.text === 'Tours'));
});

test('a list of post <article>s next to the post is not part of it', (t) => {
  const body = [0, 1, 2].map((i) => `<p>${sentence('Post', i)}</p>`).join('');
  const teasers = [0, 1, 2, 3].map((i) => `<article class="postbox"><p>${sentence('Teaser', i)}</p></article>`).join('');
  const got = extractHtml(page(`<div id="primary"><article class="postbox">${body}</article><article class="postbox"><h3>You may like</h3>${teasers}</article></div>`));
  t.deepEqual(
    got.blocks.map((b) => b.text),
    [0, 1, 2].map((i) => sentence('Post', i)),
  );
});

test('a <figure> holding a table keeps the table; an accordion toggle keeps its heading; an ingredients <aside> stays', (t) => {
  const body = [0, 1, 2, 3].map((i) => `<p>${sentence('Body', i)}</p>`).join('');
  const got = extractHtml(
    page(
      `<article>${body}<figure class="wp-block-table"><table><tr><td>Rank</td><td>City</td></tr><tr><td>1</td><td>San Jose</td></tr></table><figcaption>Source: county data</figcaption></figure><div role="button"><h4>What does it cost?</h4></div><p>${sentence('Answer', 0)}</p><aside class="recipe__ingredients"><ul><li>2 cups flour</li></ul></aside><aside><p>Related: other news</p></aside></article>`,
    ),
  );
  const texts = got.blocks.map((b) => b.text);
  t.true(texts.includes('San Jose'));
  t.false(texts.includes('Source: county data'));
  t.true(texts.includes('What does it cost?'));
  t.true(texts.includes('2 cups flour'));
  t.false(texts.some((x) => x.startsWith('Related')));
});
