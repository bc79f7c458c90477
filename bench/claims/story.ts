// The claims benchmark's story: 1,000 articles built from the real news sentences of NewsMTSC
// (Hamborg and Donnay, EACL 2021; ../shared/bench/sentiment/LICENSE-newsmtsc), read in place, since no
// dataset gives a story that large with its claims. How the sentences are dealt out:
// - the file's first `core` sentences are the story's main facts: article after article takes each
//   of them with a chance that falls from `coreChance` for the first to a twentieth of that for the
//   last, so some are told by nearly every outlet, others by a few;
// - the rest of the article is the next run of the file's sentences, in file order (so it reads like
//   one or two real articles); at the end of the file the deal starts over, so every sentence ends up
//   in three or four articles of different outlets, the overlap a wire story leaves (a real story has
//   more sentences only one outlet writes; each of those is a claim of its own, found the same way);
// - a sentence told again is, with chance `rewrite`, a rewrite that drops about one word in five,
//   the nearest thing to a paraphrase that real text gives without a second writer;
// - the first sentence is the headline; the actor is the person NewsMTSC's id names for the sentence.
// Articles go round the outlets in turn. A seeded generator makes every run the same story.
import { seededRandom } from '../../src/learn/random.ts';
import type { ClaimSentence } from '../../src/compare/claims.ts';
import type { SentimentItem } from '../../src/load/sentiment-lines.ts';

export const SHAPE = {
  articles: 1000,
  outlets: 200,
  minSentences: 20,
  maxSentences: 40,
  core: 20,
  coreChance: 0.5,
  rewrite: 0.5,
  dropWord: 0.2,
  seed: 20210309,
};

export interface Story {
  sentences: ClaimSentence[];
  outlets: string[];
}

/** The person an id like `allsides_1000_401_25_Reality Leigh Winner_0_6` is about. */
function actorOf(id: string): string[] {
  const parts = id.split('_');
  const name = parts.slice(parts[0] === 'polusa' ? 5 : 4, -2).join('_');
  return name ? [name] : [];
}

interface Source {
  text: string;
  actors: string[];
  told: number;
}

export function buildStory(items: readonly SentimentItem[], shape = SHAPE): Story {
  const rand = seededRandom(shape.seed);
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const item of items) {
    if (seen.has(item.text)) continue;
    seen.add(item.text);
    sources.push({ text: item.text, actors: actorOf(item.id), told: 0 });
  }
  const core = sources.slice(0, shape.core);
  const pool = sources.slice(shape.core);
  const tell = (s: Source): Source => {
    const again = s.told++ > 0 && rand() < shape.rewrite;
    if (!again) return s;
    const words = s.text.split(' ');
    return { ...s, text: words.filter((_, i) => i === 0 || rand() >= shape.dropWord).join(' ') };
  };
  const outlets = Array.from({ length: shape.outlets }, (_, i) => `outlet-${String(i + 1).padStart(3, '0')}`);
  const sentences: ClaimSentence[] = [];
  let cursor = 0;
  for (let a = 0; a < shape.articles; a++) {
    const length = shape.minSentences + Math.floor(rand() * (shape.maxSentences - shape.minSentences + 1));
    const chosen = core.filter((_, k) => rand() < shape.coreChance * (1 - (0.95 * k) / (shape.core - 1))).map(tell);
    while (chosen.length < length) chosen.push(tell(pool[cursor++ % pool.length]!));
    const article = `a${String(a + 1).padStart(4, '0')}`;
    const outlet = outlets[a % shape.outlets]!;
    // The headline is its own part; body offsets run through the sentences joined by spaces.
    let offset = 0;
    chosen.forEach((s, i) => {
      const headline = i === 0;
      const start = headline ? 0 : offset;
      const part = headline ? 'headline' : 'body';
      sentences.push({ article, outlet, part, sentence: headline ? 0 : i - 1, start, end: start + s.text.length, text: s.text, actors: s.actors });
      if (!headline) offset = start + s.text.length + 1;
    });
  }
  return { sentences, outlets };
}
