// The language an article is written in (franc's trigram model on the first few thousand
// characters), so an article that is not in English is marked and not scored with English lexicons.
import { franc } from 'franc-min';
import type { ArticleLanguageId } from '../types.ts';
import { table } from '../settings/tables.ts';

const ENGLISH = 'eng';
// Enough text for a trigram model to tell languages apart (shorter texts are left undetermined), and
// no more than it needs (data/analysis.json).
const { minChars, sampleChars } = table('analysis').languageDetection;
const names = new Intl.DisplayNames(['en'], { type: 'language' });

function nameOf(code: string): string {
  try {
    const name = names.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** English, or undetermined (too short to tell), is scored; any other language is not. */
export function detectLanguage(title: string, text: string): ArticleLanguageId {
  const code = franc(`${title}\n${text}`.slice(0, sampleChars), { minLength: minChars });
  if (code === 'und') return { code, name: 'undetermined', scored: true };
  return { code, name: nameOf(code), scored: code === ENGLISH };
}
