// How the trained layers name their features, in the weights files and in the evidence a decision
// lists: shared by the analyzer that makes the features and the pages that show them.

/** Feature name of a word stem, as it appears in the weights and the evidence. */
export const WORD_PREFIX = 'w:';
/** Feature name of a frame's cue count. */
export const CUE_PREFIX = 'cue:';
