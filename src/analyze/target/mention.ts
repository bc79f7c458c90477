// Where a target mention sits among a sentence's tokens, read the same way by the rules and by the
// trained layer.
import type { Token } from '../../types.ts';

export interface MentionTokens {
  /** Tokens inside the mention (empty when the mention covers no whole token). */
  inMention: number[];
  /** The mention's first and last token, or the token right after it when it covers none. */
  first: number;
  last: number;
}

/** The tokens of the mention at character offsets [from, to) of the sentence. */
export function mentionTokens(tokens: readonly Token[], mention: { from: number; to: number }): MentionTokens {
  const inMention = tokens.flatMap((t, i) => (t.start < mention.to && t.end > mention.from ? [i] : []));
  const nearest =
    inMention.length > 0
      ? inMention
      : [
          Math.max(
            0,
            tokens.findIndex((t) => t.start >= mention.from),
          ),
        ];
  return { inMention, first: nearest[0]!, last: nearest.at(-1)! };
}
