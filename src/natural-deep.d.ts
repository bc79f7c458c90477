// Deep imports of `natural` load only what is used (the root import takes ~0.5 s and prints to stdout).
declare module 'natural/lib/natural/tokenizers/sentence_tokenizer.js' {
  export default class SentenceTokenizer {
    constructor(abbreviations?: string[], trimSentences?: boolean);
    tokenize(text: string): string[];
    /** Placeholders of the paragraph being split, and what each stands for. */
    protected replacementMap: Map<string, string>;
    protected delimiterMap: Map<string, string>;
    protected revertReplacements(text: string): string;
    protected revertDelimiters(text: string): string;
  }
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}
