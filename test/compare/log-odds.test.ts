import test from 'ava';
import { distinctiveWords as againstStory, storyWords, type LogOddsOptions } from '../../src/compare/log-odds.ts';
import { counts } from './build.ts';
import { SETTINGS } from '../helpers/settings.ts';

// The story is the group and the rest together, as compareOutlets builds it.
// Overrides of data/compare.json's `distinctive` settings.
const distinctiveWords = (g: Map<string, number>, r: Map<string, number>, options: Partial<LogOddsOptions> = {}) =>
  againstStory(g, storyWords([g, r]), { ...SETTINGS.compare.distinctive, ...options });

const repeat = (text: string, n: number): string => Array(n).fill(text).join(' ');

// The group harps on the wall (and over-uses "the", a stop word, and the number 2024); the rest of
// the story talks about the economy.
const group = counts(repeat('The wall, the wall, the wall at the border.', 6) + ' ' + repeat('Jobs and the economy in 2024, x.', 2));
const rest = counts(repeat('Jobs and the economy, prices and wages.', 10) + ' ' + repeat('The border wall.', 2));

test('the over-used word has the top z', (t) => {
  const words = distinctiveWords(group, rest);
  t.is(words[0]?.word, 'wall');
  t.is(words[0]?.count, 18);
  t.is(words[0]?.restCount, 2);
  t.true(words[0]!.z >= 1.96 && words[0]!.logOdds > 0);
});

test('stop words, numbers and 1-character tokens are excluded', (t) => {
  const all = distinctiveWords(group, rest, { minZ: -Infinity, limit: Infinity }).map((w) => w.word);
  t.false(all.includes('the'));
  t.false(all.includes('and'));
  t.false(all.includes('2024'));
  t.false(all.includes('x'));
  t.true(all.includes('economy'));
});

test('z is negative for words the group uses less than the rest', (t) => {
  const all = distinctiveWords(group, rest, { minZ: -Infinity, limit: Infinity });
  const economy = all.find((w) => w.word === 'economy')!;
  t.true(economy.z < 0 && economy.logOdds < 0);
  // Swapping the sides flips the sign, and the group's word is not distinctive of the rest.
  const swapped = distinctiveWords(rest, group, { minZ: -Infinity, limit: Infinity });
  t.is(swapped.find((w) => w.word === 'economy')?.z, -economy.z);
  t.true(swapped.find((w) => w.word === 'wall')!.z < 0);
  t.false(distinctiveWords(rest, group).some((w) => w.word === 'wall'));
});

test("only the group's own words are scored: one it never uses cannot be distinctive", (t) => {
  const all = distinctiveWords(group, rest, { minZ: -Infinity, limit: Infinity }).map((w) => w.word);
  t.false(all.includes('prices'));
  t.false(all.includes('wages'));
  t.true(all.every((w) => group.has(w)));
});

test('eq. 22 by hand', (t) => {
  // Content words: group {alpha: 3, beta: 1} (n=4), rest {beta: 4} (n=4); α0 = 8, so α_w = count.
  const [alpha] = distinctiveWords(
    new Map([
      ['alpha', 3],
      ['beta', 1],
    ]),
    new Map([['beta', 4]]),
    {
      priorSize: 8,
      minZ: -Infinity,
    },
  );
  // α=3: δ = ln(6/(12−6)) − ln(3/(12−3)) = ln 3; σ² = 1/6 + 1/3 = 0.5.
  t.is(alpha?.word, 'alpha');
  t.is(alpha?.logOdds, Math.round(Math.log(3) * 1e4) / 1e4);
  t.is(alpha?.z, Math.round((Math.log(3) / Math.sqrt(0.5)) * 1e4) / 1e4);
});

test('default prior size: a tenth of the story', (t) => {
  const storySize = 18 + 6 + 2 + 2 + 10 * 4 + 2 + 2; // content words of group + rest
  t.deepEqual(distinctiveWords(group, rest), distinctiveWords(group, rest, { priorSize: storySize / 10 }));
  t.notDeepEqual(distinctiveWords(group, rest, { minZ: -Infinity }), distinctiveWords(group, rest, { minZ: -Infinity, priorSize: storySize }));
});

test('nothing to compare against: no words', (t) => {
  t.deepEqual(distinctiveWords(group, new Map()), []);
  t.deepEqual(distinctiveWords(new Map([['the', 5]]), rest), []);
});

test('ordered by z desc then word, at most `limit`', (t) => {
  const g = new Map([
    ['delta', 9],
    ['charlie', 9],
    ['bravo', 9],
    ['alpha', 1],
  ]);
  const r = new Map([
    ['alpha', 30],
    ['zulu', 30],
  ]);
  const words = distinctiveWords(g, r, { limit: 2 });
  t.deepEqual(
    words.map((w) => w.word),
    ['bravo', 'charlie'],
  );
  t.is(words[0]!.z, words[1]!.z);
});

test("the story's words: content words only, summed over its groups, with their total", (t) => {
  const story = storyWords([counts('The wall and the border wall.'), counts('A wall in 2024.')]);
  t.deepEqual(
    [...story.counts],
    [
      ['wall', 3],
      ['border', 1],
    ],
  );
  t.is(story.total, 4);
});
