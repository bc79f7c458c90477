// Surface features of a line, in the spirit of jusText and boilerpipe: cheap and language-light.
import { isStopword } from '../../analyze/stopwords.ts';
import { thresholds } from './patterns.ts';

export interface LineFeatures {
  words: number;
  stopwordDensity: number;
  /** Ends like a sentence: . ! ? … possibly followed by a closing quote or bracket. */
  terminal: boolean;
  /** Share of alphabetic words that start with a capital letter. */
  capitalisedShare: number;
  /** Menu items glued together without spaces ("Top NewsUS News"). */
  glued: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export function features(text: string): LineFeatures {
  const words = text.match(WORD) ?? [];
  const alpha = words.filter((w) => /^\p{L}/u.test(w));
  const stop = words.filter((w) => isStopword(w.toLowerCase().replace(/’/g, "'"))).length;
  return {
    words: words.length,
    stopwordDensity: words.length ? stop / words.length : 0,
    terminal: /[.!?…]["'”’)\]]*$/.test(text),
    capitalisedShare: alpha.length ? alpha.filter((w) => /^\p{Lu}/u.test(w)).length / alpha.length : 0,
    glued: /\p{Ll}\p{Lu}\p{Ll}/u.test(text.replace(/\b(?:Mc|Mac|De|La|Le|O')\p{Lu}/gu, '')) && alpha.length <= 6,
  };
}

/** jusText's "good" paragraph: long enough and written in sentences. */
export function isBodyLike(f: LineFeatures): boolean {
  return (
    (f.words >= thresholds.goodMinWords && f.stopwordDensity >= thresholds.goodMinStopwordDensity) ||
    (f.terminal && f.words >= thresholds.sentenceMinWords && f.stopwordDensity >= thresholds.sentenceMinStopwordDensity)
  );
}
