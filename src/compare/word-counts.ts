// An article's content-word counts as a story keeps them while its articles are analyzed: each word
// once for the whole story, and the counts in a typed array. As [word, count] pairs parsed from
// JSON they took 26 KB an article, a fifth of its lean copy; like this about 4 KB.
/** A story's table of words, so that articles share one copy of each. */
export type WordTable = Map<string, string>;

export function wordCounts(pairs: ReadonlyArray<readonly [string, number]>, table: WordTable): Iterable<[string, number]> {
  const words = pairs.map(([word]) => {
    const known = table.get(word);
    if (known !== undefined) return known;
    table.set(word, word);
    return word;
  });
  const counts = Uint32Array.from(pairs, ([, count]) => count);
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < words.length; i++) yield [words[i]!, counts[i]!];
    },
  };
}
