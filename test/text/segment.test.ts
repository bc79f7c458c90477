import test from 'ava';
import { normalizeWord, segment, tokenize, wordForms, wordMatches } from '../../src/text/segment.ts';
import { stem } from '../../src/text/stem.ts';

const sentences = (text: string): string[] => segment('body', text).sentences.map((s) => s.text);

test('titles, ranks and dotted abbreviations do not end a sentence', (t) => {
  t.deepEqual(sentences('The U.S. Space Force launched it. Gen. Smith spoke.'), ['The U.S. Space Force launched it.', 'Gen. Smith spoke.']);
  t.deepEqual(sentences('Dr. Jones and Mr. Brown met. They agreed.'), ['Dr. Jones and Mr. Brown met.', 'They agreed.']);
  t.deepEqual(sentences('Officials in Washington, D.C. said no. Then they left.'), ['Officials in Washington, D.C. said no.', 'Then they left.']);
  t.deepEqual(sentences('He worked for George H.W. Bush and George H. W. Bush. Then he left.'), ['He worked for George H.W. Bush and George H. W. Bush.', 'Then he left.']);
  t.deepEqual(sentences('The Jan. 5 launch was scrubbed. It flew on Feb. 6.'), ['The Jan. 5 launch was scrubbed.', 'It flew on Feb. 6.']);
  t.deepEqual(sentences('They met at 9 a.m. on Monday.'), ['They met at 9 a.m. on Monday.']);
});

test('party and state in parentheses do not end a sentence', (t) => {
  t.deepEqual(sentences('Sen. Bill Nelson (D., Fla.) objected. He was loud.'), ['Sen. Bill Nelson (D., Fla.) objected.', 'He was loud.']);
});

test('a middle initial does not end a sentence, nickname or not', (t) => {
  t.deepEqual(sentences('Gen. John W. Raymond said so. He left.'), ['Gen. John W. Raymond said so.', 'He left.']);
  t.deepEqual(sentences('Gen. John W. “Jay” Raymond said so. He left.'), ['Gen. John W. “Jay” Raymond said so.', 'He left.']);
});

test('abbreviations match whole words only: "first." still ends a sentence', (t) => {
  t.deepEqual(sentences('It was the first. It was the last.'), ['It was the first.', 'It was the last.']);
  t.deepEqual(sentences('I met Ms. Ortiz. She said hi.'), ['I met Ms. Ortiz.', 'She said hi.']);
});

// BUG: data/abbreviations.json lists "U.S." before "U.S.S.R." and the alternation in segment.ts takes
// the first that matches, so only "U.S." is masked and the sentence splits after "U.S.S." and "R.".
test('a longer abbreviation wins over its prefix: "U.S.S.R." stays whole', (t) => {
  t.deepEqual(sentences('Read it in U.S.S.R. archives. He left.'), ['Read it in U.S.S.R. archives.', 'He left.']);
});

test('?, !, … and a closing quote end sentences', (t) => {
  t.deepEqual(sentences('Is it late? Yes! Maybe… Then it flew.'), ['Is it late?', 'Yes!', 'Maybe…', 'Then it flew.']);
  t.deepEqual(sentences('He said “it is late.” Then it flew.'), ['He said “it is late.”', 'Then it flew.']);
  t.deepEqual(sentences('He said "no." Then it flew.'), ['He said "no."', 'Then it flew.']);
  t.deepEqual(sentences("He asked, 'Why?' Then he left."), ["He asked, 'Why?'", 'Then he left.']);
});

test('a headline without final punctuation is one sentence', (t) => {
  const s = segment('headline', 'Space Force delays launch');
  t.is(s.part, 'headline');
  t.deepEqual(
    s.sentences.map((x) => [x.index, x.paragraph, x.start, x.end]),
    [[0, 0, 0, 25]],
  );
});

test('paragraphs are separated by blank lines and numbered; sentences are numbered across them', (t) => {
  const text = 'First one. First two.\n\nSecond para.\nsame para line.\n\n\nThird.';
  const s = segment('body', text);
  t.deepEqual(
    s.sentences.map((x) => [x.index, x.paragraph, x.text]),
    [
      [0, 0, 'First one.'],
      [1, 0, 'First two.'],
      [2, 1, 'Second para.'],
      [3, 1, 'same para line.'],
      [4, 2, 'Third.'],
    ],
  );
});

test('sentence text and token offsets slice back out of the full text', (t) => {
  const text = '  Gen. John W. “Jay” Raymond, the U.S. Space Force’s chief, spoke. It isn’t a long-term fix!\n\n' + 'Sen. Bill Nelson (D., Fla.) said: “We’ll see.” Costs rose 3.5 percent…\n\nEnd';
  const s = segment('body', text);
  t.is(s.text, text);
  t.true(s.sentences.length >= 5);
  let last = -1;
  for (const sentence of s.sentences) {
    t.is(sentence.text, text.slice(sentence.start, sentence.end));
    t.is(sentence.text, sentence.text.trim());
    t.true(sentence.start > last);
    last = sentence.end;
    t.true(sentence.tokens.length > 0);
    for (const tok of sentence.tokens) {
      t.is(text.slice(tok.start, tok.end), tok.text);
      t.true(tok.start >= sentence.start && tok.end <= sentence.end);
    }
  }
});

test("word matches are the tokens as written, at the same offsets; their forms are the tokens' forms", (t) => {
  const text = 'Isn’t the U.S. Space Force’s long-term plan costing 3.5 percent more?';
  const tokens = tokenize(text);
  const matches = [...wordMatches(text)];
  t.deepEqual(
    matches.map((m) => [m[0], m.index, m.index + m[0].length]),
    tokens.map((x) => [x.text, x.start, x.end]),
  );
  t.deepEqual(
    matches.map((m) => wordForms(m[0])),
    tokens.map((x) => ({ norm: x.norm, stem: x.stem })),
  );
});

test('dotted acronyms are one token; abbreviation periods are not part of words', (t) => {
  const tokens = tokenize('The U.S. and D.C. met Gen. Smith');
  t.deepEqual(
    tokens.map((x) => x.norm),
    ['the', 'u.s.', 'and', 'd.c.', 'met', 'gen', 'smith'],
  );
});

test('inner apostrophes and hyphens keep words whole; curly apostrophes are normalised in norm only', (t) => {
  const [isnt, longTerm, its] = tokenize("Isn’t long-term it's");
  t.like(isnt, { text: 'Isn’t', norm: "isn't", start: 0, end: 5 });
  t.like(longTerm, { text: 'long-term', norm: 'long-term' });
  t.like(its, { text: "it's", norm: "it's" });
  t.is(tokenize('isn’t')[0]!.stem, tokenize("isn't")[0]!.stem);
});

test('every token carries the Porter stem of its norm', (t) => {
  const tokens = tokenize('Launches delayed repeatedly by Officials');
  t.deepEqual(
    tokens.map((x) => x.stem),
    ['launch', 'delai', 'repeatedli', 'by', 'offici'],
  );
  for (const tok of tokens) t.is(tok.stem, stem(tok.norm));
});

test('tokenize adds the offset it is given', (t) => {
  t.deepEqual(
    tokenize('Hi there', 10).map((x) => [x.start, x.end]),
    [
      [10, 12],
      [13, 18],
    ],
  );
});

test('punctuation alone yields no tokens', (t) => {
  t.deepEqual(tokenize(' — … “” !? '), []);
});

test('normalizeWord lower-cases and straightens apostrophes', (t) => {
  t.is(normalizeWord('Don’t'), "don't");
  t.is(normalizeWord('ÉLAN'), 'élan');
});

test('empty or blank text has no sentences', (t) => {
  t.deepEqual(segment('body', ''), { part: 'body', text: '', sentences: [] });
  t.deepEqual(segment('headline', ' \n\n  ').sentences, []);
});

test('numbers, addresses and delimiters come back into their sentences as written, "$&" in an address too', (t) => {
  t.deepEqual(sentences('Prices rose to 5$ today. See http://example.com/?a=$&b=1 for more. It cost $1,000.'), [
    'Prices rose to 5$ today.',
    'See http://example.com/?a=$&b=1 for more.',
    'It cost $1,000.',
  ]);
  // A paragraph of many figures: each sentence keeps its own.
  const rows = Array.from({ length: 300 }, (_, i) => `Row ${i} had ${i * 7},000 cases.`);
  t.deepEqual(sentences(rows.join(' ')), rows);
});
